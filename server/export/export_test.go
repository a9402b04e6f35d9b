package export_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"walker/ent"
	"walker/ent/exportchunk"
	"walker/ent/exportjob"
	"walker/ent/leader"
	"walker/ent/organization"
	"walker/ent/schema/rule"
	"walker/graph"
	"walker/server/export"
	"walker/server/seed"
	"walker/server/servertest"
	"walker/server/store"
	"walker/server/store/storetest"
)

// api posts a GraphQL request as token from any goroutine and returns the
// id its only root field answers ("" when it answers none), or the first
// error.
func api(h *servertest.Harness, token, query string, vars map[string]any) (string, error) {
	resp, err := h.Post("Bearer "+token, map[string]any{"query": query, "variables": vars})
	if err != nil {
		return "", err
	}
	if len(resp.Errors) > 0 {
		return "", fmt.Errorf("%s: %s", resp.Code(), resp.Errors[0].Message)
	}
	var data map[string]json.RawMessage
	_ = json.Unmarshal(resp.Data, &data)
	for _, raw := range data {
		var rec struct{ ID string }
		if json.Unmarshal(raw, &rec) == nil && rec.ID != "" {
			return rec.ID, nil
		}
		var id string
		_ = json.Unmarshal(raw, &id)
		return id, nil
	}
	return "", nil
}

// writer changes Acme's records as an integration would, through the API: it
// keeps the ids it made, and makes, edits, relinks and deletes them.
type writer struct {
	h     *servertest.Harness
	token string
	mu    sync.Mutex
	rng   *rand.Rand
	ids   map[string][]string // by kind: customer, conversation, followUp, decision
	ops   atomic.Int64
}

func newWriter(h *servertest.Harness, seed uint64) *writer {
	return &writer{h: h, token: h.RWToken, rng: rand.New(rand.NewPCG(seed, 1)), ids: map[string][]string{}}
}

func (w *writer) pick(kind string) (string, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	ids := w.ids[kind]
	if len(ids) == 0 {
		return "", false
	}
	return ids[w.rng.IntN(len(ids))], true
}

func (w *writer) keep(kind, id string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.ids[kind] = append(w.ids[kind], id)
}

func (w *writer) count(kind string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.ids[kind])
}

func (w *writer) intn(n int) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.rng.IntN(n)
}

const at = "2026-10-07T09:00:00Z"

