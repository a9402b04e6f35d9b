// Command load drives one benchmark case against a running Walker (or a
// yardstick) with a fixed number of concurrent clients for a fixed time, and
// prints one JSON line: requests/s, p50, p99 and errors. scripts/bench runs it
// for every case, database and concurrency.
//
// The load itself is vegeta's (github.com/tsenart/vegeta), used as a library
// in closed-loop mode (c workers, each sending its next request when the last
// one is answered), so that each case can build its own requests (fresh
// clientIDs, random leaders) and a GraphQL answer carrying "errors" counts as
// an error, not a success.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"time"

	"github.com/google/uuid"
	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// Queries of the cases, the same that the app sends.
const (
	myMonth = `query MyMonth($id: ID!, $p: String!) { node(id: $id) { ... on Leader { name weekStreak month(period: $p) {
  customersMet conversations daysWithCustomers decisionsWithCustomerBenefit walker commitments { behaviour target actual met } } } } }`
	page = `query Page { conversations(first: 50, orderBy: [{field: OCCURRED_AT, direction: DESC}]) { edges { node {
  id occurredAt mode heard leader { id name }
  customers(first: 10) { edges { node { id name } } }
  followUps(first: 10) { edges { node { id action dueOn doneAt } } } } } } }`
	dashboard = `query Dashboard($p: String!) { dashboard(period: $p) { leaders walkers notYetWalkers withoutCommitments
  customersMet conversations conversationsByMode { mode count } decisionsByStatus { status count }
  openFollowUps overdueFollowUps champions openNominations } }`
	series = `query Series($p: String!) { dashboard(period: $p) { customersMetByMonth { period count } } }`
	create = `mutation Log($input: CreateConversationInput!) { createConversation(input: $input) { id } }`
	ids    = `query Ids { leaders(first: 100) { edges { node { id } } } customers(first: 100) { edges { node { id } } } }`
)

func main() {
	var (
		url      = flag.String("url", "http://localhost:8080/graphql", "GraphQL endpoint (or, for -case raw, the URL)")
		token    = flag.String("token", "", "bearer token")
		name     = flag.String("case", "page", "my-month, page, dashboard, series, create, mix or raw")
		clients  = flag.Uint64("c", 16, "concurrent clients")
		duration = flag.Duration("d", 10*time.Second, "how long")
		method   = flag.String("method", "POST", "raw: HTTP method")
		bodyFile = flag.String("body-file", "", "raw: request body")
		label    = flag.String("label", "", `"<target> <database>", copied to the output (e.g. "walker sqlite")`)
		summary  = flag.Bool("report", false, "read result lines on stdin and print them as Markdown tables")
	)
	flag.Parse()
	if *summary {
		if err := report(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "load:", err)
			os.Exit(1)
		}
		return
	}
	header := http.Header{"Content-Type": {"application/json"}}
	if *token != "" {
		header.Set("Authorization", "Bearer "+*token)
	}
	targeter, err := newTargeter(*name, *url, *method, *bodyFile, header)
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
	attacker := vegeta.NewAttacker(vegeta.Workers(*clients), vegeta.MaxWorkers(*clients),
		vegeta.Connections(int(*clients)), vegeta.KeepAlive(true), vegeta.Timeout(30*time.Second))
	var m vegeta.Metrics
	failed, status5xx := 0, 0
	var firstError string
	for res := range attacker.Attack(targeter, vegeta.ConstantPacer{}, *duration, *name) {
		if res.Error == "" && bytes.Contains(res.Body, []byte(`"errors":`)) {
			res.Error = "graphql errors: " + string(res.Body[:min(len(res.Body), 300)])
		}
		if res.Error != "" {
			failed++
			if firstError == "" {
				firstError = res.Error
			}
		}
		if res.Code >= 500 {
			status5xx++
		}
		res.Body = nil
		m.Add(res)
	}
	m.Close()
	out := map[string]any{
		"case": *name, "label": *label, "clients": *clients, "seconds": m.Duration.Seconds(),
		"requests": m.Requests, "rps": round(float64(m.Requests-uint64(failed)) / m.Duration.Seconds()),
		"p50_ms": round(float64(m.Latencies.P50) / 1e6), "p99_ms": round(float64(m.Latencies.P99) / 1e6),
		"errors": failed, "status_5xx": status5xx, "first_error": firstError,
	}
	json.NewEncoder(os.Stdout).Encode(out)
}

