package factors

import (
	"fmt"
	"sort"
)

// A Choice is a factor row picked for a use, with the reason it was picked.
type Choice struct {
	Table  *Table
	Row    Row
	Reason string
}

// Select chooses the default factor for a grid region of country with the
// given scope (ScopeGridAverage for location-based, ScopeResidualLike for
// the residual mix) and a reporting period starting in year.
//
// The rule: among the tables of the country that have the row, take the one
// with the newest data year not after the reporting year, then the newest
// version; a factor never describes a later year than the consumption it
// is applied to. When every table is later than the reporting year, the
// earliest is taken and the reason says so. Published practice differs on
// how many years a factor may lag (a secondary source says Chinese
// guidelines often use the factor of two years before; not verified), so
// the user can always pick another table.
func (l *Library) Select(country, key, scope string, year int) (Choice, error) {
	var cands []Choice
	for _, t := range l.Tables {
		if t.Country != country {
			continue
		}
		if r, ok := t.Row(key); ok && r.Scope == scope {
			cands = append(cands, Choice{Table: t, Row: r})
		}
	}
	if len(cands) == 0 {
		return Choice{}, fmt.Errorf("no %s factor for %q in the tables of %s", scope, key, country)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i].Table, cands[j].Table
		if a.DataYear != b.DataYear {
			return a.DataYear > b.DataYear
		}
		return a.Version > b.Version
	})
	for _, c := range cands {
		if c.Table.DataYear <= year {
			c.Reason = fmt.Sprintf("default: the newest %s table with a data year not after the reporting year %d (data year %d, %s, published %s)",
				country, year, c.Table.DataYear, c.Table.Ref(), c.Table.Published)
			return c, nil
		}
	}
	c := cands[len(cands)-1]
	c.Reason = fmt.Sprintf("default: no %s table has a data year at or before %d; the earliest, data year %d (%s), is used and describes a later year than the consumption",
		country, year, c.Table.DataYear, c.Table.Ref())
	return c, nil
}
