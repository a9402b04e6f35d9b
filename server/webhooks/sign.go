package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The Standard Webhooks headers (https://www.standardwebhooks.com).
const (
	HeaderID        = "webhook-id"
	HeaderTimestamp = "webhook-timestamp"
	HeaderSignature = "webhook-signature"
)

// secretPrefix starts a Standard Webhooks secret; the rest is base64.
const secretPrefix = "whsec_"

// signature is the v1 signature of an event: HMAC-SHA256, keyed with the
// secret's bytes, of "id.timestamp.body", in base64.
func signature(secret, id string, at time.Time, body []byte) (string, error) {
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, secretPrefix))
	if err != nil {
		return "", fmt.Errorf("webhook secret: %w", err)
	}
	mac := hmac.New(sha256.New, key)
	fmt.Fprintf(mac, "%s.%d.", id, at.Unix())
	mac.Write(body)
	return "v1," + base64.StdEncoding.EncodeToString(mac.Sum(nil)), nil
}

// signatures is the webhook-signature header: one signature per secret,
// separated by spaces (during a rotation, the new secret's and the old's).
func signatures(secrets []string, id string, at time.Time, body []byte) (string, error) {
	parts := make([]string, 0, len(secrets))
	for _, s := range secrets {
		sig, err := signature(s, id, at, body)
		if err != nil {
			return "", err
		}
		parts = append(parts, sig)
	}
	return strings.Join(parts, " "), nil
}

func unix(at time.Time) string { return strconv.FormatInt(at.Unix(), 10) }
