// Package goal holds the behaviours and periods a commitment is made of, one
// Go type each, shared by a person's commitments and the organization's
// mandates (ent/schema: commitment.go, mandate.go) so that the API has one
// CommitmentBehaviour and one CommitmentPeriod.
package goal

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Behaviour is an observable behaviour committed to.
type Behaviour string

// The behaviours (their meaning: gqldoc.Values in ent/schema/commitment.go).
const (
	BehaviourCUSTOMERS_MET          Behaviour = "CUSTOMERS_MET"
	BehaviourDAYS_WITH_CUSTOMERS    Behaviour = "DAYS_WITH_CUSTOMERS"
	BehaviourMINUTES_WITH_CUSTOMERS Behaviour = "MINUTES_WITH_CUSTOMERS"
	BehaviourDECISIONS_WITH_BENEFIT Behaviour = "DECISIONS_WITH_BENEFIT"
	BehaviourCLV_DECISIONS          Behaviour = "CLV_DECISIONS"
	BehaviourFEEDBACK_REVIEWS       Behaviour = "FEEDBACK_REVIEWS"
	BehaviourONLINE_COMMENTS        Behaviour = "ONLINE_COMMENTS"
	BehaviourCALL_LISTENING         Behaviour = "CALL_LISTENING"
	BehaviourRECOGNITIONS           Behaviour = "RECOGNITIONS"
	BehaviourNEW_INITIATIVES        Behaviour = "NEW_INITIATIVES"
	BehaviourFOLLOW_UPS_ON_TIME     Behaviour = "FOLLOW_UPS_ON_TIME"
)

// Values lists the behaviours, in the order the API shows them.
func (Behaviour) Values() []string {
	return []string{
		string(BehaviourCUSTOMERS_MET), string(BehaviourDAYS_WITH_CUSTOMERS), string(BehaviourMINUTES_WITH_CUSTOMERS),
		string(BehaviourDECISIONS_WITH_BENEFIT), string(BehaviourCLV_DECISIONS), string(BehaviourFEEDBACK_REVIEWS),
		string(BehaviourONLINE_COMMENTS), string(BehaviourCALL_LISTENING), string(BehaviourRECOGNITIONS),
		string(BehaviourNEW_INITIATIVES), string(BehaviourFOLLOW_UPS_ON_TIME),
	}
}

// String is the behaviour's name.
func (b Behaviour) String() string { return string(b) }

// MarshalGQL writes the behaviour as a GraphQL enum value.
func (b Behaviour) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(b))) }

// UnmarshalGQL reads a GraphQL enum value.
func (b *Behaviour) UnmarshalGQL(v any) error { return unmarshal(b, v, "CommitmentBehaviour") }

// Period is what a commitment's target is for.
type Period string

// The periods.
const (
	PeriodMONTH   Period = "MONTH"
	PeriodQUARTER Period = "QUARTER"
)

// Values lists the periods.
func (Period) Values() []string { return []string{string(PeriodMONTH), string(PeriodQUARTER)} }

// String is the period's name.
func (p Period) String() string { return string(p) }

// MarshalGQL writes the period as a GraphQL enum value.
func (p Period) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(p))) }

// UnmarshalGQL reads a GraphQL enum value.
func (p *Period) UnmarshalGQL(v any) error { return unmarshal(p, v, "CommitmentPeriod") }

func unmarshal[T interface {
	~string
	Values() []string
}](into *T, v any, what string) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("enums must be strings")
	}
	if !slices.Contains((*into).Values(), s) {
		return fmt.Errorf("%s is not a valid %s", s, what)
	}
	*into = T(s)
	return nil
}
