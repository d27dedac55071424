package factors

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/greenline-calc/greenline/calc/internal/problem"
)

// The codes of the reasons Select gives for its choice.
const (
	CodeNewest   = "factor.default_newest"   // the newest table not after the reporting year
	CodeEarliest = "factor.default_earliest" // every table is later than the reporting year: the earliest
)

// A Choice is a factor row picked for a use, with the reason it was picked.
type Choice struct {
	Table  *Table
	Row    Row
	Reason problem.Note
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
			c.Reason = problem.NewNote(CodeNewest, "default: the newest {country} table with a data year not after the reporting year {year} (data year {data_year}, {table}, published {published})",
				"country", country, "year", strconv.Itoa(year), "data_year", strconv.Itoa(c.Table.DataYear), "table", c.Table.Ref(), "published", c.Table.Published)
			return c, nil
		}
	}
	c := cands[len(cands)-1]
	c.Reason = problem.NewNote(CodeEarliest, "default: no {country} table has a data year at or before {year}; the earliest, data year {data_year} ({table}), is used and describes a later year than the consumption",
		"country", country, "year", strconv.Itoa(year), "data_year", strconv.Itoa(c.Table.DataYear), "table", c.Table.Ref())
	return c, nil
}
