package insight

import "time"

// SetClock replaces the reader's clock, which places now in the period (a
// commitment's pace): the reminder sender (server/push) and its tests read
// the pace at the time they remind for.
func (r *Reader) SetClock(now func() time.Time) { r.now = now }
