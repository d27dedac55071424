package calc

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/greenline-calc/greenline/calc/codec"
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/internal/problem"
)

// StatementFormat is the version of the allocation statement format this
// code writes and reads (docs/statement-format.md).
const StatementFormat = 1

// MaxStatementBytes bounds one statement file: two series of a leap year's
// hours at the largest reading are about 300 KB.
const MaxStatementBytes = 2 << 20

// Codes of the problems a statement can have.
const (
	CodeStatementFormat    = "statement.format"     // not a statement of a version this code reads
	CodeStatementHash      = "statement.hash"       // its own SHA-256 does not match its content
	CodeStatementSpan      = "statement.span"       // its period's hours disagree with its start
	CodeStatementHours     = "statement.hours"      // not one green and one load value per hour, in kWh
	CodeStatementOverLoad  = "statement.over_load"  // more green energy in an hour than the load
	CodeStatementMonths    = "statement.months"     // not twelve months
	CodeStatementMonthSum  = "statement.month_sum"  // a month that is not the sum of its hours
	CodeStatementYearSum   = "statement.annual_sum" // totals that are not the sum of the hours
	CodeStatementCompany   = "statement.company"    // issued to another company
	CodeStatementPeriod    = "statement.period"     // no hour in the reporting period
	CodeStatementDuplicate = "statement.duplicate"  // the same statement claimed twice
	CodeStatementOverlap   = "statement.overlap"    // two statements of one plant for the same hours
	CodeStatementProject   = "statement.project"    // issued from another project file
	CodeStatementSplit     = "statement.split"      // an hour that is not the project's split
	CodeStatementDiffers   = "statement.differs"    // a part that is not what the project issues
	CodeStatementTwice     = "statement.twice"      // two statement files for one user
	CodeStatementMissing   = "statement.missing"    // a user of the project has no statement
	CodeStatementUnknown   = "statement.unknown"    // names a supply or user the project does not have
)

// A Statement is what the responsible unit of a direct-connection project
// (主责单位) issues to one user: the user's green energy in every hour as
// the project's rule split it, the user's metered load, the supply and the
// plant's policy results, the SHA-256 of the operator's project file it
// comes from and its own SHA-256 over its canonical form.
//
// The fields are declared in the order of their JSON names, at every
// level, so that encoding/json writes the keys sorted: the canonical form
// (docs/statement-format.md) is what Canonical writes.
type Statement struct {
	Annual        StatementTotals  `json:"annual"`
	Flags         []string         `json:"flags,omitempty"` // "estimate" when an hour was synthesized
	Hourly        StatementHours   `json:"hourly"`
	Monthly       []StatementMonth `json:"monthly"`
	Operator      Party            `json:"operator"`
	Period        StatementPeriod  `json:"period"`
	Plant         StatementPlant   `json:"plant"`
	ProjectSHA256 string           `json:"project_sha256"` // of the operator's project file, its bytes as given
	Rule          StatementRule    `json:"rule"`
	Format        int              `json:"statement_format"`
	SHA256        string           `json:"statement_sha256,omitempty"` // of the canonical form without this field
	Supply        StatementSupply  `json:"supply"`
	User          Party            `json:"user"`
}

// A Party is a company named in a statement: the responsible unit that
// issues it, or the user it is issued to, with the facility (meter) id the
// operator's project gives its load.
type Party struct {
	Facility string `json:"facility,omitempty"`
	Name     string `json:"name"`
	USCC     string `json:"uscc,omitempty"`
}

// StatementTotals are a user's energy over the period, in kWh.
type StatementTotals struct {
	Green    string `json:"green"`    // allocated from the supply
	Load     string `json:"load"`     // metered
	Residual string `json:"residual"` // load − green: from the grid
}

// StatementHours are the user's green energy and metered load in every
// hour of the period, hour 0 starting at Period.FirstHour.
type StatementHours struct {
	Green KWhSeries `json:"green"`
	Load  KWhSeries `json:"load"`
	Unit  string    `json:"unit"` // "kWh"
}

// A StatementMonth is one month of the user's energy, in kWh.
type StatementMonth struct {
	Green string `json:"green"`
	Load  string `json:"load"`
	Month string `json:"month"` // YYYY-MM
}

