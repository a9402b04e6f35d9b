package backup_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"walker/ent/customer"
	"walker/server/backup"
	"walker/server/servertest"
	"walker/server/store"
	"walker/server/store/storetest"
)

// sqliteHarness is servertest.New on SQLite; the backups of PostgreSQL are
// pg_dump's (the command is tested in server/cli).
func sqliteHarness(t *testing.T) *servertest.Harness {
	t.Helper()
	if os.Getenv(storetest.EnvURL) != "" {
		t.Skip("SQLite's backups: on PostgreSQL, walker backup prints the pg_dump command (server/cli)")
	}
	h := servertest.New(t)
	if h.Store.Dialect != dialect.SQLite {
		t.Fatalf("dialect %s", h.Store.Dialect)
	}
	return h
}

// A backup taken while several writers create customers through GraphQL,
// restored into a fresh place and served again, has every customer whose
// creation was acknowledged before the backup began, and each of those that
// it has comes with its change-log entry (one consistent snapshot).
func TestBackupUnderConcurrentWrites(t *testing.T) {
	h := sqliteHarness(t)
	const writers, before = 4, 40
	var (
		mu    sync.Mutex
		acked []string
		wg    sync.WaitGroup
	)
	stop, warm, errs := make(chan struct{}), make(chan struct{}), make(chan error, writers)
	var warmOnce sync.Once
	callers := []string{h.RWToken, h.AdaJWT, h.LeoJWT, h.GusJWT} // a rate limit each
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				name := fmt.Sprintf("Writer %d customer %d", w, i)
				resp, err := h.Post("Bearer "+callers[w], map[string]any{
					"query":     `mutation($n: String!) { createCustomer(input: {name: $n}) { id } }`,
					"variables": map[string]any{"n": name},
				})
				if err == nil && len(resp.Errors) > 0 {
					err = fmt.Errorf("%+v", resp.Errors)
				}
				if err != nil {
					errs <- fmt.Errorf("creating %s: %w", name, err)
					return
				}
				mu.Lock()
				acked = append(acked, name)
				if len(acked) >= before {
					warmOnce.Do(func() { close(warm) })
				}
				mu.Unlock()
			}
		}()
	}
	select {
	case <-warm:
	case err := <-errs:
		t.Fatal(err)
	}
	mu.Lock()
	wanted := slices.Clone(acked) // acknowledged before the backup began
	mu.Unlock()
	path := filepath.Join(t.TempDir(), "backups", backup.Name(time.Now()))
	made, err := backup.Make(context.Background(), h.Store.DB, path)
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if err != nil {
		t.Fatalf("backup under writes: %v", err)
	}
	if made.Path != path || made.Bytes == 0 || made.Tables["customers"] < int64(len(wanted)) {
		t.Fatalf("backup: %+v, %d customers acknowledged before it", made, len(wanted))
	}
	t.Logf("%d customers acknowledged before the backup, %d in it, %d in the end; counts compared: %v",
		len(wanted), made.Tables["customers"], len(acked), made.Exact)

	restored := filepath.Join(t.TempDir(), "fresh", "walker.db")
	if err := os.MkdirAll(filepath.Dir(restored), 0o750); err != nil {
		t.Fatal(err)
	}
	r, err := backup.Restore(context.Background(), restored, path, time.Now())
	if err != nil || r.Aside != "" {
		t.Fatalf("restoring into a fresh place: %+v %v", r, err)
	}
	again := servertest.Replica(t, "", restored) // opens, migrates, serves
	names, err := again.Store.Client.Customer.Query().Where(customer.NameHasPrefix("Writer ")).
		Select(customer.FieldName).Strings(servertest.System())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range wanted {
		if !slices.Contains(names, n) {
			t.Errorf("%s was acknowledged before the backup began and is not in it", n)
		}
	}
	if n := servertest.Count(t, again, `SELECT COUNT(*) FROM customers c WHERE NOT EXISTS
		(SELECT 1 FROM changes WHERE entity = 'CUSTOMER' AND record_id = c.id AND operation = 'CREATED')`); n != 0 {
		t.Errorf("%d customers in the backup without their change-log entry", n)
	}
	var me struct{ Viewer struct{ Name string } }
	again.OK(h.RWToken, `{ viewer { name } }`, nil, &me) // the token works on the restored database
}

