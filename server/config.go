package server

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"go.opentelemetry.io/otel/trace"

	"walker/graph"
	"walker/server/backup"
	"walker/server/replicate"
	"walker/server/retention"
	"walker/server/store"
)

// Config is Walker's configuration. Every field has a flag and a WALKER_*
// environment variable; the flag wins over the variable, the variable over the
// default stated here.
type Config struct {
	Addr           string        // -addr, WALKER_ADDR: listen address. Default ":8080".
	DBPath         string        // -db, WALKER_DB: the SQLite file. Default "data/walker.db".
	DatabaseURL    string        // -database-url, WALKER_DATABASE_URL: a postgres:// URL to use PostgreSQL instead. Default "" (SQLite).
	PublicURL      string        // -public-url, WALKER_PUBLIC_URL: the URL people open; token issuer and link prefix. Default "http://localhost:" + port of Addr.
	AccessTTL      time.Duration // -access-token-ttl, WALKER_ACCESS_TOKEN_TTL: lifetime of access tokens, at most 15m. Default 15m.
	MaxBody        int64         // -max-body-bytes, WALKER_MAX_BODY_BYTES: largest request body. Default 1 MiB.
	MaxDepth       int           // -max-depth, WALKER_MAX_DEPTH: deepest GraphQL selection. Default 12.
	MaxCost        int           // -max-cost, WALKER_MAX_COST: highest GraphQL request cost. Default 10000.
	MaxAliases     int           // -max-aliases, WALKER_MAX_ALIASES: aliases per request. Default 30.
	CostPerSec     float64       // -cost-limit, WALKER_COST_LIMIT: GraphQL cost points restored per second per caller (token, person or address). Default 10000.
	CostBurst      int           // -cost-burst, WALKER_COST_BURST: the cost points a caller's budget holds, at least MaxCost. Default 100000.
	RatePerSec     float64       // -rate-limit, WALKER_RATE_LIMIT: requests per second per caller, and failed authentications per address. Default 20.
	RateBurst      int           // -rate-burst, WALKER_RATE_BURST: burst above the rate. Default 40.
	AuthRatePerSec float64       // -auth-rate-limit, WALKER_AUTH_RATE_LIMIT: sign-in requests per second per address. Default 1.
	AuthBurst      int           // -auth-rate-burst, WALKER_AUTH_RATE_BURST: burst above it. Default 20.
	APQCache       int           // -apq-cache, WALKER_APQ_CACHE: persisted queries remembered. Default 1000.
	LogLevel       slog.Level    // -log-level, WALKER_LOG_LEVEL: debug, info, warn or error. Default info.
	Shutdown       time.Duration // -shutdown-timeout, WALKER_SHUTDOWN_TIMEOUT: time given to in-flight requests on SIGTERM. Default 15s.
	InsightCache   time.Duration // -insight-cache, WALKER_INSIGHT_CACHE: how long the team dashboard's organization-wide figures are reused, per replica; 0 computes them every time. Default 30s.
	MetricsToken   string        // -metrics-token, WALKER_METRICS_TOKEN: bearer token for /metrics; empty: loopback callers only. Default "".
	Retention      time.Duration // -retention, WALKER_RETENTION: how long the change log and deleted records are kept (1h to 8760h). Default 720h (30 days).
	// -backup-every, WALKER_BACKUP_EVERY: how often the server backs the
	// SQLite file up (at least 1m); 0 for never. Ignored on PostgreSQL, whose
	// backups are pg_dump's job. Default 0.
	BackupEvery time.Duration
	BackupDir   string // -backup-dir, WALKER_BACKUP_DIR: where backups go. Default "" (the folder "backups" beside the SQLite file).
	BackupKeep  int    // -backup-keep, WALKER_BACKUP_KEEP: how many scheduled backups are kept; older ones are deleted. Default 7.
	// -replica-url, WALKER_REPLICA_URL: where walker serve replicates the
	// SQLite file continuously (server/replicate, Litestream):
	// file:///absolute/folder (or /absolute/folder), or s3://bucket/path with
	// the AWS_* variables and ?endpoint= for S3-compatible storage. Refused
	// on PostgreSQL. Default "" (off).
	ReplicaURL string
	// -replica-sync, WALKER_REPLICA_SYNC: how often the changes are shipped
	// to the replica (100ms to 1h), which bounds what a lost disk loses.
	// Default 1s.
	ReplicaSync time.Duration
	// -webhook-allow-private, WALKER_WEBHOOK_ALLOW_PRIVATE: let webhook
	// endpoints be http URLs and loopback, private or link-local addresses,
	// for development and tests only. Default false.
	WebhookAllowPrivate bool
	// -push-contact, WALKER_PUSH_CONTACT: the VAPID subject push services
	// may reach the operator at, mailto:someone@example.com or an https URL.
	// Default "" (the public URL when it is https, else
	// mailto:walker@ and the public URL's host).
	PushContact string
	// -push-allow-loopback, WALKER_PUSH_ALLOW_LOOPBACK: accept http push
	// endpoints on loopback addresses, and push to any address, for
	// development and tests only. Default false.
	PushAllowLoopback bool
	// Tracer gets the spans of requests, GraphQL operations, resolvers and
	// SQL statements; walker serve builds it from the OTEL_* variables
	// (server/tracing), not from a flag. Default nil: no tracing at all.
	Tracer trace.TracerProvider
}

