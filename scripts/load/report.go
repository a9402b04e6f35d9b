package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// result is one line that a load run printed.
type result struct {
	Case      string  `json:"case"`
	Label     string  `json:"label"`
	Clients   int     `json:"clients"`
	Requests  int     `json:"requests"`
	RPS       float64 `json:"rps"`
	P50       float64 `json:"p50_ms"`
	P99       float64 `json:"p99_ms"`
	Errors    int     `json:"errors"`
	Status5xx int     `json:"status_5xx"`
}

// report prints the results read from r as Markdown tables: every run, then
// Walker's page of conversations against the floor and against PostGraphile.
// Labels are "<target> <database>", e.g. "walker sqlite", "floor postgres".
func report(r io.Reader, w io.Writer) error {
	var rs []result
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var x result
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			return fmt.Errorf("reading %q: %w", line, err)
		}
		rs = append(rs, x)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	fmt.Fprintln(w, "| target | database | case | clients | requests/s | p50 ms | p99 ms | errors |")
	fmt.Fprintln(w, "|---|---|---|---:|---:|---:|---:|---:|")
	for _, x := range rs {
		target, db, _ := strings.Cut(x.Label, " ")
		fmt.Fprintf(w, "| %s | %s | %s | %d | %.0f | %.1f | %.1f | %d |\n", target, db, x.Case, x.Clients, x.RPS, x.P50, x.P99, x.Errors)
	}
	// Ratios on the page of 50 conversations, same database, same clients.
	page := map[string]result{}
	for _, x := range rs {
		if x.Case == "page" || x.Case == "raw" {
			target, db, _ := strings.Cut(x.Label, " ")
			page[fmt.Sprintf("%s|%s|%d", target, db, x.Clients)] = x
		}
	}
	var keys []string
	for k := range page {
		if strings.HasPrefix(k, "walker|") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| database | clients | Walker / floor (target ≥ 0.60) | Walker / PostGraphile (target ≥ 1.5, aim 2) |")
	fmt.Fprintln(w, "|---|---:|---:|---:|")
	for _, k := range keys {
		wk := page[k]
		_, rest, _ := strings.Cut(k, "|")
		ratio := func(target string) string {
			if o, ok := page[target+"|"+rest]; ok && o.RPS > 0 {
				return fmt.Sprintf("%.2f", wk.RPS/o.RPS)
			}
			return "–"
		}
		db, clients, _ := strings.Cut(rest, "|")
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", db, clients, ratio("floor"), ratio("postgraphile"))
	}
	return nil
}
