package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/google/uuid"

	"walker/ent"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// createOnce makes a create idempotent for phones that replay their outbox:
// with no clientID it simply creates; with one, a record already stored under
// that id (in the viewer's organization) is returned when the request is the
// same, and a CONFLICT is raised when it differs. Two identical requests
// racing each other meet at the unique (organization_id, client_id) index:
// the loser finds and returns the winner's record.
//
// Each create runs in its own transaction (ent wraps a create with edges in
// one) rather than in a request-wide one: on PostgreSQL a unique violation
// aborts the transaction it happens in, and the loser must still read the
// winner's row.
func createOnce[T any](
	ctx context.Context,
	clientID *uuid.UUID,
	input any,
	find func(context.Context, uuid.UUID) (T, string, error),
	create func(ctx context.Context, hash string) (T, error),
) (T, error) {
	var zero T
	if clientID == nil {
		return create(ctx, "")
	}
	hash, err := fingerprint(ctx, input, false)
	if err != nil {
		return zero, err
	}
	replay := func() (T, bool, error) {
		rec, stored, err := find(ctx, *clientID)
		switch {
		case ent.IsNotFound(err):
			return zero, false, nil
		case err != nil:
			return zero, false, err
		case stored != hash && !storedBefore(ctx, input, stored):
			return zero, true, &rule.ConflictError{Message: fmt.Sprintf("clientID %s was already used for a different request", clientID)}
		}
		return rec, true, nil
	}
	if rec, found, err := replay(); found || err != nil {
		if err == nil {
			observerFrom(ctx).Replay(entityName[T]())
		}
		return rec, err
	}
	rec, err := create(ctx, hash)
	// A concurrent identical request may have won the race: it shows as a
	// unique violation, or as a hook's conflict (a second endorsement).
	var conflict *rule.ConflictError
	if ent.IsConstraintError(err) || errors.As(err, &conflict) {
		if rec, found, ferr := replay(); found || ferr != nil {
			if ferr == nil {
				observerFrom(ctx).Replay(entityName[T]())
			}
			return rec, ferr
		}
	}
	return rec, err
}

// fingerprint identifies a create request: its input (client id included)
// and who sent it, so that the same id reused by someone else is a conflict.
// The input is compared by meaning, not spelling: times in UTC, id lists as
// sets, and a field left out the same as null, so a phone that rebuilds a
// queued request still replays it, and a field the schema gains later does
// not change the fingerprint of a request that does not use it.
//
// legacy gives the fingerprint that Walker stored up to its 2026-12 version,
// which wrote the nulls (see storedBefore).
func fingerprint(ctx context.Context, input any, legacy bool) (string, error) {
	var who int
	if v := viewer.FromContext(ctx); v != nil {
		who = v.LeaderID
	}
	raw, err := json.Marshal(input)
	if err != nil {
		return "", fmt.Errorf("fingerprinting request: %w", err)
	}
	var doc any
	if err := json.Unmarshal(raw, &doc); err != nil {
		return "", fmt.Errorf("fingerprinting request: %w", err)
	}
	if m, ok := doc.(map[string]any); ok {
		for k, v := range m {
			if v == nil && (!legacy || slices.Contains(addedSinceLegacy, k)) {
				delete(m, k)
			}
		}
	}
	b, err := json.Marshal(struct {
		Who   int `json:"w"`
		Input any `json:"i"`
	}{who, canonical(doc)})
	if err != nil {
		return "", fmt.Errorf("fingerprinting request: %w", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// addedSinceLegacy are the create inputs' fields that the legacy fingerprints
// never held: added after Walker stopped writing nulls into fingerprints.
var addedSinceLegacy = []string{"ExternalID", "Source", "AttendeeIDs", "PlanID"}

// storedBefore reports whether stored is the legacy fingerprint of input: a
// record made before fingerprints left out nulls, and replayed now by a phone
// that queued the request then.
func storedBefore(ctx context.Context, input any, stored string) bool {
	legacy, err := fingerprint(ctx, input, true)
	return err == nil && stored == legacy
}

// canonical rewrites a decoded JSON value so that equal meanings encode
// equally: RFC 3339 times become UTC, lists of ids or names are sorted (they
// are sets).
// Objects need nothing: encoding/json writes map keys in order.
func canonical(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = canonical(e)
		}
	case []any:
		for i, e := range x {
			x[i] = canonical(e)
		}
		sort.SliceStable(x, func(i, j int) bool { return scalarLess(x[i], x[j]) })
	case string:
		if t, err := time.Parse(time.RFC3339Nano, x); err == nil {
			return t.UTC().Format(time.RFC3339Nano)
		}
	}
	return v
}

// scalarLess orders numbers before strings, each by value; other values keep
// their order.
func scalarLess(a, b any) bool {
	switch x := a.(type) {
	case float64:
		y, ok := b.(float64)
		return !ok || x < y
	case string:
		y, ok := b.(string)
		return ok && x < y
	}
	return false
}