// A backup of a database nobody writes to has exactly the source's rows, is
// readable by the owner only, never overwrites a file and leaves no partial
// file behind.
func TestBackupQuiet(t *testing.T) {
	h := sqliteHarness(t)
	h.Customer(h.LeoJWT, "Zoe")
	dir := t.TempDir()
	path := filepath.Join(dir, "b.db")
	made, err := backup.Make(context.Background(), h.Store.DB, path)
	if err != nil {
		t.Fatal(err)
	}
	if !made.Exact {
		t.Fatal("nothing wrote, yet the counts were not compared")
	}
	for table, n := range servertest.Counts(t, h) {
		if made.Tables[table] != int64(n) {
			t.Errorf("%s: %d rows in the backup, %d in the database", table, made.Tables[table], n)
		}
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 || info.Size() != made.Bytes {
		t.Fatalf("the backup file: %v %v", info, err)
	}
	if _, err := backup.Make(context.Background(), h.Store.DB, path); err == nil || !strings.Contains(err.Error(), "exists") {
		t.Fatalf("a second backup onto the same file: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("files beside the backup: %v", entries)
	}
}

// snapshot lists the files of dir with their sizes and contents' lengths,
// to show that a refused restore changed nothing.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	return out
}

func sameFiles(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	if len(before) != len(after) {
		t.Errorf("%s: files %v, then %v", what, keys(before), keys(after))
	}
	for name, b := range before {
		if after[name] != b {
			t.Errorf("%s: %s changed", what, name)
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Restore refuses while a server has the database open, and refuses a file
// that is not a sound Walker database, changing nothing; a good backup takes
// the database's place, the old one and its WAL files moved aside.
func TestRestore(t *testing.T) {
	if os.Getenv(storetest.EnvURL) != "" {
		t.Skip("SQLite's restore: on PostgreSQL, walker restore prints the pg_restore command (server/cli)")
	}
	ctx := context.Background()
	_, path := storetest.Location(t, os.Getenv)
	dir := filepath.Dir(path)
	h := servertest.Replica(t, "", path)
	acme := h.Store.Client.Organization.Create().SetName("Acme").SaveX(servertest.System())
	good := filepath.Join(t.TempDir(), "good.db")
	if _, err := backup.Make(ctx, h.Store.DB, good); err != nil {
		t.Fatal(err)
	}
	h.Store.Client.Organization.Create().SetName("After the backup").SaveX(servertest.System())

	// A server has it open: refused, even while it is idle.
	before := snapshot(t, dir)
	if _, err := backup.Restore(ctx, path, good, time.Now()); !errors.Is(err, backup.ErrInUse) {
		t.Fatalf("restore while a server has the database open: %v", err)
	}
	sameFiles(t, "refused while open", before, snapshot(t, dir))
	if err := h.Store.Close(); err != nil {
		t.Fatal(err)
	}

	// Files that are not a sound Walker database: refused, nothing changed.
	junk := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(junk, []byte("not a database, whatever its name says"), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "other.db")
	db, err := sql.Open("sqlite", store.SQLiteDSN(other))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hi')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	corrupt := corrupted(t, good)
	before = snapshot(t, dir)
	for _, c := range []struct{ name, file, want string }{
		{"not SQLite", junk, "not a SQLite database"},
		{"missing", filepath.Join(dir, "nowhere.db"), "no such file"},
		{"corrupt", corrupt, "integrity check"},
		{"not Walker's", other, "not a Walker database"},
		{"the database itself", path, "the database itself"},
	} {
		_, err := backup.Restore(ctx, path, c.file, time.Now())
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error saying %q", c.name, err, c.want)
		}
		sameFiles(t, c.name, before, snapshot(t, dir))
	}

	// The good backup: in place, the old database aside with its WAL and
	// its replication state (server/replicate's).
	if err := os.MkdirAll(backup.ReplicationState(path), 0o700); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	r, err := backup.Restore(ctx, path, good, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := path + ".replaced-20261201T100000Z"; r.Aside != want || r.Path != path || r.StateAside != backup.ReplicationState(want) {
		t.Fatalf("restored %+v, want the old database at %s", r, want)
	}
	for _, p := range []string{r.Aside, r.StateAside} {
		if _, err := os.Stat(p); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(backup.ReplicationState(path)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the replaced database's replication state is still in place: %v", err)
	}
	again := servertest.Replica(t, "", path)
	names, err := again.Store.Client.Organization.Query().Select("name").Strings(servertest.System())
	if err != nil || len(names) != 1 || names[0] != acme.Name {
		t.Fatalf("organizations after the restore: %v %v", names, err)
	}
	// The database moved aside is whole, with what came after the backup.
	aside, err := sql.Open("sqlite", store.SQLiteDSN(r.Aside))
	if err != nil {
		t.Fatal(err)
	}
	defer aside.Close()
	var n int
	if err := aside.QueryRow("SELECT COUNT(*) FROM organizations").Scan(&n); err != nil || n != 2 {
		t.Fatalf("the database moved aside has %d organizations (%v), want 2", n, err)
	}
}

// corrupted is a copy of the SQLite file at path with the root page of its
// customers table overwritten.
func corrupted(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	var root, size int64
	err = db.QueryRow("SELECT rootpage FROM sqlite_schema WHERE name = 'customers'").Scan(&root)
	if err == nil {
		err = db.QueryRow("PRAGMA page_size").Scan(&size)
	}
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := (root - 1) * size; i < root*size; i++ {
		b[i] = 0xA5
	}
	out := filepath.Join(t.TempDir(), "corrupt.db")
	if err := os.WriteFile(out, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return out
}

// The schedule makes a backup when the newest in its folder is a period old
// (a restart makes no extra one) and keeps the newest few, deleting only
// files it names itself.
func TestScheduleKeeps(t *testing.T) {
	h := sqliteHarness(t)
	dir := t.TempDir()
	for _, name := range []string{"notes.txt", "walker-before-upgrade.db"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("mine"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	const keep = 3
	s := backup.NewSchedule(h.Store.DB, dir, time.Hour, keep)
	s.SetClock(clock)
	var made []string
	for i := range 6 {
		r, err := s.Once(context.Background())
		if err != nil || r.Made == nil || !r.Next.Equal(now.Add(time.Hour)) {
			t.Fatalf("round %d: %+v %v", i, r, err)
		}
		made = append(made, filepath.Base(r.Made.Path))
		// Not due again within the period, even for a schedule started anew.
		restarted := backup.NewSchedule(h.Store.DB, dir, time.Hour, keep)
		restarted.SetClock(func() time.Time { return now.Add(59 * time.Minute) })
		if r, err := restarted.Once(context.Background()); err != nil || r.Made != nil || !r.Next.Equal(now.Add(time.Hour)) {
			t.Fatalf("round %d, within the period: %+v %v", i, r, err)
		}
		h.Customer(h.LeoJWT, fmt.Sprintf("Customer %d", i))
		now = now.Add(time.Hour)
	}
	var left []string
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := append([]string{".walker-backup.lock", "notes.txt", "walker-before-upgrade.db"}, made[len(made)-keep:]...)
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Fatalf("left in the folder: %v, want %v", left, want)
	}
}
