package seed

import (
	"fmt"
	"io"
	"time"
)

// progress reports on each step of a seeding, at most every couple of
// seconds, so that a run of minutes shows it is alive and how fast it goes.
type progress struct {
	w     io.Writer
	began time.Time
	now   func() time.Time

	step         string
	total        int
	since, shown time.Time
}

// every is the least time between two reports of one step.
const every = 2 * time.Second

func (p *progress) start(step string, total int) {
	p.step, p.total = step, total
	p.since = p.now()
	p.shown = p.since
}

// tick reports done of the step's total when the last report is old enough.
func (p *progress) tick(done int) {
	if done%256 != 0 {
		return // reading the clock a million times costs more than the report.
	}
	if t := p.now(); t.Sub(p.shown) >= every {
		p.shown = t
		p.report(done, t)
	}
}

// finish reports the step done.
func (p *progress) finish(done int) { p.report(done, p.now()) }

func (p *progress) report(done int, t time.Time) {
	took := t.Sub(p.since)
	if p.total <= 1 {
		fmt.Fprintf(p.w, "%s: %s; %s in all\n", p.step, took.Round(100*time.Millisecond), t.Sub(p.began).Round(time.Second))
		return
	}
	pct := 100
	if p.total > 0 {
		pct = done * 100 / p.total
	}
	rate := ""
	if s := took.Seconds(); s > 0 {
		rate = fmt.Sprintf(", %.0f/s", float64(done)/s)
	}
	fmt.Fprintf(p.w, "%s %d/%d (%d%%) %s%s; %s in all\n", p.step, done, p.total, pct,
		took.Round(100*time.Millisecond), rate, t.Sub(p.began).Round(time.Second))
}
