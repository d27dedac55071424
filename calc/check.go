package calc

import (
	"fmt"
	"unicode/utf8"

	"github.com/greenline-calc/greenline/calc/factors"
)

// A site is a facility whose input passed every check: energy in whole
// watt-hours, factor resolved.
type site struct {
	Facility
	readings []int64 // watt-hours, one annual or twelve monthly
	total    int64   // watt-hours
	grid     gridFactor
}

// A gridFactor is a resolved table row.
type gridFactor struct {
	table *factors.Table
	row   factors.Row
}

// Check validates p against the tables of lib and returns every problem
// found, each with its field path; nothing is patched or guessed.
func Check(p Project, lib *factors.Library) Errors {
	_, errs := check(p, lib)
	return errs
}

func check(p Project, lib *factors.Library) ([]site, Errors) {
	var errs Errors
	if p.Format != FormatVersion {
		errs.add(CodeFormat, "format", "is %d; this version of Greenline reads format %d", p.Format, FormatVersion)
		return nil, errs
	}
	checkText(&errs, "name", p.Name)
	switch n := len(p.Facilities); {
	case n == 0:
		errs.add(CodeRequired, "facilities", "add at least one facility")
	case n > maxFacilities:
		errs.add(CodeCount, "facilities", "has %d facilities; at most %d are accepted", n, maxFacilities)
		return nil, errs
	}
	sites := make([]site, 0, len(p.Facilities))
	ids := map[string]int{}
	basis := "" // gas basis of the first resolved grid factor
	for i, f := range p.Facilities {
		at := index("facilities", i)
		s := site{Facility: f}
		switch prev, dup := ids[f.ID]; {
		case f.ID == "":
			errs.add(CodeRequired, at+".id", "give the facility an id")
		case dup:
			errs.add(CodeUnknown, at+".id", "%q is already the id of facilities[%d]", f.ID, prev)
		default:
			ids[f.ID] = i
			checkText(&errs, at+".id", f.ID)
		}
		checkText(&errs, at+".name", f.Name)
		if g, ok := resolveGrid(&errs, at+".grid", f.Grid, lib); ok {
			s.grid = g
			if basis == "" {
				basis = g.row.Gas
			} else if g.row.Gas != basis {
				errs.add(CodeUnknown, at+".grid", "uses a %s factor while an earlier facility uses %s; a total needs factors of one gas basis", g.row.Gas, basis)
			}
		}
		s.readings, s.total = checkElectricity(&errs, at+".electricity", f.Electricity)
		sites = append(sites, s)
	}
	return sites, errs
}

func checkText(errs *Errors, field, s string) {
	switch {
	case !utf8.ValidString(s):
		errs.add(CodeSyntax, field, "is not valid UTF-8 text")
	case utf8.RuneCountInString(s) > maxTextLen:
		errs.add(CodeTooLong, field, "is %d characters long; at most %d are accepted", utf8.RuneCountInString(s), maxTextLen)
	}
}

// locationScopes are the table scopes that can stand for the grid a
// facility draws from in a location-based figure.
var locationScopes = map[string]bool{factors.ScopeGridAverage: true, factors.ScopeFootprint: true}

func resolveGrid(errs *Errors, at string, ref FactorRef, lib *factors.Library) (gridFactor, bool) {
	if ref.Table == "" {
		errs.add(CodeRequired, at+".table", "choose a factor table")
		return gridFactor{}, false
	}
	t, ok := lib.Table(ref.Table)
	if !ok {
		errs.add(CodeUnknown, at+".table", "%q is not a factor table Greenline knows", ref.Table)
		return gridFactor{}, false
	}
	if ref.Key == "" {
		errs.add(CodeRequired, at+".key", "choose the grid region")
		return gridFactor{}, false
	}
	row, ok := t.Row(ref.Key)
	if !ok {
		errs.add(CodeUnknown, at+".key", "%q is not a region of table %s", ref.Key, t.ID)
		return gridFactor{}, false
	}
	if !locationScopes[row.Scope] {
		errs.add(CodeUnknown, at+".key", "%q is a %s factor, not the average of a grid; choose a grid region", ref.Key, row.Scope)
		return gridFactor{}, false
	}
	return gridFactor{t, row}, true
}

func checkElectricity(errs *Errors, at string, e Electricity) ([]int64, int64) {
	if _, ok := energyUnits[e.Unit]; !ok {
		if e.Unit == "" {
			errs.add(CodeRequired, at+".unit", "choose kWh or MWh")
		} else {
			errs.add(CodeUnknown, at+".unit", "%q is not an energy unit here; choose kWh or MWh", e.Unit)
		}
		return nil, 0
	}
	var texts []string
	var fields []string
	switch {
	case e.Annual != "" && e.Monthly != nil:
		errs.add(CodeCount, at, "give either an annual figure or twelve monthly figures, not both")
		return nil, 0
	case e.Monthly != nil:
		if len(e.Monthly) != 12 {
			errs.add(CodeCount, at+".monthly", "has %d figures; give all 12 months (0 for a month without use)", len(e.Monthly))
			return nil, 0
		}
		texts = e.Monthly
		for i := range texts {
			fields = append(fields, fmt.Sprintf("%s.monthly[%d]", at, i))
		}
	default:
		texts, fields = []string{e.Annual}, []string{at + ".annual"}
	}
	readings := make([]int64, len(texts))
	var total int64
	ok := true
	for i, s := range texts {
		wh, code, msg := parseEnergy(s, e.Unit)
		if code != "" {
			errs.add(code, fields[i], "%s", msg)
			ok = false
			continue
		}
		readings[i] = wh
		total += wh // at most 12 × 10 TWh: no overflow
	}
	if !ok {
		return nil, 0
	}
	return readings, total
}