// A StatementPeriod is the reporting period of the operator's project.
type StatementPeriod struct {
	FirstHour string `json:"first_hour"` // local time of hour 0, "2026-01-01T00:00"
	Hours     int    `json:"hours"`
	Start     string `json:"start"` // YYYY-MM
}

// StatementPlant is the plant's side of the period: its energy in kWh and
// the policy checks of the whole project.
type StatementPlant struct {
	Allocated   string           `json:"allocated"`
	Checks      []StatementCheck `json:"checks"`
	Entities    int              `json:"entities"`
	Generation  string           `json:"generation"`
	Surplus     string           `json:"surplus"`
	SurplusFate string           `json:"surplus_fate"`
	Users       int              `json:"users"`
}

// A StatementCheck is one of the plant's policy checks: a ratio against a
// threshold or another requirement, with its figure and clause.
type StatementCheck struct {
	Clause       string `json:"clause"`
	Comparator   string `json:"comparator"`
	Figure       string `json:"figure"`
	InForce      bool   `json:"in_force"`
	Met          bool   `json:"met"`
	Metric       string `json:"metric"`
	Overridden   bool   `json:"overridden,omitempty"`
	Policy       string `json:"policy"`
	Target       bool   `json:"target,omitempty"`
	Threshold    string `json:"threshold"`
	Unit         string `json:"unit"`
	Verification string `json:"verification"`
}

// StatementRule is the supply's allocation rule and the user's own
// parameter of it.
type StatementRule struct {
	Name     string `json:"name"` // RuleProRata, RuleFixedShares or RulePriority
	Priority int    `json:"priority,omitempty"`
	Reoffer  bool   `json:"reoffer,omitempty"`
	Share    string `json:"share,omitempty"`
}

// StatementSupply names the plant.
type StatementSupply struct {
	Factor     *StatementFactor `json:"factor,omitempty"` // the generator's rate; none for a renewable plant
	ID         string           `json:"id"`
	Kind       string           `json:"kind"`
	Location   string           `json:"location,omitempty"`
	Name       string           `json:"name,omitempty"`
	Technology string           `json:"technology"`
}

// A StatementFactor is the generator's emission rate as the operator gave it.
type StatementFactor struct {
	Source string `json:"source"`
	Unit   string `json:"unit"`
	Value  string `json:"value"`
}

// KWhSeries is energy in whole watt-hours, written in JSON as kWh strings
// with three decimals ("12.345").
type KWhSeries []int64

// MarshalJSON writes the series as kWh strings with three decimals.
func (k KWhSeries) MarshalJSON() ([]byte, error) { return appendSeries(nil, k), nil }

// UnmarshalJSON reads kWh strings, at most three decimals, none negative.
func (k *KWhSeries) UnmarshalJSON(data []byte) error {
	out, err := kwhFromJSON(data)
	if err != nil {
		return err
	}
	*k = out
	return nil
}

// A kwhError is why a JSON value is not a KWhSeries: a value of the wrong
// kind (Found, at encoding/json's Offset in the value), or a string that is
// no kWh figure (Detail).
type kwhError struct {
	codec.TypeError
	Detail string
}

func (e *kwhError) Error() string {
	if e.Detail != "" {
		return e.Detail
	}
	return "expected " + e.Expected + ", found a JSON " + e.Found
}

// kwhFromJSON reads a KWhSeries from one JSON value as its UnmarshalJSON
// did with encoding/json: a list of strings (null for none), then each a
// kWh figure.
func kwhFromJSON(data []byte) (KWhSeries, *kwhError) {
	r := codec.NewReader(data)
	var s []string
	if !r.Run(func() {
		if r.Null() {
			return
		}
		if r.Array() {
			for r.Next() {
				s = append(s, "")
				r.String(&s[len(s)-1])
			}
		}
	}) {
		return nil, &kwhError{Detail: "not JSON"}
	}
	if r.Type != nil {
		return nil, &kwhError{TypeError: *r.Type}
	}
	out := make(KWhSeries, len(s))
	for i, v := range s {
		wh, e := parseWh(v, "kWh", maxHourWh)
		if e != nil {
			return nil, &kwhError{Detail: "[" + strconv.Itoa(i) + "]: " + e.Message}
		}
		out[i] = wh
	}
	return out, nil
}

