package calc

import (
	"strings"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/shopspring/decimal"
)

// An Instrument is one contractual instrument as the market-based method
// judged it: accepted (with the energy it covers) or refused, and why.
type Instrument struct {
	Kind     string   `json:"kind"` // "certificate", "direct-line", "ppa", "supplier", "residual-mix", "grid-average"
	ID       string   `json:"id,omitempty"`
	Accepted bool     `json:"accepted"`
	Reasons  []Note   `json:"reasons"` // each Quality Criterion met or failed, with its status
	Offered  Quantity `json:"offered"` // energy the instrument carries
	Covered  Quantity `json:"covered"` // energy of this facility it covers
	Factor   Quantity `json:"factor"`
	Emission Quantity `json:"emissions"`
}

// A certificate or contract checked for one facility.
type claim struct {
	kind, id string
	wh       int64
	reasons  []Note
	ok       bool
	ef       decimal.Decimal // kg per kWh
	flags    []string
}

var schemes = map[string]bool{"GEC": true, "I-REC": true, "GO": true, "REC": true}

// checkCertificates checks each certificate's form and returns them by
// facility id; the Quality Criteria are judged in marketBased, where the
// facility and the period are known.
func checkCertificates(errs *Errors, certs []Certificate, ids map[string]int) map[string][]int {
	byFacility := map[string][]int{}
	seenID := map[string]int{}
	seenSerial := map[string]int{}
	for i, c := range certs {
		at := index("certificates", i)
		uniqueID(errs, "certificates", i, c.ID, seenID)
		// Serial ranges are compared as written, spaces and case aside;
		// overlapping ranges written differently are not detected.
		if serials := strings.ToUpper(strings.Join(strings.Fields(c.Serials), " ")); serials != "" {
			if prev, dup := seenSerial[serials]; dup {
				errs.Add(CodeSerials, at+".serials", "the same serials are claimed by {other}: a certificate is claimed once", "other", index("certificates", prev))
			}
			seenSerial[serials] = i
		}
		if !isCountry(c.Market) {
			errs.Add(CodeCountry, at+".market", "\"{value}\": give the country of the generator as a two-letter code, e.g. CN", "value", c.Market)
		}
		if !schemes[c.Scheme] {
			errs.Add(CodeUnknown, at+".scheme", "\"{value}\": choose GEC, I-REC, GO or REC", "value", c.Scheme)
		}
		if _, e := parseWh(c.MWh, "MWh", maxReadingWh); e != nil {
			errs.Put(at+".mwh", *e)
		}
		for _, v := range []struct{ f, s string }{{"from", c.Vintage.From}, {"to", c.Vintage.To}} {
			if !isMonth(v.s) {
				errs.Add(CodeMonth, at+".vintage."+v.f, "\"{value}\" is not a month; write YYYY-MM", "value", v.s)
			}
		}
		if isMonth(c.Vintage.From) && isMonth(c.Vintage.To) && c.Vintage.To < c.Vintage.From {
			errs.Add(CodeVintageOrder, at+".vintage", "ends before it starts")
		}
		if _, ok := ids[c.Facility]; !ok {
			errs.Add(CodeFacilityUnknown, at+".facility", "\"{id}\" is not the id of a facility", "id", c.Facility)
		}
		checkText(errs, at+".retired_for", c.RetiredFor)
		byFacility[c.Facility] = append(byFacility[c.Facility], i)
	}
	return byFacility
}

func isMonth(s string) bool {
	return len(s) == 7 && s[4] == '-' && s[:4] >= "2000" && s[:4] <= "2100" && s[5:] >= "01" && s[5:] <= "12" &&
		strings.Trim(s[:4]+s[5:], "0123456789") == ""
}

