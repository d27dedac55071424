package calc

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/internal/syntax"
	"github.com/shopspring/decimal"
)

// A site is a facility whose input passed every check: energy in whole
// watt-hours, factor resolved.
type site struct {
	Facility
	readings []int64 // watt-hours, one annual or twelve monthly
	total    int64   // watt-hours
	grid     gridFactor
}

// A gridFactor is a resolved factor: a table row, or a custom factor
// (table nil), and why it was chosen.
type gridFactor struct {
	table  *factors.Table
	row    factors.Row
	reason string
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
	checkText(&errs, "organisation", p.Organisation)
	year := checkPeriod(&errs, p.Period)
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
		if g, ok := resolveGrid(&errs, at+".grid", f.Grid, year, lib); ok {
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

// checkPeriod returns the year the period starts in, or 0 without a period.
func checkPeriod(errs *Errors, p *Period) int {
	if p == nil {
		return 0
	}
	if len(p.Start) != 7 || p.Start[4] != '-' || !syntax.Date(p.Start+"-01") {
		errs.add(CodeSyntax, "period.start", "%q is not a month; write it as YYYY-MM, e.g. 2024-01", p.Start)
		return 0
	}
	year, _ := strconv.Atoi(p.Start[:4])
	if year < 2000 || year > 2100 {
		errs.add(CodeTooLarge, "period.start", "year %d is outside 2000–2100", year)
		return 0
	}
	return year
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

func resolveGrid(errs *Errors, at string, ref FactorRef, year int, lib *factors.Library) (gridFactor, bool) {
	switch {
	case ref.Custom != nil:
		if ref.Table != "" || ref.Country != "" {
			errs.add(CodeCount, at, "give either a custom factor or a table row, not both")
			return gridFactor{}, false
		}
		return customFactor(errs, at+".custom", *ref.Custom)
	case ref.Table == "" && ref.Country == "":
		errs.add(CodeRequired, at+".table", "choose a factor table, a country for the default, or enter a custom factor")
		return gridFactor{}, false
	case ref.Key == "":
		errs.add(CodeRequired, at+".key", "choose the grid region")
		return gridFactor{}, false
	case ref.Table == "":
		if year == 0 {
			errs.add(CodeRequired, "period.start", "give the reporting period so that the default factor for %s can be chosen", ref.Country)
			return gridFactor{}, false
		}
		for scope := range locationScopes {
			if c, err := lib.Select(ref.Country, ref.Key, scope, year); err == nil {
				return gridFactor{c.Table, c.Row, c.Reason}, true
			}
		}
		errs.add(CodeUnknown, at+".key", "%q is not a grid region with a factor for country %q", ref.Key, ref.Country)
		return gridFactor{}, false
	}
	t, ok := lib.Table(ref.Table)
	if !ok {
		errs.add(CodeUnknown, at+".table", "%q is not a factor table Greenline knows", ref.Table)
		return gridFactor{}, false
	}
	if ref.Country != "" && ref.Country != t.Country {
		errs.add(CodeUnknown, at+".country", "%q does not match table %s, which is for %s", ref.Country, t.ID, t.Country)
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
	return gridFactor{t, row, "chosen by the user: " + t.Ref() + " " + row.Key}, true
}

// maxCustomKgPerKWh bounds a custom factor: 2 kgCO2/kWh, above any
// published grid or generation factor in the library.
var maxCustomKgPerKWh = decimal.NewFromInt(2)

func customFactor(errs *Errors, at string, c CustomFactor) (gridFactor, bool) {
	ok := true
	unit := factors.Unit(c.Unit)
	if !unit.Known() {
		errs.add(CodeUnknown, at+".unit", "%q is not a factor unit Greenline knows (kgCO2/kWh, kgCO2e/kWh, tCO2/MWh, tCO2e/MWh, gCO2/kWh, gCO2e/kWh, lb/MWh)", c.Unit)
		ok = false
	}
	v, code, msg := parseDecimal(c.Value)
	if code != "" {
		errs.add(code, at+".value", "%s", msg)
		ok = false
	} else if kg, _ := unit.PerKWh(v); unit.Known() && kg.GreaterThan(maxCustomKgPerKWh) {
		errs.add(CodeTooLarge, at+".value", "is %s kg/kWh, above 2 kg/kWh, more than any grid or generator emits; check the value and unit", kg)
		ok = false
	}
	switch n := utf8.RuneCountInString(strings.TrimSpace(c.Source)); {
	case n == 0:
		errs.add(CodeRequired, at+".source", "say where the factor comes from (document, issuer, year)")
		ok = false
	case n > 500:
		errs.add(CodeTooLong, at+".source", "is %d characters long; at most 500 are accepted", n)
		ok = false
	}
	if !ok {
		return gridFactor{}, false
	}
	gas := "CO2"
	if strings.Contains(c.Unit, "CO2e") {
		gas = "CO2e"
	}
	return gridFactor{
		row: factors.Row{Key: "custom", Name: factors.Text{EN: "Custom factor", ZH: "自定义因子"}, Value: v, Published: c.Value,
			Unit: unit, Scope: factors.ScopeGridAverage, Gas: gas, Verification: "custom", Note: strings.TrimSpace(c.Source)},
		reason: "custom factor entered by the user; source: " + strings.TrimSpace(c.Source),
	}, true
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
