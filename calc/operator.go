package calc

import (
	"strconv"
	"strings"
	"time"

	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/shopspring/decimal"
)

// Codes of the problems an operator's project can have.
const (
	CodeUSCC            = "uscc.check"          // not a unified social credit code with a valid check character
	CodeEntityTwoCodes  = "entity.two_codes"    // one company given two codes
	CodeEntityCodeTwice = "entity.code_twice"   // one code given to two companies
	CodeExportCap       = "supply.export_cap"   // an export cap above 100 %
	CodeCurtailFrom     = "curtailment.from"    // a daily window that does not start on an hour
	CodeCurtailTo       = "curtailment.to"      // a daily window that does not end on an hour
	CodeCurtailHour     = "curtailment.hour"    // not the start of an hour
	CodeCurtailOutside  = "curtailment.outside" // an hour outside the reporting period
)

// Curtailment marks the hours the provincial energy authority names as
// hard for the grid to absorb renewable output (新能源消纳困难时段): a
// grid-connected direct-connection project must not export in them
// (发改能源〔2026〕688号 三(六); 〔2025〕650号 (十一)). Either list or both
// may be given.
type Curtailment struct {
	Daily *DailyWindow `json:"daily,omitempty"` // the same hours every day
	Hours []string     `json:"hours,omitempty"` // single hours, by their local start: "2026-03-05T12:00"
}

// A DailyWindow is a span of whole hours every day, local time, from From
// up to, not including, To: "11:00" to "14:00" is three hours. "24:00"
// ends at midnight; a window that ends before it starts runs over
// midnight.
type DailyWindow struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// operator is what the check found of a supply's users as companies and
// of the province's rules for it.
type operator struct {
	entities  int             // distinct legal entities among the users
	capText   string          // the provincial export cap as entered, percent; "" for none
	exportCap decimal.Decimal // the same, exact
	curtail   []bool          // by hour of the period: a curtailment hour; nil when none is marked
}

// entityKey is the name of a legal entity as compared: spaces at the ends
// and runs of spaces inside do not count, nor does letter case.
func entityKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// checkOperator checks the users' entities and codes, the export cap and
// the curtailment periods of supply s, and records them in f. org names
// users who give no entity of their own.
func checkOperator(errs *Errors, at, org string, s Supply, sp *span, f *feed) bool {
	ok := true
	bad := func(code, field, english string, params ...string) {
		errs.Add(code, at+field, english, params...)
		ok = false
	}
	names := map[string]bool{}
	codeOf := map[string]string{} // entity key → USCC
	nameOf := map[string]string{} // USCC → entity key
	for u, user := range s.Users {
		uat := "." + index("users", u)
		checkText(errs, at+uat+".entity", user.Entity)
		name := user.Entity
		if strings.TrimSpace(name) == "" {
			name = org
		}
		key := entityKey(name)
		names[key] = true
		if user.USCC == "" {
			continue
		}
		code := strings.ToUpper(strings.TrimSpace(user.USCC))
		if !ValidUSCC(code) {
			bad(CodeUSCC, uat+".uscc", "{value} is not a unified social credit code: 18 characters whose last is the check character of GB 32100-2015", "value", user.USCC)
			continue
		}
		if prev, seen := codeOf[key]; seen && prev != code {
			bad(CodeEntityTwoCodes, uat+".uscc", "{name} is given the codes {code} and {other}; one legal entity has one code", "name", name, "code", prev, "other", code)
		}
		if prev, seen := nameOf[code]; seen && prev != key {
			bad(CodeEntityCodeTwice, uat+".entity", "the code {code} is also given to {other}; one code is one legal entity", "code", code, "other", prev)
		}
		codeOf[key], nameOf[code] = code, key
	}
	f.entities = len(names)
	if s.ExportCap != "" {
		v, e := parseDecimal(s.ExportCap)
		switch {
		case e != nil:
			errs.Put(at+".export_cap", *e)
			ok = false
		case v.GreaterThan(decimal.NewFromInt(100)):
			bad(CodeExportCap, ".export_cap", "{value} % is more than 100 %", "value", s.ExportCap)
		default:
			f.capText, f.exportCap = strings.TrimSpace(s.ExportCap), v
		}
	}
	if c := s.Curtailment; c != nil && sp != nil {
		f.curtail = make([]bool, sp.hours)
		if w := c.Daily; w != nil {
			from, okFrom := wholeHour(w.From)
			to, okTo := wholeHour(w.To)
			if !okFrom || from == 24 {
				bad(CodeCurtailFrom, ".curtailment.daily.from", "{value} is not the start of an hour; write HH:00 from 00:00 to 23:00", "value", w.From)
			}
			if !okTo || to == 0 {
				bad(CodeCurtailTo, ".curtailment.daily.to", "{value} is not the end of an hour; write HH:00 from 01:00 to 24:00", "value", w.To)
			}
			if okFrom && okTo && from != to {
				for h := range f.curtail {
					hod := h % 24 // every day has 24 hours (period.go)
					f.curtail[h] = (from < to && hod >= from && hod < to) || (from > to && (hod >= from || hod < to))
				}
			}
		}
		for i, hs := range c.Hours {
			field := ".curtailment." + index("hours", i)
			t, err := time.Parse("2006-01-02T15:04", hs)
			if err != nil || t.Minute() != 0 {
				bad(CodeCurtailHour, field, "{value} is not the start of an hour; write YYYY-MM-DDTHH:00", "value", hs)
				continue
			}
			h := int(t.Sub(sp.start) / time.Hour)
			if t.Before(sp.start) || h >= sp.hours {
				bad(CodeCurtailOutside, field, "{value} is outside the reporting period", "value", hs)
				continue
			}
			f.curtail[h] = true
		}
	}
	return ok
}