// judgeCertificate applies the Scope 2 Quality Criteria (GHG Protocol
// Scope 2 Guidance, 2015, ch. 7.1) as Greenline checks them.
func judgeCertificate(c Certificate, org, market string, sp *span) claim {
	wh, _ := parseWh(c.MWh, "MWh", maxReadingWh)
	cl := claim{kind: "certificate", id: c.ID, wh: wh, ok: true}
	add := func(status, code, english string, params ...string) {
		cl.reasons = append(cl.reasons, reason(status, code, english, params...))
		if status == StatusFailed {
			cl.ok = false
		}
	}
	if org != "" && strings.EqualFold(strings.TrimSpace(c.RetiredFor), strings.TrimSpace(org)) {
		add(StatusMet, CodeQCRetired, "retired for the reporter ({organisation})", "organisation", org)
	} else {
		add(StatusFailed, CodeQCNotRetired, "retired for the reporter: retired for \"{retired_for}\", the reporting company is \"{organisation}\"",
			"retired_for", c.RetiredFor, "organisation", org)
	}
	if market != "" && c.Market == market {
		add(StatusMet, CodeQCMarket, "same market as the consumption ({market})", "market", market)
	} else {
		add(StatusFailed, CodeQCOtherMarket, "same market: generated in \"{generated}\", consumed in \"{market}\"", "generated", c.Market, "market", market)
	}
	if market == "CN" {
		if c.Scheme == "GEC" {
			add(StatusMet, CodeQCGEC, "China's GEC, the sole proof of renewable attributes there (发改能源〔2023〕1044号)")
		} else {
			add(StatusFailed, CodeQCNotGEC, "in China the GEC is the sole proof of the environmental attributes of renewable electricity (发改能源〔2023〕1044号); a {scheme} does not count",
				"scheme", c.Scheme)
		}
	}
	if sp != nil {
		first, last := sp.label[0], sp.label[11]
		params := []string{"from", c.Vintage.From, "to", c.Vintage.To, "period_from", first, "period_to", last}
		if c.Vintage.From <= last && c.Vintage.To >= first {
			add(StatusMet, CodeQCVintage, "vintage {from} to {to} overlaps the reporting period {period_from} to {period_to}", params...)
		} else {
			add(StatusFailed, CodeQCOldVintage, "vintage: generated {from} to {to}, outside the reporting period {period_from} to {period_to}", params...)
		}
	} else {
		add(StatusFailed, CodeQCNoPeriod, "vintage: no reporting period is given to compare it with")
	}
	add(StatusMet, CodeQCSole, "sole claim: claimed once in this project, for one facility (ids and serial ranges compared as written)")
	return cl
}

// A market-based result for one facility, with its instruments in order.
type marketPart struct {
	fig         Figure
	exact       decimal.Decimal
	instruments []Instrument
	green       int64   // consumption covered by accepted green instruments
	certCovered []int64 // energy each certificate covered, in the order given
	lineCovered int64   // energy the direct line covered
	ppaCovered  []int64 // energy each PPA covered, in the order given
	supplier    int64   // energy at the supplier's rate
	rest        int64   // energy at the residual mix or the grid average
}

