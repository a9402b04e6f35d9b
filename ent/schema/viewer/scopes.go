package viewer

import (
	"fmt"
	"slices"
	"strings"
)

// A Scope is one thing an integrator token may do, named "<resource>:<access>"
// as in GitHub's fine-grained tokens. A token can do nothing outside its
// scopes; a person signed in with a passkey is bound by their role alone.
type Scope string

// The scopes. Write includes read: a token that may change customers may see
// them. Writing a record that names others (a conversation's customers) needs
// read on those too.
const (
	CustomersRead       Scope = "customers:read"
	CustomersWrite      Scope = "customers:write"
	ConversationsRead   Scope = "conversations:read"
	ConversationsWrite  Scope = "conversations:write"
	ConversationsImport Scope = "conversations:import"
	DecisionsRead       Scope = "decisions:read"
	DecisionsWrite      Scope = "decisions:write"
	ChampionsRead       Scope = "champions:read"
	ChampionsWrite      Scope = "champions:write"
	ReviewsRead         Scope = "reviews:read"
	ReviewsWrite        Scope = "reviews:write"
	CommitmentsRead     Scope = "commitments:read"
	CommitmentsWrite    Scope = "commitments:write"
	PeopleRead          Scope = "people:read"
	OrganizationRead    Scope = "organization:read"
	InsightsRead        Scope = "insights:read"
	ChangesRead         Scope = "changes:read"
	WebhooksManage      Scope = "webhooks:manage"
	ExportsManage       Scope = "exports:manage"
)

// ScopeInfo describes a scope for the people who choose them.
type ScopeInfo struct {
	Scope       Scope
	Description string
}

// Catalog lists every scope, in the order the app shows them.
var Catalog = []ScopeInfo{
	{CustomersRead, "Read customers."},
	{CustomersWrite, "Create, edit, delete and upsert customers (a CRM pushing its accounts)."},
	{ConversationsRead, "Read conversations and their follow-ups."},
	{ConversationsWrite, "Log, edit and delete conversations and follow-ups, credited to the token's creator."},
	{ConversationsImport, "Log conversations credited to the person named by leaderID (imports from a calendar or CRM)."},
	{DecisionsRead, "Read decisions."},
	{DecisionsWrite, "Record, edit and delete decisions."},
	{ChampionsRead, "Read nominations, endorsements and champions."},
	{ChampionsWrite, "Nominate and endorse."},
	{ReviewsRead, "Read feedback reviews."},
	{ReviewsWrite, "Record and edit feedback reviews."},
	{CommitmentsRead, "Read commitments."},
	{CommitmentsWrite, "Set and change commitments, the token creator's."},
	{PeopleRead, "Read the organization's people (names, roles, emails)."},
	{OrganizationRead, "Read the organization's name and settings."},
	{InsightsRead, "Read the computed figures: a leader's month (with people:read and commitments:read, which it shows), the team dashboard."},
	{ChangesRead, "Follow the change log (only the records of the token's other read scopes)."},
	{WebhooksManage, "Manage webhook endpoints, their secrets and deliveries; an endpoint receives every change it asks for, whatever the token's other scopes."},
	{ExportsManage, "Start bulk exports (only of the records of the token's read scopes), follow their progress and changes, and download their files."},
}

// RecordScopes are the scopes that read each kind of record the change log
// follows (and a bulk export writes), by the change log's name for it.
var RecordScopes = map[string]Scope{
	"CUSTOMER": CustomersRead, "CONVERSATION": ConversationsRead, "FOLLOW_UP": ConversationsRead,
	"DECISION": DecisionsRead, "NOMINATION": ChampionsRead, "ENDORSEMENT": ChampionsRead,
	"FEEDBACK_REVIEW": ReviewsRead, "COMMITMENT": CommitmentsRead, "LEADER": PeopleRead,
	"ORGANIZATION": OrganizationRead, "EXPORT_JOB": ExportsManage, "WEBHOOK_ENDPOINT": WebhooksManage,
	"PLAN": ConversationsRead, "MANDATE": CommitmentsRead,
}

// The shorthands of the two scopes Walker's tokens had first.
var (
	// ReadScopes is "read": every read scope.
	ReadScopes = []Scope{CustomersRead, ConversationsRead, DecisionsRead, ChampionsRead, ReviewsRead,
		CommitmentsRead, PeopleRead, OrganizationRead, InsightsRead, ChangesRead}
	// ReadWriteScopes is "read_write": every read scope and every write scope.
	ReadWriteScopes = append(slices.Clone(ReadScopes), CustomersWrite, ConversationsWrite, DecisionsWrite,
		ChampionsWrite, ReviewsWrite, CommitmentsWrite)
)

// Shorthand names for ParseScopes.
const (
	ShorthandRead      = "read"
	ShorthandReadWrite = "read_write"
)

// ParseScopes turns what someone chose (scope names and the shorthands
// "read" and "read_write", in any case) into a sorted set, adding the read
// scope of each write scope. It refuses an unknown name and an empty choice.
func ParseScopes(names []string) ([]Scope, error) {
	var out []Scope
	for _, n := range names {
		switch n = strings.ToLower(strings.TrimSpace(n)); n {
		case ShorthandRead:
			out = append(out, ReadScopes...)
			continue
		case ShorthandReadWrite, "read-write":
			out = append(out, ReadWriteScopes...)
			continue
		}
		s := Scope(n)
		if !slices.ContainsFunc(Catalog, func(i ScopeInfo) bool { return i.Scope == s }) {
			return nil, fmt.Errorf("unknown scope %q: use read, read_write or scopes such as customers:read (the scopes query lists them)", n)
		}
		out = append(out, s)
		if r, ok := strings.CutSuffix(n, ":write"); ok {
			out = append(out, Scope(r+":read"))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("choose at least one scope")
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// Can reports whether the viewer may do what scope names: always for a
// person (their role decides), for a token when it holds the scope.
func (v *Viewer) Can(scope Scope) bool {
	return v != nil && (v.TokenID == 0 || slices.Contains(v.Scopes, scope))
}

// Of returns the scopes a shorthand stands for: READ, READ_WRITE (in any
// case), or none.
func Of(shorthand string) []Scope {
	switch strings.ToLower(shorthand) {
	case ShorthandRead:
		return ReadScopes
	case ShorthandReadWrite:
		return ReadWriteScopes
	}
	return nil
}

// Names are the names of scopes, sorted, each once.
func Names(scopes []Scope) []string {
	sorted := slices.Compact(slices.Sorted(slices.Values(scopes)))
	out := make([]string, len(sorted))
	for i, s := range sorted {
		out[i] = string(s)
	}
	return out
}
