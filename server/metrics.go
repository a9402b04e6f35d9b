package server

import (
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"walker/graph"
	"walker/server/backup"
	"walker/server/export"
	"walker/server/push"
	"walker/server/replicate"
	"walker/server/retention"
)

// metrics are what Walker exports at /metrics (Prometheus's official client
// library): GraphQL operations by name, errors by code, idempotent replays,
// HTTP requests by route, the database pool, and the Go runtime and process.
type metrics struct {
	registry   *prometheus.Registry
	operations *prometheus.HistogramVec
	errors     *prometheus.CounterVec
	replays    *prometheus.CounterVec
	requests   *prometheus.HistogramVec
	pruned     prometheus.Counter
	purged     *prometheus.CounterVec
	exports    *prometheus.CounterVec
	exported   prometheus.Counter
	exportTime prometheus.Counter
	// backupTime, backupSize and backupFailures follow the scheduled backups.
	backupTime     prometheus.Gauge
	backupSize     prometheus.Gauge
	backupFailures prometheus.Counter
	// reminders counts the reminders by Web Push, by outcome.
	reminders *prometheus.CounterVec
}

var _ graph.Observer = (*metrics)(nil)

func newMetrics(s *Server) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		operations: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "walker_graphql_operation_duration_seconds",
			Help:    "GraphQL requests by operation name (clients' names; 'other' past 200 distinct).",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"operation"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "walker_graphql_errors_total",
			Help: "Errors sent to GraphQL clients, by extensions.code.",
		}, []string{"code"}),
		replays: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "walker_idempotent_replays_total",
			Help: "Creates answered with the record already stored under their clientID (offline outboxes replaying), by entity.",
		}, []string{"entity"}),
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "walker_http_request_duration_seconds",
			Help:    "HTTP requests by route pattern and status code.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"route", "code"}),
		pruned: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "walker_changes_pruned_total",
			Help: "Change-log entries removed past the retention.",
		}),
		purged: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "walker_records_purged_total",
			Help: "Deleted records removed for good past the retention, by type.",
		}, []string{"type"}),
		exports: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "walker_exports_total",
			Help: "Bulk exports this replica ran to an end, by outcome (completed, failed), and files expired.",
		}, []string{"outcome"}),
		exported: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "walker_export_records_total",
			Help: "Records written by the bulk exports this replica completed.",
		}),
		exportTime: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "walker_export_seconds_total",
			Help: "Time spent running the bulk exports this replica completed (records / seconds: the export speed).",
		}),
		backupTime: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "walker_backup_last_success_timestamp_seconds",
			Help: "When this replica's last scheduled backup succeeded (Unix time); 0 before the first.",
		}),
		backupSize: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "walker_backup_last_size_bytes",
			Help: "Size of this replica's last successful scheduled backup.",
		}),
		backupFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "walker_backup_failures_total",
			Help: "Scheduled backups that failed (the copy, its check or its naming).",
		}),
		reminders: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "walker_push_reminders_total",
			Help: "Devices due a reminder by Web Push on this replica, by outcome: sent, quiet (nothing to remind of), gone (removed on 404/410), failed.",
		}, []string{"outcome"}),
	}
	m.registry.MustRegister(m.operations, m.errors, m.replays, m.requests, m.pruned, m.purged,
		m.exports, m.exported, m.exportTime, m.backupTime, m.backupSize, m.backupFailures, m.reminders,
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "walker_sqlite_transactions_committed_total",
			Help: "SQLite: write transactions committed (each request's, in a shared commit); 0 on PostgreSQL.",
		}, func() float64 { txs, _ := s.store.GroupCommits(); return float64(txs) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "walker_sqlite_commits_total",
			Help: "SQLite: commits that held them (transactions / commits: how many requests share an fsync); 0 on PostgreSQL.",
		}, func() float64 { _, commits := s.store.GroupCommits(); return float64(commits) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "walker_replica_active",
			Help: "1 in the process replicating the SQLite file to WALKER_REPLICA_URL (one per file; the others stand by), 0 elsewhere.",
		}, func() float64 { return b2f(s.replicator.Load().Status().Active) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "walker_replica_last_sync_timestamp_seconds",
			Help: "When this process's last successful replication round began (Unix time): every write committed before it is in the replica; 0 before the first.",
		}, func() float64 { return unix(s.replicator.Load().Status().Synced) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "walker_replica_lag_seconds",
			Help: "How far behind the replica may be: the time since the last successful round began (since replication started, before the first); 0 when this process does not replicate.",
		}, func() float64 { return replicaLag(s.replicator.Load().Status(), time.Now()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "walker_replica_last_sync_duration_seconds",
			Help: "How long the last successful replication round took (reading the WAL and shipping it).",
		}, func() float64 { return s.replicator.Load().Status().Took.Seconds() }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "walker_replica_syncs_total",
			Help: "Replication rounds that succeeded.",
		}, func() float64 { return float64(s.replicator.Load().Status().Rounds) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "walker_replica_sync_failures_total",
			Help: "Replication rounds that failed (each logged as 'replication failed').",
		}, func() float64 { return float64(s.replicator.Load().Status().Failed) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "walker_replica_checkpoints_total",
			Help: "Checkpoints of the SQLite WAL made by the replication (one each time the WAL reaches about 4 MB).",
		}, func() float64 { return float64(s.replicator.Load().Status().Checkpoints) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "walker_replica_txid",
			Help: "The last SQLite transaction in the replica (Litestream's TXID), as this process last saw it.",
		}, func() float64 { return float64(s.replicator.Load().Status().TXID) }),
		collectors.NewDBStatsCollector(s.store.DB, "walker"),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) Operation(name string, d time.Duration) {
	m.operations.WithLabelValues(name).Observe(d.Seconds())
}