// marketBased computes a facility's market-based Scope 2 (GHG Protocol
// Scope 2 Guidance, 2015, ch. 6): its consumption is covered in order by
// certificates retired for the reporter, then the direct line and PPAs,
// then a supplier-specific rate, then the residual mix (in China the
// national factor excluding market-traded non-fossil electricity), and only
// where no residual mix is published, the grid average, disclosed.
//
// gu is the facility's grid factor, sh what the facilities share.
func marketBased(s site, gu gridUse, green int64, lineEF decimal.Decimal, certs []claim, ppas []claim, sh *shared) marketPart {
	left := s.total
	var greenCovered int64
	var total decimal.Decimal
	var out []Instrument
	var flags []string
	// A step for each instrument that covers something (the direct line,
	// a supplier, the residual mix at most once each) and the sum.
	steps := make([]Step, 0, len(certs)+len(ppas)+4)
	tUnit := gu.tUnit
	// take applies one instrument and returns the energy it covers.
	// efText is ef.String().
	take := func(kind, id string, offered int64, ef decimal.Decimal, efText, efUnit string, reasons []Note, accepted bool) int64 {
		covered := int64(0)
		if accepted {
			covered = min(offered, left)
			left -= covered
		}
		t := tonnesOf(covered, ef)
		total = addExact(total, t)
		tText, coveredQ := decimalText(t), kWh(covered)
		offeredQ := coveredQ
		if offered != covered {
			offeredQ = kWh(offered)
		}
		out = append(out, Instrument{Kind: kind, ID: id, Accepted: accepted, Reasons: reasons,
			Offered: offeredQ, Covered: coveredQ, Factor: Quantity{Value: efText, Unit: efUnit},
			Emission: Quantity{Value: tText, Unit: tUnit}})
		if kind == "certificate" || ((kind == "direct-line" || kind == "ppa") && ef.IsZero()) {
			greenCovered += covered // a fossil-fuelled PPA or line is not green
		}
		if accepted && covered > 0 {
			var st Step
			if id == "" {
				st = sh.coveredBy(kind)
			} else {
				st = step(CodeStepCovered, "Covered by {kind} {id}", "kind", kind, "id", id)
			}
			st.Formula = "covered × factor ÷ 1000"
			st.Inputs = []Quantity{coveredQ, {Name: "factor", Value: efText, Unit: efUnit}}
			st.Result = Quantity{Value: tText, Unit: tUnit}
			steps = append(steps, st)
		}
		return covered
	}
	efUnit := gu.efUnit
	certCovered := make([]int64, len(certs))
	for i, c := range certs {
		certCovered[i] = take(c.kind, c.id, c.wh, decimal.Zero, "0", efUnit, c.reasons, c.ok)
	}
	var lineCovered, supplier, rest int64
	if green > 0 {
		r := reason(StatusMet, CodeQCLine, "energy delivered over the direct line, allocated hour by hour; zero operational emissions for renewable generation")
		if !lineEF.IsZero() {
			r = reason(StatusMet, CodeQCLineRate, "energy delivered over the direct line, allocated hour by hour, at the generator's rate of {rate} kg/kWh", "rate", lineEF.String())
		}
		lineCovered = take("direct-line", "", green, lineEF, decimalText(lineEF), efUnit, []Note{r}, true)
		if !lineEF.IsZero() {
			flags = mergeFlags(flags, []string{FlagCustomFactor})
		}
	}
	ppaCovered := make([]int64, len(ppas))
	for i, c := range ppas {
		ppaCovered[i] = take(c.kind, c.id, c.wh, c.ef, decimalText(c.ef), efUnit, c.reasons, c.ok)
		flags = mergeFlags(flags, c.flags)
	}
	if s.Supplier != nil {
		g, _ := customFactor(new(Errors), "", *s.Supplier) // checked in check
		ef, _ := g.row.Unit.PerKWh(g.row.Value)
		supplier = take("supplier", "", left, ef, ef.String(), efUnit, []Note{reason(StatusMet, CodeQCSupplier, "supplier-specific rate; source: {source}", "source", g.row.Note)}, true)
		flags = mergeFlags(flags, []string{FlagCustomFactor})
	}
	if left > 0 {
		kind, ef, efText, r := sh.res.of(s)
		rest = take(kind, "", left, ef, efText, efUnit, []Note{r}, true)
	}
	exact := decimalText(total)
	sum := step(CodeStepMarket, "Market-based Scope 2 of {facility}", "facility", s.label())
	sum.Formula = "sum of the instruments' emissions, in the instrument order"
	sum.Result = Quantity{Value: exact, Unit: tUnit}
	return marketPart{
		fig: Figure{Value: roundTonnes(exact), Unit: tUnit, Exact: exact, Flags: flags,
			Trace: append(steps, sum)},
		exact:       total,
		instruments: out,
		green:       greenCovered,
		certCovered: certCovered,
		lineCovered: lineCovered,
		ppaCovered:  ppaCovered,
		supplier:    supplier,
		rest:        rest,
	}
}