// MaxAccessTTL caps the lifetime of access tokens.
const MaxAccessTTL = 15 * time.Minute

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		Addr: ":8080", DBPath: "data/walker.db", AccessTTL: 15 * time.Minute, MaxBody: 1 << 20,
		MaxDepth: graph.DefaultLimits.MaxDepth, MaxCost: graph.DefaultLimits.MaxCost,
		MaxAliases: graph.DefaultLimits.MaxAliases, CostPerSec: 10_000, CostBurst: 100_000, RatePerSec: 20, RateBurst: 40, AuthRatePerSec: 1, AuthBurst: 20, APQCache: 1000,
		LogLevel: slog.LevelInfo, Shutdown: 15 * time.Second, InsightCache: 30 * time.Second,
		Retention: retention.DefaultRetention, BackupKeep: backup.DefaultKeep, ReplicaSync: replicate.DefaultEvery,
	}
}

// envDefault is a flag.Value default taken from the environment when set.
type envDefault struct {
	fs     *flag.FlagSet
	getenv func(string) string
	errs   []error
}

func (e *envDefault) str(p *string, name, env, usage string) {
	if v := e.getenv(env); v != "" {
		*p = v
	}
	e.fs.StringVar(p, name, *p, usage+" ("+env+")")
}

func (e *envDefault) num(p *int, name, env, usage string) {
	if v := e.getenv(env); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			e.errs = append(e.errs, fmt.Errorf("%s=%q: not a whole number", env, v))
		}
		*p = n
	}
	e.fs.IntVar(p, name, *p, usage+" ("+env+")")
}

func (e *envDefault) dur(p *time.Duration, name, env, usage string) {
	if v := e.getenv(env); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			e.errs = append(e.errs, fmt.Errorf("%s=%q: not a duration such as 15m", env, v))
		}
		*p = d
	}
	e.fs.DurationVar(p, name, *p, usage+" ("+env+")")
}