func (m *metrics) Error(code string) { m.errors.WithLabelValues(code).Inc() }

func (m *metrics) Replay(entity string) { m.replays.WithLabelValues(entity).Inc() }

// request records one HTTP request; route is the mux pattern that served it.
func (m *metrics) request(route string, status int, d time.Duration) {
	if route == "" {
		route = "none"
	}
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Observe(d.Seconds())
}

// handler serves /metrics: to a bearer of token when one is configured
// (WALKER_METRICS_TOKEN), otherwise to loopback callers only (a Prometheus
// agent beside the process), since the figures describe the organization's use.
func (m *metrics) handler(token string) http.Handler {
	h := promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if token != "" {
			if !bearerMatches(r, token) {
				w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
				writeError(w, http.StatusUnauthorized, graph.CodeUnauthenticated, "send the metrics token as a bearer token")
				return
			}
		} else if host, _, err := net.SplitHostPort(r.RemoteAddr); err != nil || !net.ParseIP(host).IsLoopback() {
			writeError(w, http.StatusForbidden, graph.CodeForbidden, "metrics are served to loopback callers, or set WALKER_METRICS_TOKEN")
			return
		}
		h.ServeHTTP(w, r)
	})
}

// exportRound counts what a round of the export worker did.
func (m *metrics) exportRound(r export.Report) {
	m.exports.WithLabelValues("completed").Add(float64(r.Completed))
	m.exports.WithLabelValues("failed").Add(float64(r.Failed))
	m.exports.WithLabelValues("expired").Add(float64(r.Expired))
	m.exported.Add(float64(r.Records))
	m.exportTime.Add(r.Duration.Seconds())
}

// pushRound counts what a round of the reminder sender did.
func (m *metrics) pushRound(r push.Report) {
	m.reminders.WithLabelValues("sent").Add(float64(r.Sent))
	m.reminders.WithLabelValues("quiet").Add(float64(r.Quiet))
	m.reminders.WithLabelValues("gone").Add(float64(r.Gone))
	m.reminders.WithLabelValues("failed").Add(float64(r.Failed))
}

// retained counts what a retention run removed.
func (m *metrics) retained(r retention.Report) {
	m.pruned.Add(float64(r.Pruned))
	for typ, n := range r.Purged {
		m.purged.WithLabelValues(typ).Add(float64(n))
	}
}

// backedUp records a scheduled backup round that made a backup.
func (m *metrics) backedUp(r backup.Report) {
	if r.Made == nil {
		return
	}
	m.backupTime.Set(float64(time.Now().UnixMilli()) / 1000)
	m.backupSize.Set(float64(r.Made.Bytes))
}

// replicaLag is the time since the last successful round of a replication
// began, or since it started when none has succeeded; 0 when this process
// does not replicate (off, or standing by for the process that does).
func replicaLag(st replicate.Status, now time.Time) float64 {
	switch {
	case st.Started.IsZero(), !st.Active && st.Failed == 0:
		return 0
	case st.Synced.IsZero():
		return now.Sub(st.Started).Seconds()
	}
	return now.Sub(st.Synced).Seconds()
}

// unix is t in Unix seconds, 0 for the zero time.
func unix(t time.Time) float64 {
	if t.IsZero() {
		return 0
	}
	return float64(t.UnixNano()) / 1e9
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// backupFailed counts a scheduled backup that failed.
func (m *metrics) backupFailed(error) { m.backupFailures.Inc() }