// shared holds what compute works out once for every facility that needs
// the same: the grid factor as converted, the residual mix, and the trace
// steps that name only a kind of instrument.
type shared struct {
	grids gridUses
	res   residuals
	kinds map[string]Step // "Covered by {kind}", by kind
}

// coveredBy returns the step "Covered by kind" (its code, parameters and
// words), made once per kind.
func (sh *shared) coveredBy(kind string) Step {
	st, ok := sh.kinds[kind]
	if !ok {
		st = step(CodeStepCoveredBy, "Covered by {kind}", "kind", kind)
		if sh.kinds == nil {
			sh.kinds = map[string]Step{}
		}
		sh.kinds[kind] = st
	}
	return st
}

// residuals finds the factor for energy no instrument covers (residual)
// with the reporting year and tables of one computation, and keeps the
// last one found for a table grid: the facilities of one grid region share
// it, and it is looked up and described once.
type residuals struct {
	year   int
	lib    *factors.Library
	last   residualKey
	kind   string
	ef     decimal.Decimal
	efText string
	note   Note
	ok     bool
}

// A residualKey is everything of a facility that residual reads, for a
// facility on a table grid.
type residualKey struct {
	country, gas, row string
	table             *factors.Table
}

// of returns residual(s, …) and the factor's text.
func (r *residuals) of(s site) (string, decimal.Decimal, string, Note) {
	k := residualKey{country: s.country(), gas: s.grid.row.Gas, row: s.grid.row.Key, table: s.grid.table}
	if !r.ok || k.table == nil || k != r.last {
		r.kind, r.ef, r.note = residual(s, r.year, r.lib)
		r.efText = r.ef.String()
		r.last, r.ok = k, true
	}
	return r.kind, r.ef, r.efText, r.note
}

// residual returns the factor for energy no instrument covers: the
// residual mix where Greenline has one for the facility's country, else the
// grid average with a disclosure.
func residual(s site, year int, lib *factors.Library) (string, decimal.Decimal, Note) {
	country := s.country()
	if year == 0 && s.grid.table != nil {
		year = s.grid.table.DataYear
	}
	if c, err := lib.Select(country, "national-excl-market-nonfossil", factors.ScopeResidualLike, year); err == nil && c.Row.Gas == s.grid.row.Gas {
		ef, _ := c.Row.Unit.PerKWh(c.Row.Value)
		return "residual-mix", ef, reason(StatusMet, CodeQCResidual, "residual mix — {name} {value} {unit} ({table}; "+c.Reason.Message+"). {citation}",
			"name", c.Row.Name.EN, "name_zh", c.Row.Name.ZH, "value", c.Row.Published, "unit", string(c.Row.Unit), "table", c.Table.Ref(), "citation", c.Table.Citation())
	}
	ef, _ := s.grid.row.Unit.PerKWh(s.grid.row.Value)
	return "grid-average", ef, reason(StatusDisclosed, CodeQCGridAverage, "no residual mix for {country} in Greenline's tables; the grid-average factor is used instead, as the Scope 2 Guidance allows with disclosure",
		"country", country)
}

// isCountry reports whether s looks like an ISO 3166-1 alpha-2 code.
func isCountry(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// uniqueID checks that the id of list[i] is given and not used before in
// the list; seen records ids by position.
func uniqueID(errs *Errors, list string, i int, id string, seen map[string]int) {
	at := index(list, i)
	if id == "" {
		errs.Add(CodeRequired, at+".id", "give it an id")
	} else if prev, dup := seen[id]; dup {
		errs.Add(CodeDuplicateID, at+".id", "\"{id}\" is already the id of {other}", "id", id, "other", index(list, prev))
	} else {
		checkID(errs, at+".id", id)
	}
	seen[id] = i
}