// Parse reads flags from args over environment variables over defaults.
func (c *Config) Parse(fs *flag.FlagSet, args []string, getenv func(string) string) error {
	e := &envDefault{fs: fs, getenv: getenv}
	e.str(&c.Addr, "addr", "WALKER_ADDR", "listen address")
	e.str(&c.DBPath, "db", "WALKER_DB", "SQLite database file")
	e.str(&c.DatabaseURL, "database-url", "WALKER_DATABASE_URL", "postgres:// URL; empty for the embedded SQLite file")
	e.str(&c.PublicURL, "public-url", "WALKER_PUBLIC_URL", "public URL of this server (default http://localhost:PORT)")
	e.dur(&c.AccessTTL, "access-token-ttl", "WALKER_ACCESS_TOKEN_TTL", "access token lifetime")
	maxBody := int(c.MaxBody)
	e.num(&maxBody, "max-body-bytes", "WALKER_MAX_BODY_BYTES", "largest request body in bytes")
	e.num(&c.MaxDepth, "max-depth", "WALKER_MAX_DEPTH", "deepest GraphQL selection")
	e.num(&c.MaxCost, "max-cost", "WALKER_MAX_COST", "highest GraphQL request cost")
	e.num(&c.MaxAliases, "max-aliases", "WALKER_MAX_ALIASES", "aliases per GraphQL request")
	costRate := strconv.FormatFloat(c.CostPerSec, 'f', -1, 64)
	e.str(&costRate, "cost-limit", "WALKER_COST_LIMIT", "GraphQL cost points restored per second per caller")
	e.num(&c.CostBurst, "cost-burst", "WALKER_COST_BURST", "GraphQL cost points a caller's budget holds")
	rate := strconv.FormatFloat(c.RatePerSec, 'f', -1, 64)
	e.str(&rate, "rate-limit", "WALKER_RATE_LIMIT", "requests per second per caller")
	e.num(&c.RateBurst, "rate-burst", "WALKER_RATE_BURST", "burst above the rate limit")
	authRate := strconv.FormatFloat(c.AuthRatePerSec, 'f', -1, 64)
	e.str(&authRate, "auth-rate-limit", "WALKER_AUTH_RATE_LIMIT", "sign-in requests per second per address")
	e.num(&c.AuthBurst, "auth-rate-burst", "WALKER_AUTH_RATE_BURST", "burst above the sign-in rate limit")
	e.num(&c.APQCache, "apq-cache", "WALKER_APQ_CACHE", "automatic persisted queries remembered")
	level := strings.ToLower(c.LogLevel.String())
	e.str(&level, "log-level", "WALKER_LOG_LEVEL", "debug, info, warn or error")
	e.dur(&c.Shutdown, "shutdown-timeout", "WALKER_SHUTDOWN_TIMEOUT", "grace period for in-flight requests")
	e.dur(&c.InsightCache, "insight-cache", "WALKER_INSIGHT_CACHE", "how long the dashboard's organization-wide figures are reused (0: never)")
	e.str(&c.MetricsToken, "metrics-token", "WALKER_METRICS_TOKEN", "bearer token for /metrics (empty: loopback callers only)")
	e.dur(&c.Retention, "retention", "WALKER_RETENTION", "how long the change log and deleted records are kept")
	e.dur(&c.BackupEvery, "backup-every", "WALKER_BACKUP_EVERY", "how often to back the SQLite file up, such as 24h (0: never)")
	e.str(&c.BackupDir, "backup-dir", "WALKER_BACKUP_DIR", "backup folder (default: backups beside the SQLite file)")
	e.num(&c.BackupKeep, "backup-keep", "WALKER_BACKUP_KEEP", "scheduled backups kept; older ones are deleted")
	e.str(&c.ReplicaURL, "replica-url", "WALKER_REPLICA_URL", "replicate the SQLite file continuously to file:///folder or s3://bucket/path (empty: off)")
	e.dur(&c.ReplicaSync, "replica-sync", "WALKER_REPLICA_SYNC", "how often changes are shipped to the replica")
	allowPrivate := strconv.FormatBool(c.WebhookAllowPrivate)
	e.str(&allowPrivate, "webhook-allow-private", "WALKER_WEBHOOK_ALLOW_PRIVATE", "let webhooks reach http, loopback and private addresses (development and tests only)")
	e.str(&c.PushContact, "push-contact", "WALKER_PUSH_CONTACT", "VAPID contact for push services: mailto:someone@example.com or an https URL (default: from the public URL)")
	pushLoopback := strconv.FormatBool(c.PushAllowLoopback)
	e.str(&pushLoopback, "push-allow-loopback", "WALKER_PUSH_ALLOW_LOOPBACK", "accept http push endpoints on loopback addresses (development and tests only)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(e.errs) > 0 {
		return e.errs[0]
	}
	c.MaxBody = int64(maxBody)
	var err error
	if c.WebhookAllowPrivate, err = strconv.ParseBool(allowPrivate); err != nil {
		return fmt.Errorf("webhook-allow-private %q: true or false", allowPrivate)
	}
	if c.PushAllowLoopback, err = strconv.ParseBool(pushLoopback); err != nil {
		return fmt.Errorf("push-allow-loopback %q: true or false", pushLoopback)
	}
	if c.CostPerSec, err = strconv.ParseFloat(costRate, 64); err != nil {
		return fmt.Errorf("cost limit %q: not a number", costRate)
	}
	if c.RatePerSec, err = strconv.ParseFloat(rate, 64); err != nil {
		return fmt.Errorf("rate limit %q: not a number", rate)
	}
	if c.AuthRatePerSec, err = strconv.ParseFloat(authRate, 64); err != nil {
		return fmt.Errorf("auth rate limit %q: not a number", authRate)
	}
	if err := c.LogLevel.UnmarshalText([]byte(level)); err != nil {
		return fmt.Errorf("log level %q: use debug, info, warn or error", level)
	}
	return c.Validate()
}