// decKWhSeries reads a KWhSeries as encoding/json did through its
// UnmarshalJSON, whose error stopped the decoding: a value of the wrong
// kind is named by the path at its offset in the series' own text (as
// encoding/json's error gave it) or else by the fields above it.
func decKWhSeries(r *codec.Reader, v *KWhSeries) {
	fields := r.Keys()
	raw := r.Raw()
	if r.Fatal != nil {
		return
	}
	k, e := kwhFromJSON(raw)
	switch {
	case e == nil:
		*v = k
	case e.Detail != "":
		r.Fatal = problem.New(CodeUnreadable, "the project cannot be read: {detail}", "detail", e.Detail)
	default:
		field := fields
		if p := r.PathAt(e.Offset); p != "" {
			field = p
		}
		r.Fatal = problem.New(CodeType, "has the wrong type: expected {expected}, found a JSON {found}",
			"expected", e.Expected, "found", e.Found).At(field)
	}
}

// Canonical returns the statement's canonical form: its JSON with the keys
// sorted, no space outside strings, strings escaped as encoding/json does
// without HTML escaping, and statement_sha256 left out.
func (s Statement) Canonical() []byte { return s.encode("") }

// Hash returns the SHA-256 of the statement's canonical form, in lower-case hex.
func (s Statement) Hash() string {
	sum := sha256.Sum256(s.Canonical())
	return hex.EncodeToString(sum[:])
}

// Seal sets the statement's own hash.
func (s *Statement) Seal() { s.SHA256 = s.Hash() }

// EncodeStatement returns the statement file: the canonical form with the
// statement's hash as it stands (Seal sets it), and a newline.
func EncodeStatement(s Statement) []byte { return append(s.encode(s.SHA256), '\n') }

// encode writes the statement as the canonical form does, with hash as
// its statement_sha256 (left out when empty).
func (s Statement) encode(hash string) []byte {
	s.SHA256 = hash
	return encStatement(make([]byte, 0, 4096+12*(len(s.Hourly.Green)+len(s.Hourly.Load))), &s)
}

// appendSeries appends watt-hours as a JSON array of kWh strings.
func appendSeries(b []byte, k KWhSeries) []byte {
	b = append(b, '[')
	for i, wh := range k {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		if wh < 0 { // never in a checked statement; kept exact all the same
			b, wh = append(b, '-'), -wh
		}
		b = appendKWh(b, wh)
		b = append(b, '"')
	}
	return append(b, ']')
}

// DecodeStatement reads a statement file. It refuses oversized input, a
// key given twice (or twice up to case) in one object, a key in another
// case than its field's, unknown fields (named with their object's path)
// and trailing data, as Decode does a project; its content is checked by
// Check.
func DecodeStatement(data []byte) (Statement, error) {
	var s Statement
	if len(data) > MaxStatementBytes {
		var errs Errors
		errs.Add(CodeInputTooBig, "", "the statement is {bytes} bytes; at most {max} are accepted", "bytes", strconv.Itoa(len(data)), "max", strconv.Itoa(MaxStatementBytes))
		return s, errs
	}
	errs := decode(data, &tyStatement, func(r *codec.Reader) { decStatement(r, &s) })
	if watchDecodeStatement != nil {
		watchDecodeStatement(data, s, errs)
	}
	if errs != nil {
		return s, errs
	}
	return s, nil
}

// watchDecodeStatement, when set (by the tests), sees every statement
// DecodeStatement reads and what it made of it.
var watchDecodeStatement func(data []byte, s Statement, errs Errors)

