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
	readings []int64   // watt-hours, one annual or twelve monthly; nil for hourly data
	hours    []int64   // watt-hours per hour of the period, when known
	months   [12]int64 // watt-hours in each month of the period, when hours are known
	total    int64     // watt-hours
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
	reason Note
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
		errs.Add(CodeFormat, "format", "is {format}; this version of Greenline reads format {supported}",
			"format", strconv.Itoa(p.Format), "supported", strconv.Itoa(FormatVersion))
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
		errs.Add(CodeTooMany, "facilities", "has {count} facilities; at most {max} are accepted", "count", strconv.Itoa(n), "max", strconv.Itoa(maxFacilities))
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
			errs.Add(CodeDuplicateID, at+".id", "\"{id}\" is already the id of {other}", "id", f.ID, "other", index("facilities", prev))
		default:
			ids[f.ID] = i
			checkID(&errs, at+".id", f.ID)
		}
		checkText(&errs, at+".name", f.Name)
		if g, ok := resolveGrid(&errs, at+".grid", f.Grid, year, lib); ok {
			s.grid = g
			if basis == "" {
				basis = g.row.Gas
			} else if g.row.Gas != basis {
				errs.Add(CodeGasMixed, at+".grid", "uses a {gas} factor while an earlier facility uses {other_gas}; a total needs factors of one gas basis",
					"gas", g.row.Gas, "other_gas", basis)
			}
		}
		s.readings, s.hours, s.months, s.total = checkElectricity(&errs, at+".electricity", f.Electricity, m.span)
		if lp := f.Electricity.Profile; lp != nil && s.readings != nil {
			if m.span == nil {
				errs.Add(CodePeriodProfile, "period.start", "give the reporting period over which to synthesize hourly load")
			} else {
				s.hours, s.estimate = synthLoad(&errs, at+".electricity.profile", *lp, s.readings, *m.span), true
				if s.hours != nil {
					s.months = m.span.byMonth(s.hours)
				}
			}
		} else if lp != nil && f.Electricity.Hourly != nil {
			errs.Add(CodeProfileHourly, at+".electricity.profile", "hourly data is given: a profile is only for bills")
		}
		if f.Supplier != nil {
			if g, ok := customFactor(&errs, at+".supplier_factor", *f.Supplier); ok && s.grid.row.Gas != "" && g.row.Gas != s.grid.row.Gas {
				errs.Add(CodeGasMismatch, at+".supplier_factor.unit", "is a {gas} rate, but the grid factor of facility \"{facility}\" is {grid_gas}; a figure needs factors of one gas basis",
					"gas", g.row.Gas, "facility", s.label(), "grid_gas", s.grid.row.Gas)
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
	for i := range m.lines {
		m.lines[i].facilityLabel = p.Facilities[m.lines[i].site].label()
	}
	return m, errs
}

// checkPeriod returns the year and month the period starts in, or 0
// without a period.
func checkPeriod(errs *Errors, p *Period) (int, time.Month) {
	if p == nil {
		return 0, 0
	}
	if len(p.Start) != 7 || p.Start[4] != '-' || !syntax.Date(p.Start+"-01") {
		errs.Add(CodeMonth, "period.start", "\"{value}\" is not a month; write it as YYYY-MM, e.g. 2024-01", "value", p.Start)
		return 0, 0
	}
	year, _ := strconv.Atoi(p.Start[:4])
	month, _ := strconv.Atoi(p.Start[5:])
	if year < 2000 || year > 2100 {
		errs.Add(CodeYear, "period.start", "year {year} is outside {min}–{max}", "year", strconv.Itoa(year), "min", "2000", "max", "2100")
		return 0, 0
	}
	return year, time.Month(month)
}

func checkText(errs *Errors, field, s string) {
	switch {
	case !utf8.ValidString(s):
		errs.Add(CodeTextEncoding, field, "is not valid UTF-8 text")
	case utf8.RuneCountInString(s) > maxTextLen:
		errs.Add(CodeTextTooLong, field, "is {length} characters long; at most {max} are accepted",
			"length", strconv.Itoa(utf8.RuneCountInString(s)), "max", strconv.Itoa(maxTextLen))
	}
}

// locationScopes are the table scopes that can stand for the grid a
// facility draws from in a location-based figure.
var locationScopes = map[string]bool{factors.ScopeGridAverage: true, factors.ScopeFootprint: true}

func resolveGrid(errs *Errors, at string, ref FactorRef, year int, lib *factors.Library) (gridFactor, bool) {
	switch {
	case ref.Custom != nil:
		if ref.Table != "" {
			errs.Add(CodeFactorBoth, at, "give either a custom factor or a table row, not both")
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
			errs.Add(CodePeriodDefault, "period.start", "give the reporting period so that the default factor for {country} can be chosen", "country", ref.Country)
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
		errs.Add(CodeRegionUnknown, at+".key", "\"{key}\" is not a grid region with a factor for country {country}", "key", ref.Key, "country", ref.Country)
		return gridFactor{}, false
	}
	t, ok := lib.Table(ref.Table)
	if !ok {
		errs.Add(CodeTableUnknown, at+".table", "\"{table}\" is not a factor table Greenline knows", "table", ref.Table)
		return gridFactor{}, false
	}
	if ref.Country != "" && ref.Country != t.Country {
		errs.Add(CodeCountryMismatch, at+".country", "\"{country}\" does not match table {table}, which is for {table_country}",
			"country", ref.Country, "table", t.ID, "table_country", t.Country)
		return gridFactor{}, false
	}
	row, ok := t.Row(ref.Key)
	if !ok {
		errs.Add(CodeKeyUnknown, at+".key", "\"{key}\" is not a region of table {table}", "key", ref.Key, "table", t.ID)
		return gridFactor{}, false
	}
	if !locationScopes[row.Scope] {
		errs.Add(CodeNotGrid, at+".key", "\"{key}\" is a {scope} factor, not the average of a grid; choose a grid region", "key", ref.Key, "scope", row.Scope)
		return gridFactor{}, false
	}
	return gridFactor{t, row, note(CodeFactorChosen, "chosen by the user: {table} {key}", "table", t.Ref(), "key", row.Key)}, true
}

// maxCustomKgPerKWh bounds a custom factor: 2 kgCO2/kWh, above any
// published grid or generation factor in the library.
var maxCustomKgPerKWh = decimal.NewFromInt(2)

func customFactor(errs *Errors, at string, c CustomFactor) (gridFactor, bool) {
	ok := true
	unit := factors.Unit(c.Unit)
	if !unit.Known() {
		errs.Add(CodeFactorUnit, at+".unit", "\"{unit}\" is not a factor unit Greenline knows (kgCO2/kWh, kgCO2e/kWh, tCO2/MWh, tCO2e/MWh, gCO2/kWh, gCO2e/kWh, lb/MWh)", "unit", c.Unit)
		ok = false
	}
	v, e := parseDecimal(c.Value)
	if e != nil {
		errs.Put(at+".value", *e)
		ok = false
	} else if kg, _ := unit.PerKWh(v); unit.Known() && kg.GreaterThan(maxCustomKgPerKWh) {
		errs.Add(CodeTooLarge, at+".value", "{value} is above {max} {unit}, more than any grid or generator emits; check the value and unit",
			"value", kg.String(), "max", maxCustomKgPerKWh.String(), "unit", "kg/kWh")
		ok = false
	}
	switch n := utf8.RuneCountInString(strings.TrimSpace(c.Source)); {
	case n == 0:
		errs.Add(CodeRequired, at+".source", "say where the factor comes from (document, issuer, year)")
		ok = false
	case n > 500:
		errs.Add(CodeTextTooLong, at+".source", "is {length} characters long; at most {max} are accepted", "length", strconv.Itoa(n), "max", "500")
		ok = false
	}
	if !ok {
		return gridFactor{}, false
	}
	gas := gasOf(c)
	return gridFactor{
		row: factors.Row{Key: "custom", Name: factors.Text{EN: "Custom factor", ZH: "自定义因子"}, Value: v, Published: c.Value,
			Unit: unit, Scope: factors.ScopeGridAverage, Gas: gas, Verification: "custom", Note: strings.TrimSpace(c.Source)},
		reason: note(CodeFactorCustom, "custom factor entered by the user; source: {source}", "source", strings.TrimSpace(c.Source)),
	}, true
}

// checkElectricity reads a facility's electricity: its annual or monthly
// readings, or its hours with their sum in each month; and its total.
func checkElectricity(errs *Errors, at string, e Electricity, sp *span) (readings, hours []int64, months [12]int64, total int64) {
	if _, ok := energyUnits[e.Unit]; !ok {
		if e.Unit == "" {
			errs.Add(CodeRequired, at+".unit", "choose kWh or MWh")
		} else {
			errs.Add(CodeEnergyUnit, at+".unit", "\"{unit}\" is not an energy unit here; choose kWh or MWh", "unit", e.Unit)
		}
		return nil, nil, months, 0
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
		errs.Add(CodeElectricityBoth, at, "give one of: an annual figure, twelve monthly figures, or hourly data")
		return nil, nil, months, 0
	case e.Hourly != nil:
		if sp == nil {
			errs.Add(CodePeriodHourly, "period.start", "give the reporting period that the hourly data covers")
			return nil, nil, months, 0
		}
		hours = hourly(errs, at+".hourly", e.Hourly, e.Unit, *sp)
		if hours == nil {
			return nil, nil, months, 0
		}
		months = sp.byMonth(hours)
		for _, wh := range months {
			total += wh // at most 8784 × 10 GWh: no overflow
		}
		return nil, hours, months, total
	case e.Monthly != nil:
		if len(e.Monthly) != 12 {
			errs.Add(CodeMonths, at+".monthly", "has {count} figures; give all 12 months (0 for a month without use)", "count", strconv.Itoa(len(e.Monthly)))
			return nil, nil, months, 0
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
		wh, e := parseEnergy(s, e.Unit)
		if e != nil {
			errs.Put(fields[i], *e)
			ok = false
			continue
		}
		readings[i] = wh
		total += wh // at most 12 × 10 TWh: no overflow
	}
	if !ok {
		return nil, nil, months, 0
	}
	return readings, nil, months, total
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
				errs.Add(CodeGasMismatch, index("supplies", i)+".factor.unit", "is a {gas} rate, but the grid factor of facility \"{facility}\" is {grid_gas}; a figure needs factors of one gas basis",
					"gas", gasOf(*sup.Factor), "facility", m.sites[si].label(), "grid_gas", m.sites[si].grid.row.Gas)
				break
			}
		}
	}
	for i, c := range m.Contracts {
		if c.Factor == nil {
			continue
		}
		if si, ok := ids[c.Facility]; ok && m.sites[si].grid.row.Gas != "" && m.sites[si].grid.row.Gas != gasOf(*c.Factor) {
			errs.Add(CodeGasMismatch, index("contracts", i)+".factor.unit", "is a {gas} rate, but the grid factor of facility \"{facility}\" is {grid_gas}; a figure needs factors of one gas basis",
				"gas", gasOf(*c.Factor), "facility", m.sites[si].label(), "grid_gas", m.sites[si].grid.row.Gas)
		}
	}
}