// step makes one change, chosen at random, and reports the error of a
// write the API refused (a record another step deleted meanwhile).
func (w *writer) step(i int) error {
	var err error
	var id string
	switch op := w.intn(11); {
	case op < 2 || w.count("customer") < 3:
		if id, err = api(w.h, w.token, `mutation($n: String!) { createCustomer(input: {name: $n, company: "<Co> & \"Sons\""}) { id } }`,
			map[string]any{"n": fmt.Sprintf("Customer %d", i)}); err == nil {
			w.keep("customer", id)
		}
	case op < 4:
		c1, _ := w.pick("customer")
		c2, _ := w.pick("customer")
		if id, err = api(w.h, w.token, `mutation($c: [ID!], $at: Time!) { createConversation(input: {mode: CALL, occurredAt: $at,
			heard: "Wants faster refunds\nand a human", customerIDs: $c}) { id } }`, map[string]any{"c": []string{c1, c2}, "at": at}); err == nil {
			w.keep("conversation", id)
			if f, ferr := api(w.h, w.token, `mutation($c: ID, $o: ID!) { createFollowUp(input: {action: "Call back", ownerID: $o, conversationID: $c}) { id } }`,
				map[string]any{"c": id, "o": servertest.ID(w.h.Ada.ID)}); ferr == nil {
				w.keep("followUp", f)
			}
		}
	case op == 4:
		conv, _ := w.pick("conversation")
		_, err = api(w.h, w.token, `mutation($id: ID!, $h: String) { updateConversation(id: $id, input: {heard: $h}) { id } }`,
			map[string]any{"id": conv, "h": fmt.Sprintf("Edited %d", i)})
	case op == 5:
		conv, _ := w.pick("conversation")
		c, _ := w.pick("customer")
		_, err = api(w.h, w.token, `mutation($id: ID!, $c: [ID!]) { updateConversation(id: $id, input: {addCustomerIDs: $c}) { id } }`,
			map[string]any{"id": conv, "c": []string{c}})
	case op == 6:
		conv, _ := w.pick("conversation")
		_, err = api(w.h, w.token, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": conv})
	case op == 7:
		c, _ := w.pick("customer")
		_, err = api(w.h, w.token, `mutation($id: ID!) { deleteCustomer(id: $id) }`, map[string]any{"id": c})
	case op == 8:
		f, _ := w.pick("followUp")
		_, err = api(w.h, w.token, `mutation($id: ID!) { setFollowUpDone(id: $id, done: true) { id } }`, map[string]any{"id": f})
	case op == 9:
		conv, _ := w.pick("conversation")
		if id, err = api(w.h, w.token, `mutation($e: [ID!]) { createDecision(input: {title: "Refund in a day",
			customerBenefit: "Customers get their money back within a day", evidenceIDs: $e}) { id } }`,
			map[string]any{"e": []string{conv}}); err == nil {
			w.keep("decision", id)
		}
	default:
		conv, _ := w.pick("conversation")
		_, err = api(w.h, w.token, `mutation($id: ID!) { restoreConversation(id: $id) { id } }`, map[string]any{"id": conv})
	}
	w.ops.Add(1)
	return err
}

// exported reads an export's file through its link, as Ada.
func exported(t *testing.T, h *servertest.Harness, job servertest.ExportJob) map[string]servertest.ExportLine {
	t.Helper()
	if job.Status != "COMPLETED" || job.DownloadURL == nil {
		t.Fatalf("export not completed: %+v", job)
	}
	rec := h.Download(h.AdaJWT, *job.DownloadURL)
	if rec.Code != http.StatusOK {
		t.Fatalf("download: %d %s", rec.Code, rec.Body)
	}
	out := map[string]servertest.ExportLine{}
	for _, l := range servertest.ExportLines(t, rec.Body.Bytes()) {
		id, _ := l.Record["id"].(string)
		if _, twice := out[id]; twice || id == "" {
			t.Fatalf("record %q in the file twice, or without an id: %s", id, l.Raw)
		}
		out[id] = l
	}
	return out
}

func version(l servertest.ExportLine) int { v, _ := l.Record["version"].(float64); return int(v) }

func position(s string) int {
	p, _ := strconv.Atoi(s)
	return p
}

var contractEntities = []string{"CUSTOMER", "CONVERSATION", "FOLLOW_UP", "DECISION"}

// TestSnapshotPlusCursor is the export's contract under concurrent writes:
// while writers create, edit, relink, delete and restore records — both
// all along and between every two pages the export reads — the file holds
// exactly the records as they were at its position, and loading it, then
// applying changes(after: position), gives exactly the records as they are
// at the end: nothing missed, nothing doubled.
func TestSnapshotPlusCursor(t *testing.T) {
	h := servertest.New(t)
	w := newWriter(h, 1)
	for i := range 150 {
		_ = w.step(i)
	}
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for g := range 2 {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				_ = w.step(1000*(g+1) + i)
			}
		})
	}
	worker := h.Exporter()
	worker.PageSize = 3
	pages := 0
	globex := newWriter(h, 9)
	globex.token = globexToken(t, h)
	worker.AfterPage = func(ctx context.Context, job int, entity string) {
		pages++
		for i := range 3 { // behind the reader and ahead of it
			_ = w.step(10_000 + 10*pages + i)
		}
		_ = globex.step(50_000 + pages) // another organization's ids among Acme's
	}
	job := h.StartExport(h.AdaJWT, contractEntities...)
	if r, err := worker.Once(context.Background()); err != nil || r.Completed != 1 {
		failed, _ := h.Store.Client.ExportJob.Query().All(servertest.System())
		var why []string
		for _, j := range failed {
			why = append(why, j.Error)
		}
		t.Fatalf("the export: %+v %v; the jobs' errors: %q", r, err, why)
	}
	for i := range 20 { // after the export, before the end
		_ = w.step(20_000 + i)
	}
	stop()
	wg.Wait()
	if pages < 20 {
		t.Fatalf("the export read %d pages: too few to interleave with the writers", pages)
	}
	job = h.ExportJob(h.AdaJWT, job.ID)
	file := exported(t, h, job)
	p := position(*job.Position)

	// The whole log, from the organization's first change.
	log := h.Changes(h.AdaJWT, "", contractEntities...)
	if len(log) < 100 {
		t.Fatalf("only %d changes: the writers wrote too little", len(log))
	}
	// The file is the snapshot at its position: the log replayed to there.
	atP := map[string]int{}
	for _, c := range log {
		if position(c.Position) > p {
			break
		}
		if c.Operation == "DELETED" {
			delete(atP, c.ID)
		} else {
			atP[c.ID] = c.Version
		}
	}
	for id, v := range atP {
		if l, ok := file[id]; !ok {
			t.Errorf("missed: %s (version %d) was there at the position and is not in the file", id, v)
		} else if version(l) != v {
			t.Errorf("torn: %s is at version %d in the file, %d at the position", id, version(l), v)
		}
	}
	for id, l := range file {
		if _, ok := atP[id]; !ok {
			t.Errorf("from the future: %s (version %d) is in the file, not at the position: %s", id, version(l), l.Raw)
		}
	}

	// Loading the file, then applying the changes after the position.
	state := map[string]int{}
	for id, l := range file {
		state[id] = version(l)
	}
	changed := map[string]bool{}
	after := h.Changes(h.AdaJWT, *job.Position, contractEntities...)
	for _, c := range after {
		if v, held := state[c.ID]; held && v >= c.Version {
			t.Errorf("doubled: change %+v is already in the file (version %d)", c, v)
		}
		changed[c.ID] = true
		if c.Operation == "DELETED" {
			delete(state, c.ID)
		} else {
			state[c.ID] = c.Version
		}
	}
	// ... gives the records as they are at the end: another export, now
	// that nothing writes.
	final := h.StartExport(h.AdaJWT, contractEntities...)
	h.RunExports()
	end := exported(t, h, h.ExportJob(h.AdaJWT, final.ID))
	for id, l := range end {
		if v, ok := state[id]; !ok {
			t.Errorf("missed: %s (version %d) is there at the end, not in the file nor after it", id, version(l))
		} else if v != version(l) {
			t.Errorf("stale: %s at version %d after the log, %d at the end", id, v, version(l))
		}
		if f, ok := file[id]; ok && !changed[id] && f.Raw != l.Raw {
			t.Errorf("a record with no change after the position differs:\n file %s\n  end %s", f.Raw, l.Raw)
		}
	}
	for id := range state {
		if _, ok := end[id]; !ok {
			t.Errorf("doubled: %s is held after the log but gone at the end", id)
		}
	}

	// Nothing of another organization, which wrote meanwhile.
	if globex.count("customer") == 0 || globex.count("conversation") == 0 {
		t.Fatalf("Globex wrote nothing: %v", globex.ids)
	}
	for id, l := range file {
		if org, ok := l.Record["organizationID"]; ok && org != servertest.ID(h.Acme.ID) {
			t.Errorf("%s is of organization %v: %s", id, org, l.Raw)
		}
	}

	// Every line is graph.Record of its record, with its relations.
	ctx = rule.WithDeleted(servertest.System())
	for id, l := range end {
		n, _ := strconv.Atoi(id)
		node, err := h.Store.Client.Noder(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		m := graph.Record(node)
		switch x := node.(type) {
		case *ent.Conversation:
			ids, err := x.QueryCustomers().IDs(ctx)
			m["customerIDs"] = idsOf(t, ids, err)
		case *ent.Decision:
			ids, err := x.QueryEvidence().IDs(ctx)
			m["evidenceIDs"] = idsOf(t, ids, err)
		}
		want, _ := json.Marshal(m)
		if string(want) != l.Raw {
			t.Errorf("the line of %s is not graph.Record's:\n got %s\nwant %s", id, l.Raw, want)
		}
	}
	t.Logf("%d pages, %d records in the file, %d changes after it, %d at the end", pages, len(file), len(after), len(end))
}