// Check checks a statement on its own: its version, its own hash, and that
// its hours, months and totals agree. at prefixes the field paths.
func (s Statement) Check(at string) Errors {
	var errs Errors
	if at != "" {
		at += "."
	}
	if s.Format != StatementFormat {
		errs.Add(CodeStatementFormat, at+"statement_format", "is {value}; this version of Greenline reads statement format {want}",
			"value", strconv.Itoa(s.Format), "want", strconv.Itoa(StatementFormat))
		return errs
	}
	if h := s.Hash(); s.SHA256 != h {
		errs.Add(CodeStatementHash, at+"statement_sha256", "is {value}, but the statement's content hashes to {want}: the statement was changed after it was issued",
			"value", s.SHA256, "want", h)
	}
	bad := func(code, field, english string, params ...string) {
		errs.Add(code, at+field, english, params...)
	}
	if !isMonth(s.Period.Start) {
		bad(CodeMonth, "period.start", "\"{value}\" is not a month; write YYYY-MM", "value", s.Period.Start)
		return errs
	}
	y, _ := strconv.Atoi(s.Period.Start[:4])
	mo, _ := strconv.Atoi(s.Period.Start[5:])
	sp := newSpan(y, time.Month(mo))
	if s.Period.Hours != sp.hours || s.Period.FirstHour != sp.start.Format("2006-01-02T15:04") {
		bad(CodeStatementSpan, "period", "gives {hours} hours from {first}; a period starting {start} has {want} hours from {want_first}",
			"hours", strconv.Itoa(s.Period.Hours), "first", s.Period.FirstHour, "start", s.Period.Start, "want", strconv.Itoa(sp.hours), "want_first", sp.start.Format("2006-01-02T15:04"))
		return errs
	}
	if s.Hourly.Unit != "kWh" || len(s.Hourly.Green) != sp.hours || len(s.Hourly.Load) != sp.hours {
		bad(CodeStatementHours, "hourly", "must give {want} hours of green energy and of load in kWh", "want", strconv.Itoa(sp.hours))
		return errs
	}
	var green, load int64
	var months [12][2]int64
	for h, g := range s.Hourly.Green {
		l := s.Hourly.Load[h]
		if g > l {
			bad(CodeStatementOverLoad, "hourly.green["+strconv.Itoa(h)+"]", "is {green} kWh, more than the hour's load of {load} kWh", "green", whToKWh(g), "load", whToKWh(l))
			return errs
		}
		green, load = green+g, load+l
		m := sp.month(h)
		months[m][0] += g
		months[m][1] += l
	}
	if len(s.Monthly) != 12 {
		bad(CodeStatementMonths, "monthly", "has {count} months; a statement gives 12", "count", strconv.Itoa(len(s.Monthly)))
		return errs
	}
	for m, x := range s.Monthly {
		want := StatementMonth{Green: whToKWh(months[m][0]), Load: whToKWh(months[m][1]), Month: sp.label[m]}
		if x != want {
			bad(CodeStatementMonthSum, index("monthly", m), "gives {month}: green {green} kWh, load {load} kWh; its hours add up to {want_month}: green {want_green} kWh, load {want_load} kWh",
				"month", x.Month, "green", x.Green, "load", x.Load, "want_month", want.Month, "want_green", want.Green, "want_load", want.Load)
			break // the first month that disagrees says enough
		}
	}
	if want := totals(green, load); s.Annual != want {
		bad(CodeStatementYearSum, "annual", "gives green {green} kWh, load {load} kWh, residual {residual} kWh; its hours add up to green {want_green} kWh, load {want_load} kWh, residual {want_residual} kWh",
			"green", s.Annual.Green, "load", s.Annual.Load, "residual", s.Annual.Residual, "want_green", want.Green, "want_load", want.Load, "want_residual", want.Residual)
	}
	return errs
}

func totals(green, load int64) StatementTotals {
	return StatementTotals{Green: whToKWh(green), Load: whToKWh(load), Residual: whToKWh(load - green)}
}

// Statements computes the statement of every user of every supply of a
// project file, in supply and user order, with the file's SHA-256.
func Statements(data []byte, lib *factors.Library) ([]Statement, error) {
	sts, _, err := IssueStatements(data, lib)
	return sts, err
}

// IssueStatements is Statements with each statement's file, as
// EncodeStatement writes it.
func IssueStatements(data []byte, lib *factors.Library) ([]Statement, [][]byte, error) {
	p, err := Decode(data)
	if err != nil {
		return nil, nil, err
	}
	m, errs := check(p, lib)
	if len(errs) > 0 {
		return nil, nil, errs
	}
	sum := sha256.Sum256(data)
	sts, files := m.statements(hex.EncodeToString(sum[:]))
	return sts, files, nil
}

