package calc

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/internal/syntax"
	"github.com/shopspring/decimal"
)

// A site is a facility whose input passed every check: energy in whole
// watt-hours, factor resolved.
type site struct {
	Facility
	readings []int64 // watt-hours, one annual or twelve monthly; nil for hourly data
	hours    []int64 // watt-hours per hour of the period, when known
	total    int64   // watt-hours
	grid     gridFactor
	estimate bool    // hours synthesized from bills
	cfe      []int64 // the grid's carbon-free share in each hour, ppm, when given
}

// country is the market the facility consumes in: its grid table's
// country, or the country given with a custom factor.
func (s site) country() string {
	if s.grid.table != nil {
		return s.grid.table.Country
	}
	return s.Grid.Country
}

// A model is a project that passed every check, in integer form.
type model struct {
	Project
	span  *span // nil without a period
	sites []site
	feeds []feed
	certs map[string][]int // facility id → certificate indexes
	ppas  map[string][]int // facility id → contract indexes
	// ppaHours are the hourly deliveries of contracts shaped "hourly", by
	// contract index.
	ppaHours [][]int64
	lines    []line
	plants   []plantShare // shares of plants other companies run
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

func check(p Project, lib *factors.Library) (model, Errors) {
	var errs Errors
	m := model{Project: p}
	if p.Format != FormatVersion {
		errs.Add(CodeFormat, "format", "is %d; this version of Greenline reads format %d", p.Format, FormatVersion)
		return m, errs
	}
	checkText(&errs, "name", p.Name)
	checkText(&errs, "organisation", p.Organisation)
	year, month := checkPeriod(&errs, p.Period)
	if year != 0 {
		sp := newSpan(year, month)
		m.span = &sp
	}
	switch n := len(p.Facilities); {
	case n == 0:
		errs.Add(CodeRequired, "facilities", "add at least one facility")
	case n > maxFacilities:
		errs.Add(CodeCount, "facilities", "has %d facilities; at most %d are accepted", n, maxFacilities)
		return m, errs
	}
	sites := make([]site, 0, len(p.Facilities))
	ids := map[string]int{}
	basis := "" // gas basis of the first resolved grid factor
	for i, f := range p.Facilities {
		at := index("facilities", i)
		s := site{Facility: f}
		switch prev, dup := ids[f.ID]; {
		case f.ID == "":
			errs.Add(CodeRequired, at+".id", "give the facility an id")
		case dup:
			errs.Add(CodeUnknown, at+".id", "%q is already the id of facilities[%d]", f.ID, prev)
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
				errs.Add(CodeUnknown, at+".grid", "uses a %s factor while an earlier facility uses %s; a total needs factors of one gas basis", g.row.Gas, basis)
			}
		}
		s.readings, s.hours, s.total = checkElectricity(&errs, at+".electricity", f.Electricity, m.span)
		if lp := f.Electricity.Profile; lp != nil && s.readings != nil {
			if m.span == nil {
				errs.Add(CodeRequired, "period.start", "give the reporting period over which to synthesize hourly load")
			} else {
				s.hours, s.estimate = synthLoad(&errs, at+".electricity.profile", *lp, s.readings, *m.span), true
			}
		} else if lp != nil && f.Electricity.Hourly != nil {
			errs.Add(CodeCount, at+".electricity.profile", "hourly data is given: a profile is only for bills")
		}
		if f.Supplier != nil {
			if g, ok := customFactor(&errs, at+".supplier_factor", *f.Supplier); ok && s.grid.row.Gas != "" && g.row.Gas != s.grid.row.Gas {
				errs.Add(CodeUnknown, at+".supplier_factor.unit", "is a %s factor, but the facility's grid factor is %s; a figure needs factors of one gas basis", g.row.Gas, s.grid.row.Gas)
			}
		}
		if f.GridCFE != nil {
			s.cfe = checkCFE(&errs, at+".grid_cfe", *f.GridCFE, s.hours, m.span)
		}
		sites = append(sites, s)
	}
	m.sites = sites
	m.feeds = checkSupplies(&errs, p.Organisation, p.Supplies, sites, m.span)
	m.plants = checkPlantShares(&errs, p, sites, m.span)
	m.certs = checkCertificates(&errs, p.Certificates, ids)
	m.ppas, m.ppaHours = checkContracts(&errs, p.Contracts, ids, m.span)
	checkGasBasis(&errs, m)
	checkFuels(&errs, p.Fuels, ids)
	m.lines = checkProducts(&errs, p.Products, ids)
	return m, errs
}