// Validate checks the configuration for values that cannot work, and fills in
// the public URL from the listen address.
func (c *Config) Validate() error {
	if c.PublicURL == "" {
		port := "8080"
		if i := strings.LastIndexByte(c.Addr, ':'); i >= 0 && c.Addr[i+1:] != "" {
			port = c.Addr[i+1:]
		}
		c.PublicURL = "http://localhost:" + port
	}
	u, err := url.Parse(c.PublicURL)
	switch {
	case err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https"):
		return fmt.Errorf("public URL %q: must be an absolute http(s) URL such as https://walker.example.com", c.PublicURL)
	case u.Path != "" && u.Path != "/", u.RawQuery != "", u.Fragment != "":
		return fmt.Errorf("public URL %q: must have no path, query or fragment", c.PublicURL)
	case c.InsightCache < 0 || c.InsightCache > time.Hour:
		return fmt.Errorf("insight cache %s: from 0 (off) to 1h", c.InsightCache)
	case c.AccessTTL <= 0 || c.AccessTTL > MaxAccessTTL:
		return fmt.Errorf("access token lifetime %s: must be more than 0 and at most %s", c.AccessTTL, MaxAccessTTL)
	case c.MaxBody < 1024:
		return fmt.Errorf("max body %d bytes: must be at least 1024", c.MaxBody)
	case c.MaxDepth < 2 || c.MaxCost < 10 || c.MaxAliases < 0:
		return fmt.Errorf("GraphQL limits: depth at least 2, cost at least 10, aliases not negative")
	case c.RatePerSec <= 0 || c.RateBurst < 1 || c.AuthRatePerSec <= 0 || c.AuthBurst < 1:
		return fmt.Errorf("rate limit: must be above 0 per second with a burst of at least 1")
	case c.CostPerSec <= 0 || c.CostBurst < c.MaxCost:
		return fmt.Errorf("cost budget: must restore above 0 points a second and hold at least the highest request cost (%d)", c.MaxCost)
	case c.APQCache < 1:
		return fmt.Errorf("APQ cache: must hold at least 1 query")
	case c.Retention < time.Hour || c.Retention > 365*24*time.Hour:
		return fmt.Errorf("retention %s: from 1h to 8760h (a year)", c.Retention)
	case c.BackupEvery != 0 && c.BackupEvery < time.Minute:
		return fmt.Errorf("backup interval %s: 0 (never) or at least 1m", c.BackupEvery)
	case c.BackupKeep < 1:
		return fmt.Errorf("backups kept %d: at least 1", c.BackupKeep)
	case c.PushContact != "" && !strings.HasPrefix(c.PushContact, "mailto:") && !strings.HasPrefix(c.PushContact, "https://"):
		return fmt.Errorf("push contact %q: mailto:someone@example.com or an https URL", c.PushContact)
	case c.ReplicaSync < replicate.MinEvery || c.ReplicaSync > replicate.MaxEvery:
		return fmt.Errorf("replica sync interval %s: from %s to %s", c.ReplicaSync, replicate.MinEvery, replicate.MaxEvery)
	}
	if c.ReplicaURL != "" {
		if store.IsPostgres(c.DatabaseURL) {
			return errors.New("replica URL: replication copies the SQLite file, and this Walker runs on PostgreSQL; use PostgreSQL's own replication (streaming replicas, WAL archiving) or your provider's, and unset WALKER_REPLICA_URL")
		}
		u, err := replicate.ParseURL(c.ReplicaURL)
		if err != nil {
			return err
		}
		c.ReplicaURL = u
	}
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	return nil
}

// pushContact is the VAPID subject: PushContact, or one made from the
// public URL (an https one itself, else a mailto: at its host).
func (c *Config) pushContact() string {
	if c.PushContact != "" {
		return c.PushContact
	}
	if strings.HasPrefix(c.PublicURL, "https://") {
		return c.PublicURL
	}
	host := strings.TrimPrefix(c.PublicURL, "http://")
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	return "mailto:walker@" + host
}

// Backups is the folder backups of the SQLite file go to.
func (c *Config) Backups() string {
	if c.BackupDir != "" {
		return c.BackupDir
	}
	return backup.DefaultDir(c.DBPath)
}

// limits are the GraphQL limits of c, charging b.
func (c *Config) limits(b graph.Budget) graph.Limits {
	return graph.Limits{MaxDepth: c.MaxDepth, MaxCost: c.MaxCost, MaxPageSize: graph.DefaultLimits.MaxPageSize, MaxAliases: c.MaxAliases, Budget: b}
}
