package calc

import (
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// A PlantShare is a facility's share of a direct-connection plant that
// another company runs (the project's responsible unit, 主责单位): the
// allocation statement the operator issued to the reporting company, or,
// without one, the green kWh of every month as entered from the
// operator's bill, which is flagged "entered" and lists the statement as
// missing evidence. Either way it counts as direct-line energy in the
// market-based method and for CBAM's actual factor.
type PlantShare struct {
	Facility  string     `json:"facility"`
	Statement *Statement `json:"statement,omitempty"`
	// Without a statement:
	Operator   string        `json:"operator,omitempty"`   // the responsible unit, as on the bill
	Supply     string        `json:"supply,omitempty"`     // the plant, as on the bill
	Technology string        `json:"technology,omitempty"` // "solar", "wind", "hydro", "biomass" or "mixed"
	Factor     *CustomFactor `json:"factor,omitempty"`     // the generator's rate; required for "mixed"
	Monthly    []string      `json:"monthly,omitempty"`    // green kWh of each month of the period
}

// Codes of the problems of a plant share and of the notes it adds to a
// facility's result.
const (
	CodePlantBoth      = "plant_share.both"       // a statement and figures from a bill
	CodePlantTaken     = "plant_share.taken"      // a second plant share for one facility
	CodePlantMonthLoad = "plant_share.month_load" // more green energy in a month than the facility used
	CodePlantLoad      = "plant_share.load"       // more green energy than the facility used

	NoteStatement        = "evidence.statement"         // the statement behind the direct-line energy
	NoteStatementMissing = "evidence.statement_missing" // energy entered from a bill: the statement is missing
	CodeQCStatement      = "qc.statement"               // met: the direct line, evidenced by a statement
	CodeQCEntered        = "qc.entered"                 // disclosed: the direct line, entered from a bill
	CodeBasisStatement   = "cbam.basis_statement"       // the direct technical connection, evidenced by a statement
	CodeBasisEntered     = "cbam.basis_entered"         // the direct technical connection, entered from a bill
	CodeStepStatement    = "step.statement"             // direct-line energy from a statement
	CodeStepBill         = "step.bill"                  // direct-line energy entered from a bill
)

// A plantShare is a checked PlantShare.
type plantShare struct {
	site     int
	hash     string          // the statement's SHA-256; "" when entered
	st       *Statement      // nil when entered
	hours    []int64         // green energy in every hour of the period; nil when entered
	months   [12]int64       // by month of the period
	green    int64           // over the period
	ef       decimal.Decimal // the generator's rate, kg/kWh
	estimate bool
	operator string
	supply   string
}

// checkPlantShares checks the plant shares of p against its checked
// facilities and supplies.
func checkPlantShares(errs *Errors, p Project, sites []site, sp *span) []plantShare {
	if len(p.PlantShares) == 0 {
		return nil
	}
	if sp == nil {
		errs.Add(CodePeriodSupply, "period.start", "give the reporting period: a share of a plant is counted hour by hour over it")
		return nil
	}
	byID := map[string]int{}
	for i, s := range sites {
		byID[s.ID] = i
	}
	supplied := map[string]string{}
	for _, s := range p.Supplies {
		for _, u := range s.Users {
			supplied[u.Facility] = s.ID
		}
	}
	var out []plantShare
	claimed := map[int]int{}   // site → plant share index
	hashes := map[string]int{} // statement hash → plant share index
	type issued struct{ from, to int }
	byKey := map[string][]issued{} // operator, supply, user → hours claimed (project hours)
	for i, ps := range p.PlantShares {
		at := index("plant_shares", i)
		si, found := byID[ps.Facility]
		switch {
		case ps.Facility == "":
			errs.Add(CodeRequired, at+".facility", "name the facility that draws the plant's energy")
			continue
		case !found:
			errs.Add(CodeFacilityUnknown, at+".facility", "\"{id}\" is not the id of a facility", "id", ps.Facility)
			continue
		case supplied[ps.Facility] != "":
			errs.Add(CodeTwoSupplies, at+".facility", "\"{facility}\" already draws from supply \"{supply}\"; a facility draws from one supply", "facility", ps.Facility, "supply", supplied[ps.Facility])
			continue
		}
		if prev, dup := claimed[si]; dup {
			errs.Add(CodePlantTaken, at+".facility", "\"{facility}\" already has the plant share plant_shares[{other}]; a facility draws from one supply", "facility", ps.Facility, "other", strconv.Itoa(prev))
			continue
		}
		claimed[si] = i
		s := sites[si]
		c := plantShare{site: si}
		entered := ps.Monthly != nil || ps.Operator != "" || ps.Supply != "" || ps.Technology != "" || ps.Factor != nil
		switch {
		case ps.Statement != nil && entered:
			errs.Add(CodePlantBoth, at, "give the operator's statement, or the monthly figures from its bill, not both")
			continue
		case ps.Statement == nil && !entered:
			errs.Add(CodeRequired, at+".statement", "give the operator's allocation statement, or the monthly green energy from its bill")
			continue
		}
		if ps.Statement == nil {
			if !checkEntered(errs, at, ps, s, *sp, &c) {
				continue
			}
			out = append(out, c)
			continue
		}
		st := ps.Statement
		sat := at + ".statement"
		if es := st.Check(sat); len(es) > 0 {
			*errs = append(*errs, es...)
			continue
		}
		c.st, c.hash, c.operator, c.supply = st, st.SHA256, st.Operator.Name, st.Supply.ID
		ok := true
		if org := entityKey(p.Organisation); org == "" || entityKey(st.User.Name) != org {
			errs.Add(CodeStatementCompany, sat+".user.name", "the statement is issued to {name}, but the reporting company is {org}", "name", st.User.Name, "org", p.Organisation)
			ok = false
		}
		y, _ := strconv.Atoi(st.Period.Start[:4])
		mo, _ := strconv.Atoi(st.Period.Start[5:])
		off := int(newSpan(y, time.Month(mo)).start.Sub(sp.start) / time.Hour) // statement hour 0 in project hours
		from, to := max(0, off), min(sp.hours, off+st.Period.Hours)
		if from >= to {
			errs.Add(CodeStatementPeriod, sat+".period.start", "the statement covers {start} for {hours} hours, none of them in the reporting period from {period}",
				"start", st.Period.Start, "hours", strconv.Itoa(st.Period.Hours), "period", sp.label[0])
			ok = false
		}
		if prev, dup := hashes[c.hash]; dup {
			errs.Add(CodeStatementDuplicate, sat, "is the statement of plant_shares[{other}] again: a statement is counted once", "other", strconv.Itoa(prev))
			ok = false
		}
		hashes[c.hash] = i
		key := entityKey(st.Operator.Name) + "\x00" + st.Supply.ID + "\x00" + entityKey(st.User.Name)
		for _, r := range byKey[key] {
			if from < r.to && r.from < to {
				errs.Add(CodeStatementOverlap, sat, "another statement of supply {supply} for the same company covers some of the same hours: energy is counted once", "supply", st.Supply.ID)
				ok = false
				break
			}
		}
		byKey[key] = append(byKey[key], issued{from, to})
		if !lineRate(errs, sat+".supply", st.Supply.Technology, factorOf(st.Supply.Factor), &c) || !ok {
			continue
		}
		c.estimate = strings.Contains(strings.Join(st.Flags, " "), FlagEstimate)
		c.hours = make([]int64, sp.hours)
		for h := from; h < to; h++ {
			g := st.Hourly.Green[h-off]
			if s.hours != nil {
				g = min(g, s.hours[h]) // never more than the facility's own metered hour
			}
			c.hours[h] = g
			c.green += g
			c.months[sp.month(h)] += g
		}
		out = append(out, c)
	}
	return out
}

func factorOf(f *StatementFactor) *CustomFactor {
	if f == nil {
		return nil
	}
	return &CustomFactor{Value: f.Value, Unit: f.Unit, Source: f.Source}
}

// lineRate checks the plant's technology and rate and sets c.ef.
func lineRate(errs *Errors, at, technology string, f *CustomFactor, c *plantShare) bool {
	if !technologies[technology] {
		errs.Add(CodeUnknown, at+".technology", "\"{value}\": choose solar, wind, hydro, biomass or mixed", "value", technology)
		return false
	}
	if f == nil {
		if technology == "mixed" {
			errs.Add(CodeRequired, at+".factor", "give the generator's emission rate: a mixed plant is not zero-emission")
			return false
		}
		return true
	}
	g, ok := customFactor(errs, at+".factor", *f)
	if ok {
		c.ef, _ = g.row.Unit.PerKWh(g.row.Value)
	}
	return ok
}

// checkEntered checks the monthly green energy entered from an operator's
// bill for site s.
func checkEntered(errs *Errors, at string, ps PlantShare, s site, sp span, c *plantShare) bool {
	ok := true
	for _, t := range []struct{ field, value, english string }{
		{"operator", ps.Operator, "name the company that runs the plant, as on the bill"},
		{"supply", ps.Supply, "name the plant, as on the bill"},
	} {
		checkText(errs, at+"."+t.field, t.value)
		if strings.TrimSpace(t.value) == "" {
			errs.Add(CodeRequired, at+"."+t.field, t.english)
			ok = false
		}
	}
	if !lineRate(errs, at, ps.Technology, ps.Factor, c) {
		ok = false
	}
	if len(ps.Monthly) != 12 {
		errs.Add(CodeMonths, at+".monthly", "has {count} figures; give the green kWh of all 12 months (0 for a month without)", "count", strconv.Itoa(len(ps.Monthly)))
		return false
	}
	var load [12]int64
	known := s.hours != nil || len(s.readings) == 12
	switch {
	case s.hours != nil:
		load = s.months
	case len(s.readings) == 12:
		copy(load[:], s.readings)
	}
	for mo, v := range ps.Monthly {
		field := at + ".monthly[" + strconv.Itoa(mo) + "]"
		wh, e := parseEnergy(v, "kWh")
		switch {
		case e != nil:
			errs.Put(field, *e)
			ok = false
		case known && wh > load[mo]:
			errs.Add(CodePlantMonthLoad, field, "is {value} kWh, more than the facility used in {month} ({load} kWh)",
				"value", whToKWh(wh), "month", sp.label[mo], "load", whToKWh(load[mo]))
			ok = false
		default:
			c.months[mo] = wh
			c.green += wh
		}
	}
	if !known && c.green > s.total {
		errs.Add(CodePlantLoad, at+".monthly", "add up to {value} kWh, more than the facility used ({load} kWh)", "value", whToKWh(c.green), "load", whToKWh(s.total))
		ok = false
	}
	c.operator, c.supply = strings.TrimSpace(ps.Operator), strings.TrimSpace(ps.Supply)
	return ok
}

// line is what the facility receives over the plant's direct line.
func (c plantShare) line() directLine {
	return directLine{green: c.green, fed: true, estimated: c.estimate, ef: c.ef, hours: c.hours, months: c.months}
}

// plantOf returns the checked plant share of site i, or nil.
func (m model) plantOf(i int) *plantShare {
	for k := range m.plants {
		if m.plants[k].site == i {
			return &m.plants[k]
		}
	}
	return nil
}

// claimMarket records in facility i's market-based figure where its
// direct-line energy comes from: the statement's hash in the trace and on
// the direct-line instrument, or the flag "entered".
func (m model) claimMarket(i int, mb *marketPart) {
	c := m.plantOf(i)
	if c == nil {
		return
	}
	var st Step
	var why Note
	id := "statement:" + c.hash
	if c.st != nil {
		st = step(CodeStepStatement, "Direct-line energy from the allocation statement {statement_sha256} of supply {supply}, issued by {operator}",
			"statement_sha256", c.hash, "supply", c.supply, "operator", c.operator)
		st.Formula = "Σ the statement's hourly green energy over the hours of the reporting period, each at most the facility's metered load in that hour"
		st.Inputs = []Quantity{{Name: "project_sha256", Value: c.st.ProjectSHA256}}
		why = reason(StatusMet, CodeQCStatement, "evidenced by the allocation statement {statement_sha256} of supply {supply}, issued by {operator}",
			"statement_sha256", c.hash, "supply", c.supply, "operator", c.operator)
	} else {
		st = step(CodeStepBill, "Direct-line energy of {supply} entered from the bill of {operator}; the allocation statement is missing",
			"supply", c.supply, "operator", c.operator)
		st.Formula = "Σ the twelve monthly figures entered"
		why = reason(StatusDisclosed, CodeQCEntered, "entered from the bill of {operator} for {supply}; the allocation statement is missing",
			"operator", c.operator, "supply", c.supply)
		id = "entered:" + c.supply
		mb.fig.Flags = mergeFlags(mb.fig.Flags, []string{FlagEntered})
	}
	st.Result = kWh(c.green)
	mb.fig.Trace = append([]Step{st}, mb.fig.Trace...)
	for k := range mb.instruments {
		if in := &mb.instruments[k]; in.Kind == "direct-line" {
			in.ID = id
			in.Reasons = append(in.Reasons, why)
		}
	}
}

// claimCBAM names the evidence of the direct technical connection in
// facility i's CBAM electricity basis.
func (m model) claimCBAM(i int, b *cbamBasis) {
	c := m.plantOf(i)
	if c == nil || c.green == 0 {
		return
	}
	if c.st == nil {
		b.basis = append(b.basis, note(CodeBasisEntered, "the direct-line energy is entered from the bill of {operator} for {supply}; the allocation statement that evidences the direct technical connection is missing",
			"operator", c.operator, "supply", c.supply))
		b.flags = mergeFlags(b.flags, []string{FlagEntered})
		return
	}
	b.basis = append(b.basis, note(CodeBasisStatement, "direct technical connection evidenced by the allocation statement {statement_sha256}", "statement_sha256", c.hash))
}

// claimEvidence lists the evidence of facility i's plant share in its result.
func (m model) claimEvidence(i int, fr *FacilityResult) {
	c := m.plantOf(i)
	if c == nil {
		return
	}
	if c.st == nil {
		fr.Evidence = append(fr.Evidence, note(NoteStatementMissing, "The allocation statement of {supply} from {operator} is missing: the {green} kWh of green energy are entered from its bill.",
			"operator", c.operator, "supply", c.supply, "green", whToKWh(c.green)))
		if fr.Matching != nil {
			fr.Matching.Flags = mergeFlags(fr.Matching.Flags, []string{FlagEntered})
		}
		return
	}
	fr.Evidence = append(fr.Evidence, note(NoteStatement, "Allocation statement {statement_sha256} of supply {supply}, issued by {operator} from its project file {project_sha256}: {green} kWh of green energy in the reporting period.",
		"statement_sha256", c.hash, "project_sha256", c.st.ProjectSHA256, "operator", c.operator, "supply", c.supply, "green", whToKWh(c.green)))
}