// wholeHour reads "HH:00", 00 to 24.
func wholeHour(s string) (int, bool) {
	if len(s) != 5 || s[2] != ':' || s[3:] != "00" {
		return 0, false
	}
	h, err := strconv.Atoi(s[:2])
	return h, err == nil && h >= 0 && h <= 24 && s[0] >= '0' && s[0] <= '9'
}

// A PolicyCheck is one requirement of a direct-connection notice that is
// not a ratio (those are in Ratios): the number of legal entities among
// the users, export in curtailment hours, the hourly resolution of the
// split. Figure is what the project has, in Unit; the comparison is exact.
type PolicyCheck struct {
	Code         string            `json:"code"`   // "policy." + Metric
	Params       map[string]string `json:"params"` // comparator, figure, threshold, unit
	Message      string            `json:"message"`
	Metric       string            `json:"metric"`
	Figure       string            `json:"figure"`
	Unit         string            `json:"unit"`
	Comparator   string            `json:"comparator"`
	Threshold    string            `json:"threshold"`
	Met          bool              `json:"met"`
	InForce      bool              `json:"in_force"`
	AppliesFrom  string            `json:"applies_from"`
	Policy       string            `json:"policy"`
	Clause       string            `json:"clause"`
	Verification string            `json:"verification"`
}

// Metrics of the notices' non-ratio requirements, as named in calc/policy's data.
const (
	MetricEntities       = "number_of_distinct_legal_entity_users"
	MetricCurtailExport  = "grid_export_during_renewable_curtailment_periods"
	MetricHourlyTraced   = "green_electricity_traceability_time_resolution"
	providedByUser       = "provincial cap entered by the user"
	verificationEntered  = "custom"
	noMeteredHoursFigure = "none"
)

// policyWords are the English wordings of the checks.
var policyWords = map[string]string{
	MetricEntities:      "{figure} distinct legal entities among the users; the notice asks {comparator} {threshold}",
	MetricCurtailExport: "{figure} kWh exported in the curtailment hours; the notice asks {comparator} {threshold} {unit}",
	MetricHourlyTraced:  "the split's resolution in metered energy: {figure} {unit} (none when hours are synthesized); the notice asks {comparator} {threshold} {unit}",
}

// operatorChecks adds to r the notice's requirements that are not ratios,
// and the provincial export cap when one is entered. exported is the
// energy exported over the period, curtailExported that exported in
// curtailment hours; estimate says whether any hour was synthesized.
func (f feed) operatorChecks(r *SupplyResult, kind policy.ProjectKind, periodEnd string, exported, curtailExported, gen int64, estimate bool) {
	for _, t := range policy.Default().Thresholds {
		if t.Document.ProjectKind != kind || !t.Numeric || t.Target {
			continue
		}
		var figure decimal.Decimal
		shown := ""
		switch t.Metric {
		case MetricEntities:
			figure = decimal.NewFromInt(int64(f.entities))
		case MetricCurtailExport:
			if f.curtail == nil {
				continue // no hour is marked: nothing to check
			}
			if f.Surplus == "curtailed" {
				curtailExported = 0
			}
			figure, shown = decimal.New(curtailExported, -3), whToKWh(curtailExported)
		case MetricHourlyTraced:
			// The split is made every hour; it traces metered energy only
			// when no hour was synthesized.
			figure = decimal.NewFromInt(1)
			if estimate {
				shown = noMeteredHoursFigure
			}
		default:
			continue
		}
		if shown == "" {
			shown = figure.String()
		}
		n := note("policy."+t.Metric, policyWords[t.Metric], "comparator", string(t.Comparator), "figure", shown, "threshold", t.Value, "unit", t.Unit)
		r.Checks = append(r.Checks, PolicyCheck{
			Code: n.Code, Params: n.Params, Message: n.Message, Metric: t.Metric, Figure: shown, Unit: t.Unit,
			Comparator: string(t.Comparator), Threshold: t.Value,
			Met:     shown != noMeteredHoursFigure && t.Comparator.Holds(figure, t.Number),
			InForce: t.AppliesFrom <= periodEnd, AppliesFrom: t.AppliesFrom,
			Policy: t.Policy, Clause: t.Note, Verification: t.Verification,
		})
	}
	if f.capText == "" {
		return
	}
	for i := range r.Ratios {
		ra := &r.Ratios[i]
		if ra.Metric != MetricExported {
			continue
		}
		clause := ""
		for j := range ra.Checks {
			c := &ra.Checks[j]
			clause = c.Clause
			c.Overridden, c.InForce = true, false
		}
		part, whole := decimal.NewFromInt(exported).Shift(2), decimal.NewFromInt(gen)
		ra.Checks = append(ra.Checks, ThresholdCheck{
			Comparator: string(policy.AtMost), Threshold: f.capText,
			Met:     gen != 0 && policy.AtMost.Holds(part, f.exportCap.Mul(whole)),
			InForce: true, Policy: providedByUser, Clause: clause, Verification: verificationEntered,
		})
	}
}

// otherCompanies returns the facilities that are supply users of another
// legal entity than the reporting organisation (an operator's project
// meters its users): their figures are computed, but they are not the
// organisation's emissions and stay out of its totals.
func (m model) otherCompanies() map[int]bool {
	byID := map[string]int{}
	for i, s := range m.sites {
		byID[s.ID] = i
	}
	org := entityKey(m.Organisation)
	out := map[int]bool{}
	for _, s := range m.Supplies {
		for _, u := range s.Users {
			if i, known := byID[u.Facility]; known && strings.TrimSpace(u.Entity) != "" && entityKey(u.Entity) != org {
				out[i] = true
			}
		}
	}
	return out
}