func round(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// createdAt is when a created conversation took place: a random second of
// the year before the seeded two, so that creating leaves what the other
// cases read (the newest page, this month) as seeded, and a rerun of the
// benchmark on a kept database measures the same work.
func createdAt() string {
	year := time.Now().UTC().AddDate(-3, 0, 0)
	return year.Add(time.Duration(rand.Int64N(int64(365 * 24 * time.Hour)))).Format(time.RFC3339)
}

// newTargeter builds the requests of a case.
func newTargeter(name, url, method, bodyFile string, header http.Header) (vegeta.Targeter, error) {
	body := func(query string, vars map[string]any) []byte {
		b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		return b
	}
	if name == "raw" {
		var b []byte
		if bodyFile != "" {
			var err error
			if b, err = os.ReadFile(bodyFile); err != nil {
				return nil, err
			}
		}
		return func(t *vegeta.Target) error {
			t.Method, t.URL, t.Header, t.Body = method, url, header, b
			return nil
		}, nil
	}
	leaders, customers, err := fetchIDs(url, header, body(ids, nil))
	if err != nil {
		return nil, err
	}
	period := time.Now().UTC().Format("2006-01")
	// Each case makes one request body; rand is safe for concurrent use.
	cases := map[string]func() []byte{
		"my-month":  func() []byte { return body(myMonth, map[string]any{"id": pick(leaders), "p": period}) },
		"page":      func() []byte { return body(page, nil) },
		"dashboard": func() []byte { return body(dashboard, map[string]any{"p": period}) },
		"series":    func() []byte { return body(series, map[string]any{"p": period}) },
		"create": func() []byte {
			return body(create, map[string]any{"input": map[string]any{
				"clientID": uuid.NewString(), "mode": "CALL", "occurredAt": createdAt(),
				"customerIDs": []string{pick(customers)}, "durationMinutes": 20,
				"heard": "Asked for invoices by email and a faster refund", "sentiment": "POSITIVE",
			}})
		},
	}
	// The soak's mix: mostly reads, as people use Walker.
	mix := []string{"my-month", "my-month", "my-month", "page", "page", "dashboard", "series", "create", "create"}
	cases["mix"] = func() []byte { return cases[mix[rand.IntN(len(mix))]]() }
	next, ok := cases[name]
	if !ok {
		return nil, fmt.Errorf("unknown case %q", name)
	}
	return func(t *vegeta.Target) error {
		t.Method, t.URL, t.Header, t.Body = http.MethodPost, url, header, next()
		return nil
	}, nil
}

func pick(ids []string) string { return ids[rand.IntN(len(ids))] }

// fetchIDs reads up to 100 leader and customer ids to spread the load over.
func fetchIDs(url string, header http.Header, body []byte) (leaders, customers []string, err error) {
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header = header.Clone()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	var out struct {
		Data struct {
			Leaders, Customers struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, nil, fmt.Errorf("reading ids: status %d: %w", res.StatusCode, err)
	}
	if len(out.Errors) > 0 {
		return nil, nil, fmt.Errorf("reading ids: %s", out.Errors[0].Message)
	}
	for _, e := range out.Data.Leaders.Edges {
		leaders = append(leaders, e.Node.ID)
	}
	for _, e := range out.Data.Customers.Edges {
		customers = append(customers, e.Node.ID)
	}
	if len(leaders) == 0 || len(customers) == 0 {
		return nil, nil, fmt.Errorf("no leaders or customers to load (%d, %d): seed the database first", len(leaders), len(customers))
	}
	return leaders, customers, nil
}