// checkPeriod returns the year and month the period starts in, or 0
// without a period.
func checkPeriod(errs *Errors, p *Period) (int, time.Month) {
	if p == nil {
		return 0, 0
	}
	if len(p.Start) != 7 || p.Start[4] != '-' || !syntax.Date(p.Start+"-01") {
		errs.Add(CodeSyntax, "period.start", "%q is not a month; write it as YYYY-MM, e.g. 2024-01", p.Start)
		return 0, 0
	}
	year, _ := strconv.Atoi(p.Start[:4])
	month, _ := strconv.Atoi(p.Start[5:])
	if year < 2000 || year > 2100 {
		errs.Add(CodeTooLarge, "period.start", "year %d is outside 2000–2100", year)
		return 0, 0
	}
	return year, time.Month(month)
}

func checkText(errs *Errors, field, s string) {
	switch {
	case !utf8.ValidString(s):
		errs.Add(CodeSyntax, field, "is not valid UTF-8 text")
	case utf8.RuneCountInString(s) > maxTextLen:
		errs.Add(CodeTooLong, field, "is %d characters long; at most %d are accepted", utf8.RuneCountInString(s), maxTextLen)
	}
}

// locationScopes are the table scopes that can stand for the grid a
// facility draws from in a location-based figure.
var locationScopes = map[string]bool{factors.ScopeGridAverage: true, factors.ScopeFootprint: true}

func resolveGrid(errs *Errors, at string, ref FactorRef, year int, lib *factors.Library) (gridFactor, bool) {
	switch {
	case ref.Custom != nil:
		if ref.Table != "" {
			errs.Add(CodeCount, at, "give either a custom factor or a table row, not both")
			return gridFactor{}, false
		}
		return customFactor(errs, at+".custom", *ref.Custom)
	case ref.Table == "" && ref.Country == "":
		errs.Add(CodeRequired, at+".table", "choose a factor table, a country for the default, or enter a custom factor")
		return gridFactor{}, false
	case ref.Key == "":
		errs.Add(CodeRequired, at+".key", "choose the grid region")
		return gridFactor{}, false
	case ref.Table == "":
		if year == 0 {
			errs.Add(CodeRequired, "period.start", "give the reporting period so that the default factor for %s can be chosen", ref.Country)
			return gridFactor{}, false
		}
		// Operational grid averages first; a life-cycle footprint only where
		// a country has no grid average (an ordered list: a map's order
		// would make the choice differ between runs).
		for _, scope := range []string{factors.ScopeGridAverage, factors.ScopeFootprint} {
			if c, err := lib.Select(ref.Country, ref.Key, scope, year); err == nil {
				return gridFactor{c.Table, c.Row, c.Reason}, true
			}
		}
		errs.Add(CodeUnknown, at+".key", "%q is not a grid region with a factor for country %q", ref.Key, ref.Country)
		return gridFactor{}, false
	}
	t, ok := lib.Table(ref.Table)
	if !ok {
		errs.Add(CodeUnknown, at+".table", "%q is not a factor table Greenline knows", ref.Table)
		return gridFactor{}, false
	}
	if ref.Country != "" && ref.Country != t.Country {
		errs.Add(CodeUnknown, at+".country", "%q does not match table %s, which is for %s", ref.Country, t.ID, t.Country)
		return gridFactor{}, false
	}
	row, ok := t.Row(ref.Key)
	if !ok {
		errs.Add(CodeUnknown, at+".key", "%q is not a region of table %s", ref.Key, t.ID)
		return gridFactor{}, false
	}
	if !locationScopes[row.Scope] {
		errs.Add(CodeUnknown, at+".key", "%q is a %s factor, not the average of a grid; choose a grid region", ref.Key, row.Scope)
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
		errs.Add(CodeUnknown, at+".unit", "%q is not a factor unit Greenline knows (kgCO2/kWh, kgCO2e/kWh, tCO2/MWh, tCO2e/MWh, gCO2/kWh, gCO2e/kWh, lb/MWh)", c.Unit)
		ok = false
	}
	v, code, msg := parseDecimal(c.Value)
	if code != "" {
		errs.Add(code, at+".value", "%s", msg)
		ok = false
	} else if kg, _ := unit.PerKWh(v); unit.Known() && kg.GreaterThan(maxCustomKgPerKWh) {
		errs.Add(CodeTooLarge, at+".value", "is %s kg/kWh, above 2 kg/kWh, more than any grid or generator emits; check the value and unit", kg)
		ok = false
	}
	switch n := utf8.RuneCountInString(strings.TrimSpace(c.Source)); {
	case n == 0:
		errs.Add(CodeRequired, at+".source", "say where the factor comes from (document, issuer, year)")
		ok = false
	case n > 500:
		errs.Add(CodeTooLong, at+".source", "is %d characters long; at most 500 are accepted", n)
		ok = false
	}
	if !ok {
		return gridFactor{}, false
	}
	gas := gasOf(c)
	return gridFactor{
		row: factors.Row{Key: "custom", Name: factors.Text{EN: "Custom factor", ZH: "自定义因子"}, Value: v, Published: c.Value,
			Unit: unit, Scope: factors.ScopeGridAverage, Gas: gas, Verification: "custom", Note: strings.TrimSpace(c.Source)},
		reason: "custom factor entered by the user; source: " + strings.TrimSpace(c.Source),
	}, true
}