// formatMark ends the statement's version in its canonical form, where
// its own hash goes.
var formatMark = []byte(`"statement_format":` + strconv.Itoa(StatementFormat))

// statements issues the statements of a checked project whose file hashes
// to project, and their files.
func (m model) statements(project string) ([]Statement, [][]byte) {
	if m.span == nil { // no period: no supply either
		return nil, nil
	}
	sp := *m.span
	var out []Statement
	var files [][]byte
	for _, f := range m.feeds {
		res, _, byUser, byMonth := f.run(sp, m.sites, false, true)
		plant := StatementPlant{Allocated: res.Allocated.Value, Entities: f.entities, Generation: res.Generation.Value,
			Surplus: res.Surplus.Value, SurplusFate: res.Fate, Users: len(f.users), Checks: []StatementCheck{}}
		for _, r := range res.Ratios {
			for _, c := range r.Checks {
				plant.Checks = append(plant.Checks, StatementCheck{Clause: c.Clause, Comparator: c.Comparator, Figure: r.Share.Percent,
					InForce: c.InForce, Met: c.Met, Metric: r.Metric, Overridden: c.Overridden, Policy: c.Policy, Target: c.Target,
					Threshold: c.Threshold, Unit: "%", Verification: c.Verification})
			}
		}
		for _, c := range res.Checks {
			plant.Checks = append(plant.Checks, StatementCheck{Clause: c.Clause, Comparator: c.Comparator, Figure: c.Figure,
				InForce: c.InForce, Met: c.Met, Metric: c.Metric, Policy: c.Policy, Threshold: c.Threshold, Unit: c.Unit, Verification: c.Verification})
		}
		supply := StatementSupply{ID: f.ID, Kind: f.Kind, Location: f.Location, Name: f.Name, Technology: f.Technology}
		if f.Factor != nil {
			supply.Factor = &StatementFactor{Source: strings.TrimSpace(f.Factor.Source), Unit: f.Factor.Unit, Value: f.Factor.Value}
		}
		for u, si := range f.users {
			s, user := m.sites[si], f.Users[u]
			name := user.Entity
			if strings.TrimSpace(name) == "" {
				name = m.Organisation
			}
			st := Statement{
				Format: StatementFormat, ProjectSHA256: project,
				Operator: Party{Name: m.Organisation},
				User:     Party{Facility: s.ID, Name: name, USCC: strings.ToUpper(strings.TrimSpace(user.USCC))},
				Supply:   supply,
				Rule:     StatementRule{Name: f.Rule, Priority: user.Priority, Reoffer: f.Reoffer, Share: user.Share},
				Period:   StatementPeriod{FirstHour: sp.start.Format("2006-01-02T15:04"), Hours: sp.hours, Start: sp.label[0]},
				Hourly:   StatementHours{Green: byUser[u], Load: s.hours, Unit: "kWh"},
				Annual:   totals(sumWh(byUser[u]), s.total),
				Plant:    plant,
			}
			if len(res.Flags) > 0 {
				st.Flags = append([]string(nil), res.Flags...)
			}
			for mo := range 12 {
				st.Monthly = append(st.Monthly, StatementMonth{Green: whToKWh(byMonth[u][mo]),
					Load: whToKWh(s.months[mo]), Month: sp.label[mo]})
			}
			// One encoding gives both the hash and the file: the hash
			// goes right after the version, keys being sorted. The
			// version's key comes after the hours (sorted keys again),
			// so it is sought from the end; inside a string its quotes
			// would be escaped, so it is found only as the key.
			canon := st.encode("")
			sum := sha256.Sum256(canon)
			st.SHA256 = hex.EncodeToString(sum[:])
			j := bytes.LastIndex(canon, formatMark) + len(formatMark)
			file := make([]byte, 0, len(canon)+len(st.SHA256)+23)
			file = append(file, canon[:j]...)
			file = append(file, `,"statement_sha256":"`+st.SHA256+`"`...)
			file = append(append(file, canon[j:]...), '\n')
			out, files = append(out, st), append(files, file)
		}
	}
	return out, files
}

func sumWh(x []int64) int64 {
	var t int64
	for _, v := range x {
		t += v
	}
	return t
}
