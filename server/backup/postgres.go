package backup

import (
	"net/url"
	"strings"
	"time"
)

// PgDumpCommand is the pg_dump command that backs up the PostgreSQL database
// at databaseURL into a file named for now, with the password shown as ***
// (pg_dump reads it from PGPASSWORD or ~/.pgpass when left out of the URL).
func PgDumpCommand(databaseURL string, now time.Time) string {
	return "pg_dump --format=custom --file=walker-" + now.UTC().Format(nameLayout) + ".dump " + quote(Redact(databaseURL))
}

// PgRestoreCommand is the pg_restore command that loads such a dump into the
// PostgreSQL database at databaseURL, password shown as ***.
func PgRestoreCommand(databaseURL, file string) string {
	return "pg_restore --clean --if-exists --no-owner --dbname=" + quote(Redact(databaseURL)) + " " + quote(file)
}

// Redact replaces the password of a database URL, in its user part or its
// query, with ***.
func Redact(databaseURL string) string {
	u, err := url.Parse(databaseURL)
	if err != nil {
		return "(unparseable URL)"
	}
	const mark = "WALKERREDACTEDPASSWORD" // nothing in it that a URL escapes
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), mark)
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", mark)
		u.RawQuery = q.Encode()
	}
	return strings.ReplaceAll(u.String(), mark, "***")
}

// quote quotes s for a POSIX shell.
func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