// globexToken is a read-write token of Globex, made by its admin.
func globexToken(t *testing.T, h *servertest.Harness) string {
	t.Helper()
	var out struct {
		CreateAPIToken struct{ Token string }
	}
	h.OK(h.GusJWT, `mutation { createAPIToken(input: {name: "globex writer", scope: READ_WRITE}) { token } }`, nil, &out)
	return out.CreateAPIToken.Token
}

func idsOf(t *testing.T, ids []int, err error) []string {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = strconv.Itoa(id)
	}
	return out
}

// TestExportProgress: while it runs, an export shows how many records it
// has written of how many the snapshot holds; at the end, all of them.
func TestExportProgress(t *testing.T) {
	h := servertest.New(t)
	for i := range 20 {
		h.Customer(h.RWToken, fmt.Sprintf("Customer %d", i))
	}
	job := h.StartExport(h.AdaJWT, "CUSTOMER")
	worker := h.Exporter()
	worker.PageSize, worker.ProgressEvery = 2, time.Millisecond
	var seen []servertest.ExportJob
	var failure error
	read := 0
	worker.AfterPage = func(ctx context.Context, _ int, _ string) {
		// The pages before this one are encoded: wait for their progress to
		// be written (every millisecond), then look.
		want := max(read-2, 0)
		read += 2
		for deadline := time.Now().Add(10 * time.Second); failure == nil; time.Sleep(time.Millisecond) {
			resp, err := h.Post("Bearer "+h.AdaJWT, map[string]any{"query": `query($id: ID!) { exportJob(id: $id) { ` +
				servertest.ExportJobFields + ` } }`, "variables": map[string]any{"id": job.ID}})
			var out struct{ ExportJob servertest.ExportJob }
			if err == nil {
				err = json.Unmarshal(resp.Data, &out)
			}
			if err != nil || len(resp.Errors) > 0 {
				failure = fmt.Errorf("reading the job: %v %+v", err, resp.Errors)
				return
			}
			if out.ExportJob.RecordsWritten >= want && out.ExportJob.RecordsTotal != nil {
				seen = append(seen, out.ExportJob)
				return
			}
			if time.Now().After(deadline) {
				failure = fmt.Errorf("progress stuck at %+v, want %d written", out.ExportJob, want)
			}
		}
	}
	if r, err := worker.Once(context.Background()); err != nil || r.Completed != 1 {
		t.Fatalf("the export: %+v %v", r, err)
	}
	if failure != nil {
		t.Fatal(failure)
	}
	partway := false
	for i, s := range seen {
		if s.Status != "RUNNING" || *s.RecordsTotal != 20 || s.RecordsWritten > 20 || (i > 0 && s.RecordsWritten < seen[i-1].RecordsWritten) {
			t.Errorf("progress %d: %+v", i, s)
		}
		partway = partway || (s.RecordsWritten > 0 && s.RecordsWritten < 20)
	}
	if !partway {
		t.Errorf("never seen part-way: %+v", seen)
	}
	done := h.ExportJob(h.AdaJWT, job.ID)
	if done.Status != "COMPLETED" || done.RecordsWritten != 20 || *done.RecordsTotal != 20 {
		t.Errorf("at the end: %+v", done)
	}
	// Progress is bookkeeping: the job's changes are its creation, its start
	// and its completion only.
	if c := h.Changes(h.AdaJWT, "", "EXPORT_JOB"); len(c) != 3 {
		t.Errorf("the job's changes: %+v", c)
	}
}