func checkElectricity(errs *Errors, at string, e Electricity, sp *span) (readings, hours []int64, total int64) {
	if _, ok := energyUnits[e.Unit]; !ok {
		if e.Unit == "" {
			errs.Add(CodeRequired, at+".unit", "choose kWh or MWh")
		} else {
			errs.Add(CodeUnknown, at+".unit", "%q is not an energy unit here; choose kWh or MWh", e.Unit)
		}
		return nil, nil, 0
	}
	var texts []string
	var fields []string
	given := 0
	for _, set := range []bool{e.Annual != "", e.Monthly != nil, e.Hourly != nil} {
		if set {
			given++
		}
	}
	switch {
	case given > 1:
		errs.Add(CodeCount, at, "give one of: an annual figure, twelve monthly figures, or hourly data")
		return nil, nil, 0
	case e.Hourly != nil:
		if sp == nil {
			errs.Add(CodeRequired, "period.start", "give the reporting period that the hourly data covers")
			return nil, nil, 0
		}
		hours = hourly(errs, at+".hourly", e.Hourly, e.Unit, *sp)
		for _, wh := range hours {
			total += wh // at most 8784 × 10 GWh: no overflow
		}
		return nil, hours, total
	case e.Monthly != nil:
		if len(e.Monthly) != 12 {
			errs.Add(CodeCount, at+".monthly", "has %d figures; give all 12 months (0 for a month without use)", len(e.Monthly))
			return nil, nil, 0
		}
		texts = e.Monthly
		for i := range texts {
			fields = append(fields, fmt.Sprintf("%s.monthly[%d]", at, i))
		}
	default:
		texts, fields = []string{e.Annual}, []string{at + ".annual"}
	}
	readings = make([]int64, len(texts))
	ok := true
	for i, s := range texts {
		wh, code, msg := parseEnergy(s, e.Unit)
		if code != "" {
			errs.Add(code, fields[i], "%s", msg)
			ok = false
			continue
		}
		readings[i] = wh
		total += wh // at most 12 × 10 TWh: no overflow
	}
	if !ok {
		return nil, nil, 0
	}
	return readings, nil, total
}

// gasOf is the gas basis of a custom factor's unit.
func gasOf(c CustomFactor) string {
	if strings.Contains(c.Unit, "CO2e") {
		return "CO2e"
	}
	return "CO2"
}

// checkGasBasis refuses supply and contract rates whose gas basis differs
// from the grid factor of a facility they serve: a market-based figure
// adds them up.
func checkGasBasis(errs *Errors, m model) {
	ids := map[string]int{}
	for i, s := range m.sites {
		ids[s.ID] = i
	}
	for i, sup := range m.Supplies {
		if sup.Factor == nil {
			continue
		}
		for _, u := range sup.Users {
			if si, ok := ids[u.Facility]; ok && m.sites[si].grid.row.Gas != "" && m.sites[si].grid.row.Gas != gasOf(*sup.Factor) {
				errs.Add(CodeUnknown, index("supplies", i)+".factor.unit", "is a %s rate, but facility %q's grid factor is %s; a figure needs factors of one gas basis",
					gasOf(*sup.Factor), u.Facility, m.sites[si].grid.row.Gas)
				break
			}
		}
	}
	for i, c := range m.Contracts {
		if c.Factor == nil {
			continue
		}
		if si, ok := ids[c.Facility]; ok && m.sites[si].grid.row.Gas != "" && m.sites[si].grid.row.Gas != gasOf(*c.Factor) {
			errs.Add(CodeUnknown, index("contracts", i)+".factor.unit", "is a %s rate, but facility %q's grid factor is %s; a figure needs factors of one gas basis",
				gasOf(*c.Factor), c.Facility, m.sites[si].grid.row.Gas)
		}
	}
}
