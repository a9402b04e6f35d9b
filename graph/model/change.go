package model

import (
	"time"

	"walker/ent"
)

// Change is one entry of the change log as served, its record read with it
// (the resolver reads the records of a page at once).
type Change struct {
	Position  string
	Entity    ChangeEntity
	Operation ChangeOperation
	ID        int
	Version   int
	Actor     *ChangeActor
	At        time.Time
	// Node is the record as it is now; nil when it is deleted.
	Node ent.Noder
}