// TestExportLeaseTakenOver: a replica that stops half-way (killed, or hung)
// keeps the job only until its lease runs out; then another takes it over,
// starts again and completes it, and the first, should it wake, writes
// nothing more: the file is whole, and one attempt's.
func TestExportLeaseTakenOver(t *testing.T) {
	h := servertest.New(t)
	for i := range 30 {
		h.Customer(h.RWToken, fmt.Sprintf("Customer number %d, of the lease test", i))
	}
	job := h.StartExport(h.AdaJWT, "CUSTOMER")
	first := h.Exporter()
	first.ChunkSize = 64
	stopped, wake := make(chan struct{}), make(chan struct{})
	first.AfterChunk = func(ctx context.Context, _ int, seq int) {
		if seq == 0 {
			close(stopped)
			<-wake // no more renewals, no more chunks: as good as killed
		}
	}
	firstDone := make(chan export.Report, 1)
	go func() {
		r, _ := first.Once(context.Background())
		firstDone <- r
	}()
	<-stopped
	chunks := func() int {
		n, err := h.Store.Client.ExportChunk.Query().Where(exportchunk.JobID(atoi(job.ID))).Count(servertest.System())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := chunks(); n != 1 {
		t.Fatalf("%d chunks stored before the stop", n)
	}

	second := h.Exporter()
	second.ChunkSize = 64
	if r, err := second.Once(context.Background()); err != nil || r.Completed != 0 {
		t.Fatalf("the job was taken while its lease held: %+v %v", r, err)
	}
	if j := h.ExportJob(h.AdaJWT, job.ID); j.Status != "RUNNING" || j.Attempts != 1 {
		t.Fatalf("while the lease holds: %+v", j)
	}
	second.SetClock(func() time.Time { return time.Now().Add(export.DefaultLease + time.Second) })
	if r, err := second.Once(context.Background()); err != nil || r.Completed != 1 {
		t.Fatalf("taking over: %+v %v", r, err)
	}
	close(wake)
	if r := <-firstDone; r.Completed != 0 || r.Failed != 0 {
		t.Fatalf("the first replica, woken: %+v", r)
	}
	done := h.ExportJob(h.AdaJWT, job.ID)
	if done.Status != "COMPLETED" || done.Attempts != 2 {
		t.Fatalf("after the take-over: %+v", done)
	}
	stored, err := h.Store.Client.ExportChunk.Query().Where(exportchunk.JobID(atoi(job.ID))).All(servertest.System())
	if err != nil {
		t.Fatal(err)
	}
	var total int
	for i, c := range stored {
		total += len(c.Data)
		if c.Seq != i {
			t.Errorf("chunk %d has seq %d", i, c.Seq)
		}
	}
	if len(stored) < 2 || total != done.Bytes {
		t.Fatalf("%d chunks of %d bytes stored; the job says %d bytes", len(stored), total, done.Bytes)
	}
	if lines := exported(t, h, done); len(lines) != 30 {
		t.Fatalf("%d records in the file", len(lines))
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// TestExportExpires: 24 hours after completion the link answers 410, and
// the worker removes the file (its chunks) and marks the job EXPIRED, which
// is a change of the log.
func TestExportExpires(t *testing.T) {
	h := servertest.New(t)
	h.Customer(h.RWToken, "Zoe")
	job := h.StartExport(h.AdaJWT, "CUSTOMER")
	h.RunExports()
	job = h.ExportJob(h.AdaJWT, job.ID)
	link := *job.DownloadURL
	if rec := h.Download(h.AdaJWT, link); rec.Code != http.StatusOK {
		t.Fatalf("download: %d", rec.Code)
	}
	worker := h.Exporter()
	if n, err := worker.Expire(context.Background()); err != nil || n != 0 {
		t.Fatalf("expired early: %d %v", n, err)
	}
	// Past its 24 hours, before the worker comes round: the link is gone.
	err := h.Store.Client.ExportJob.UpdateOneID(atoi(job.ID)).SetExpiresAt(time.Now().Add(-time.Second)).Exec(servertest.System())
	if err != nil {
		t.Fatal(err)
	}
	if rec := h.Download(h.AdaJWT, link); rec.Code != http.StatusGone {
		t.Fatalf("past its time: %d %s", rec.Code, rec.Body)
	}
	if j := h.ExportJob(h.AdaJWT, job.ID); j.DownloadURL != nil {
		t.Errorf("downloadURL past its time: %v", *j.DownloadURL)
	}
	cursor := h.Changes(h.AdaJWT, "", "EXPORT_JOB")
	worker.SetClock(func() time.Time { return time.Now().Add(export.Available) })
	if n, err := worker.Expire(context.Background()); err != nil || n != 1 {
		t.Fatalf("expiring: %d %v", n, err)
	}
	if n, _ := h.Store.Client.ExportChunk.Query().Where(exportchunk.JobID(atoi(job.ID))).Count(servertest.System()); n != 0 {
		t.Fatalf("%d chunks left", n)
	}
	j := h.ExportJob(h.AdaJWT, job.ID)
	if j.Status != "EXPIRED" || j.DownloadURL != nil || j.Position == nil {
		t.Fatalf("expired: %+v", j)
	}
	if rec := h.Download(h.AdaJWT, link); rec.Code != http.StatusGone {
		t.Fatalf("expired: %d %s", rec.Code, rec.Body)
	}
	last := cursor[len(cursor)-1].Position
	if c := h.Changes(h.AdaJWT, last, "EXPORT_JOB"); len(c) != 1 || c[0].ID != job.ID || c[0].Operation != "UPDATED" {
		t.Fatalf("the expiry's change: %+v", c)
	}
}

// BenchmarkExport exports a seeded organization (walker seed's data at two
// sizes, 10 and 100 times apart) through the whole path — snapshot, keyset
// pages, encoding, gzip, chunks stored through ent — and reports records/s
// and the peak Go heap while it runs (sampled every 10 ms): streamed, the
// heap stays flat whatever the size. B/op is the garbage per export.
//
//	go test ./server/export -run '^$' -bench Export -benchmem -cpuprofile cpu.out
func BenchmarkExport(b *testing.B) {
	for _, conversations := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("conversations=%d", conversations), func(b *testing.B) {
			st := storetest.Open(b, os.Getenv, nil)
			opts := seed.DefaultOptions(time.Now())
			opts.Leaders, opts.Customers, opts.Conversations = 200, conversations/20, conversations
			opts.Decisions, opts.Nominations, opts.Reviews = conversations/50, conversations/200, 30
			res, err := seed.New(st, io.Discard).Run(context.Background(), opts)
			if err != nil {
				b.Fatal(err)
			}
			w := export.New(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
			var records int
			peak := heapPeak()
			for b.Loop() {
				job, err := w.Start(context.Background(), res.OrganizationID, res.AdminID, nil)
				if err != nil {
					b.Fatal(err)
				}
				finished, err := w.Execute(context.Background(), job)
				if err != nil {
					b.Fatal(err)
				}
				records = finished.RecordsWritten
			}
			b.ReportMetric(float64(records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(records), "records")
		})
	}
}

// BenchmarkExportSeeded exports the organization walker seed made in the
// database of WALKER_BENCH_DB (a SQLite file) or WALKER_BENCH_DATABASE_URL
// (PostgreSQL), once per iteration, for the figures and profiles of
// docs/BENCHMARKS.md; skipped without either.
//
//	WALKER_BENCH_DB=/tmp/bench/walker.db go test ./server/export -run '^$' -bench ExportSeeded -benchtime 1x -benchmem -cpuprofile cpu.out
func BenchmarkExportSeeded(b *testing.B) {
	path, url := os.Getenv("WALKER_BENCH_DB"), os.Getenv("WALKER_BENCH_DATABASE_URL")
	if path == "" && url == "" {
		b.Skip("set WALKER_BENCH_DB or WALKER_BENCH_DATABASE_URL to a seeded database")
	}
	st, err := store.Open(context.Background(), url, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(context.Background()); err != nil {
		b.Fatal(err)
	}
	ctx := servertest.System()
	org, err := st.Client.Organization.Query().Where(organization.Name("Benchmark Corp")).Only(ctx)
	if err != nil {
		b.Fatal(err)
	}
	admin, err := st.Client.Leader.Query().Where(leader.OrganizationID(org.ID), leader.RoleEQ(leader.RoleADMIN)).First(ctx)
	if err != nil {
		b.Fatal(err)
	}
	w := export.New(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	var records int
	peak := heapPeak()
	for b.Loop() {
		job, err := w.Start(context.Background(), org.ID, admin.ID, nil)
		if err != nil {
			b.Fatal(err)
		}
		done, err := w.Execute(context.Background(), job)
		if err != nil {
			b.Fatal(err)
		}
		records = done.RecordsWritten
		// The file is not kept (each run stores it again): expired at once.
		if _, err := st.Client.ExportChunk.Delete().Where(exportchunk.JobID(done.ID)).Exec(ctx); err != nil {
			b.Fatal(err)
		}
		if err := st.Client.ExportJob.UpdateOneID(done.ID).SetStatus(exportjob.StatusEXPIRED).SetChunkCount(0).Exec(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MiB")
}

// heapPeak samples the Go heap every 10 ms until the function it returns is
// called, which returns the largest seen.
func heapPeak() func() uint64 {
	var peak atomic.Uint64
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		var ms runtime.MemStats
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak.Store(max(peak.Load(), ms.HeapAlloc))
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-stopped
		return peak.Load()
	}
}
