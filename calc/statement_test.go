package calc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// yearOf is a year of hourly kWh readings for a period starting in
// January 2025 (8,760 hours), zero except the hours given.
func yearOf(at map[int]string) *Series {
	v := make([]string, 8760)
	for h := range v {
		v[h] = "0"
	}
	for h, x := range at {
		v[h] = x
	}
	return &Series{StepMinutes: 60, Values: v}
}

// threeCompanies is a park's project: one solar plant generating 100 kWh
// in hour 0 and 31 kWh in hour 1, shared by three companies with loads
// A 50, 20, 10; B 30, 10, 10; C 10, 30, 0 kWh in hours 0, 1, 2.
func threeCompanies(rule string, reoffer bool, users []SupplyUser) Project {
	p := Project{Format: 1, Organisation: "Green Park Energy Co.", Period: &Period{Start: "2025-01"},
		Supplies: []Supply{{ID: "roof", Name: "Park rooftop solar", Kind: "microgrid", Technology: "solar", Unit: "kWh", Location: "Suzhou, Jiangsu",
			Generation: yearOf(map[int]string{0: "100", 1: "31"}), Rule: rule, Reoffer: reoffer, Surplus: "exported", Users: users}}}
	loads := map[string]map[int]string{
		"a": {0: "50", 1: "20", 2: "10"},
		"b": {0: "30", 1: "10", 2: "10"},
		"c": {0: "10", 1: "30"},
	}
	for _, id := range []string{"a", "b", "c"} {
		p.Facilities = append(p.Facilities, Facility{ID: id, Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"},
			Electricity: Electricity{Unit: "kWh", Hourly: yearOf(loads[id])}})
	}
	return p
}

var companies = map[string]string{"a": "Alpha Cables Ltd.", "b": "Beta Transformers Co.", "c": "Gamma Pumps Co."}

func user(facility string) SupplyUser {
	return SupplyUser{Facility: facility, Entity: companies[facility]}
}

func withShare(u SupplyUser, share string) SupplyUser { u.Share = share; return u }
func withPrio(u SupplyUser, p int) SupplyUser         { u.Priority = p; return u }

// userProject is one company's own assessment: its facility with the
// same meter as in the park's project, and the statement it was issued.
func userProject(op Project, facility string, st *Statement) Project {
	var f Facility
	for _, x := range op.Facilities {
		if x.ID == facility {
			f = x
		}
	}
	f.ID = "works"
	return Project{Format: 1, Organisation: companies[facility], Period: op.Period, Facilities: []Facility{f},
		PlantShares: []PlantShare{{Facility: "works", Statement: st}}}
}

// The three rules, worked by hand (kWh; Wh where the split has a remainder):
//
// pro rata: hour 0, 100 ≥ 90 of load: each takes its load (50, 30, 10),
// 10 left. Hour 1, 31 among loads 20, 10, 30 of 60: 31000·20/60 = 10333
// rest 20000, 31000·10/60 = 5166 rest 40000, 31000·30/60 = 15500; one Wh
// left goes to the largest remainder, B: 10.333, 5.167, 15.500.
//
// fixed shares 0.2, 0.5, 0.3, re-offered: hour 0, entitlements 20, 50, 30
// give 20, 30, 10; the 40 left go to A's unmet 30: A 50. Hour 1,
// entitlements 6.2, 15.5, 9.3 give 6.2, 10, 9.3; the 5.5 left are split
// by unmet loads 13.8 and 20.7: 2.2 and 3.3: A 8.4, B 10, C 12.6.
// Without re-offer: A 20 + 6.2, B 30 + 10, C 10 + 9.3.
//
// priority C, A, B: hour 0, C 10, A 50, B 30; hour 1, C 30, A 1, B 0.
func TestThreeCompanies(t *testing.T) {
	for _, c := range []struct {
		name    string
		rule    string
		reoffer bool
		users   []SupplyUser
		green   map[string]string // over the year
		hour1   map[string]string
		surplus string
	}{
		{"pro-rata", RuleProRata, false, []SupplyUser{user("a"), user("b"), user("c")},
			map[string]string{"a": "60.333", "b": "35.167", "c": "25.500"}, map[string]string{"a": "10.333", "b": "5.167", "c": "15.500"}, "10.000"},
		{"fixed shares re-offered", RuleFixedShares, true, []SupplyUser{withShare(user("a"), "0.2"), withShare(user("b"), "0.5"), withShare(user("c"), "0.3")},
			map[string]string{"a": "58.400", "b": "40.000", "c": "22.600"}, map[string]string{"a": "8.400", "b": "10.000", "c": "12.600"}, "10.000"},
		{"fixed shares", RuleFixedShares, false, []SupplyUser{withShare(user("a"), "0.2"), withShare(user("b"), "0.5"), withShare(user("c"), "0.3")},
			map[string]string{"a": "26.200", "b": "40.000", "c": "19.300"}, map[string]string{"a": "6.200", "b": "10.000", "c": "9.300"}, "45.500"},
		{"priority", RulePriority, false, []SupplyUser{withPrio(user("a"), 2), withPrio(user("b"), 3), withPrio(user("c"), 1)},
			map[string]string{"a": "51.000", "b": "30.000", "c": "40.000"}, map[string]string{"a": "1.000", "b": "0.000", "c": "30.000"}, "10.000"},
	} {
		t.Run(c.name, func(t *testing.T) {
			op := threeCompanies(c.rule, c.reoffer, c.users)
			data, _ := json.Marshal(op)
			sts, err := Statements(data, factors.Default())
			if err != nil {
				t.Fatal(err)
			}
			opResult, err := Calculate(op, factors.Default())
			if err != nil {
				t.Fatal(err)
			}
			if got := opResult.Supplies[0].Surplus.Value; got != c.surplus {
				t.Errorf("surplus = %s, want %s", got, c.surplus)
			}
			if len(sts) != 3 {
				t.Fatalf("%d statements, want 3", len(sts))
			}
			for i, st := range sts {
				id := st.User.Facility
				if st.User.Name != companies[id] || st.Operator.Name != op.Organisation {
					t.Errorf("statement %d: user %q of %q, want %q of %q", i, st.User.Name, st.Operator.Name, companies[id], op.Organisation)
				}
				if st.Annual.Green != c.green[id] {
					t.Errorf("%s: annual green %s, want %s", id, st.Annual.Green, c.green[id])
				}
				if got := whToKWh(st.Hourly.Green[1]); got != c.hour1[id] {
					t.Errorf("%s: hour 1 green %s, want %s", id, got, c.hour1[id])
				}
				if es := st.Check(""); len(es) > 0 {
					t.Errorf("%s: the issued statement fails its own check: %v", id, es)
				}
				// The statement as a file, read back, is what the user claims.
				back, err := DecodeStatement(EncodeStatement(st))
				if err != nil {
					t.Fatal(err)
				}
				r, err := Calculate(userProject(op, id, &back), factors.Default())
				if err != nil {
					t.Fatalf("%s: user's assessment refused: %v", id, err)
				}
				var want FacilityResult
				for _, f := range opResult.Facilities {
					if f.ID == id {
						want = f
					}
				}
				got := r.Facilities[0].MarketBased
				if got.Value != want.MarketBased.Value || got.Exact != want.MarketBased.Exact {
					t.Errorf("%s: user's market-based %s (%s), operator's %s (%s)", id, got.Value, got.Exact, want.MarketBased.Value, want.MarketBased.Exact)
				}
				if r.MarketBased.Exact != want.MarketBased.Exact {
					t.Errorf("%s: user's organisation total %s, operator's figure for the user %s", id, r.MarketBased.Exact, want.MarketBased.Exact)
				}
				var line *Instrument
				for k, in := range r.Facilities[0].Instruments {
					if in.Kind == "direct-line" {
						line = &r.Facilities[0].Instruments[k]
					}
				}
				if line == nil || line.Covered.Value != c.green[id] || line.ID != "statement:"+st.SHA256 {
					t.Errorf("%s: direct line %+v, want %s kWh covered under statement:%s", id, line, c.green[id], st.SHA256)
				}
				if m := r.Facilities[0].Matching; m == nil || m.Hourly.Part.Value != c.green[id] {
					t.Errorf("%s: hourly matching %+v, want %s kWh from the statement's hours", id, m, c.green[id])
				}
				if ev := r.Facilities[0].Evidence; len(ev) != 1 || ev[0].Code != NoteStatement || ev[0].Params["statement_sha256"] != st.SHA256 {
					t.Errorf("%s: evidence %+v, want the statement %s", id, ev, st.SHA256)
				}
				if tr := got.Trace[0]; !strings.Contains(tr.What, st.SHA256) {
					t.Errorf("%s: market-based trace starts with %q, want the statement's hash", id, tr.What)
				}
				nothingClaimableByNobody(t, r)
			}
		})
	}
}

// nothingClaimableByNobody: a user's own assessment has no supply, so no
// part of the plant shows as surplus in it.
func nothingClaimableByNobody(t *testing.T, r Result) {
	t.Helper()
	if len(r.Supplies) != 0 {
		t.Errorf("the user's result has %d supplies; the plant belongs to the operator's project", len(r.Supplies))
	}
}

// The canonical form has its keys sorted at every level and no space: a
// generic re-encoding (encoding/json sorts map keys) gives the same bytes.
func TestStatementCanonical(t *testing.T) {
	op := threeCompanies(RuleProRata, false, []SupplyUser{{Facility: "a", Entity: "Alpha <&> \"Cables\"", USCC: "91350100M000100Y43"}, user("b"), user("c")})
	op.Supplies[0].Factor = nil
	data, _ := json.Marshal(op)
	sts, err := Statements(data, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	canon := sts[0].Canonical()
	var generic any
	dec := json.NewDecoder(bytes.NewReader(canon))
	dec.UseNumber()
	if err := dec.Decode(&generic); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(generic)
	if got := bytes.TrimSuffix(b.Bytes(), []byte("\n")); !bytes.Equal(got, canon) {
		t.Errorf("canonical form is not sorted and compact:\n%.300s\nsorted:\n%.300s", canon, got)
	}
	if bytes.Contains(canon, []byte("statement_sha256")) {
		t.Error("the canonical form holds statement_sha256")
	}
	if !bytes.Contains(canon, []byte(`"name":"Alpha <&> \"Cables\""`)) {
		t.Errorf("the entity's name is not written as encoding/json escapes it without HTML escaping: %.400s", canon)
	}
	file := EncodeStatement(sts[0])
	if !bytes.Contains(file, []byte(`"statement_format":1,"statement_sha256":"`+sts[0].SHA256+`"`)) || file[len(file)-1] != '\n' {
		t.Errorf("the file is not the canonical form with its hash in place and a newline: %.200s", file)
	}
	// Re-indenting the file changes no hash: the hash is of the content.
	var pretty bytes.Buffer
	json.Indent(&pretty, file, "", "  ")
	back, err := DecodeStatement(pretty.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if es := back.Check(""); len(es) > 0 {
		t.Errorf("an indented copy fails: %v", es)
	}
}

// tamper changes a statement file's text and reads it back.
func tamper(t *testing.T, st Statement, old, new string) Statement {
	t.Helper()
	file := string(EncodeStatement(st))
	if !strings.Contains(file, old) {
		t.Fatalf("%q is not in the statement", old)
	}
	back, err := DecodeStatement([]byte(strings.Replace(file, old, new, 1)))
	if err != nil {
		t.Fatal(err)
	}
	return back
}

func TestTamperedStatementsRefused(t *testing.T) {
	op := threeCompanies(RuleProRata, false, []SupplyUser{user("a"), user("b"), user("c")})
	data, _ := json.Marshal(op)
	sts, err := Statements(data, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	a := sts[0] // Alpha: hour 1 green 10.333
	later := a
	later.Period = StatementPeriod{FirstHour: "2027-01-01T00:00", Hours: 8760, Start: "2027-01"}
	later.Monthly = append([]StatementMonth(nil), a.Monthly...)
	for m := range later.Monthly {
		later.Monthly[m].Month = "2027-" + a.Monthly[m].Month[5:]
	}
	later.Seal()
	rehashed := tamper(t, a, `"10.333"`, `"11.333"`)
	rehashed.Seal() // a careful forger: hash recomputed, months and totals not
	for _, c := range []struct {
		name   string
		shares []PlantShare
		org    string
		code   string
		field  string
	}{
		{"one hour changed", []PlantShare{{Facility: "works", Statement: ptr(tamper(t, a, `"10.333"`, `"11.333"`))}}, "", CodeStatementHash, "plant_shares[0].statement.statement_sha256"},
		{"hour changed and rehashed", []PlantShare{{Facility: "works", Statement: &rehashed}}, "", CodeStatementMonthSum, "plant_shares[0].statement.monthly[0]"},
		{"hash edited", []PlantShare{{Facility: "works", Statement: ptr(tamper(t, a, a.SHA256, strings.Repeat("0", 64)))}}, "", CodeStatementHash, "plant_shares[0].statement.statement_sha256"},
		{"wrong company", []PlantShare{{Facility: "works", Statement: &sts[1]}}, "", CodeStatementCompany, "plant_shares[0].statement.user.name"},
		{"wrong company, organisation blank", []PlantShare{{Facility: "works", Statement: &a}}, " ", CodeStatementCompany, "plant_shares[0].statement.user.name"},
		{"wrong period", []PlantShare{{Facility: "works", Statement: &later}}, "", CodeStatementPeriod, "plant_shares[0].statement.period.start"},
		{"same statement twice", []PlantShare{{Facility: "works", Statement: &a}, {Facility: "office", Statement: &a}}, "", CodeStatementDuplicate, "plant_shares[1].statement"},
		{"version", []PlantShare{{Facility: "works", Statement: ptr(tamper(t, a, `"statement_format":1`, `"statement_format":2`))}}, "", CodeStatementFormat, "plant_shares[0].statement.statement_format"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := userProject(op, "a", nil)
			p.Facilities = append(p.Facilities, Facility{ID: "office", Grid: p.Facilities[0].Grid, Electricity: p.Facilities[0].Electricity})
			p.PlantShares = c.shares
			if c.org != "" {
				p.Organisation = c.org
			}
			_, err := Calculate(p, factors.Default())
			es, _ := err.(Errors)
			for _, e := range es {
				if e.Code == c.code && e.Field == c.field {
					return
				}
			}
			t.Errorf("got %v, want %s at %s", err, c.code, c.field)
		})
	}
}

// Without a statement, the monthly green energy from the bill counts,
// flagged entered, with the statement listed as missing.
func TestEnteredFromBill(t *testing.T) {
	op := threeCompanies(RuleProRata, false, []SupplyUser{user("a"), user("b"), user("c")})
	opResult, _ := Calculate(op, factors.Default())
	monthly := []string{"60.333", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"}
	p := userProject(op, "a", nil)
	p.PlantShares = []PlantShare{{Facility: "works", Operator: "Green Park Energy Co.", Supply: "Park rooftop solar", Technology: "solar", Monthly: monthly}}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	f := r.Facilities[0]
	if f.MarketBased.Exact != opResult.Facilities[0].MarketBased.Exact {
		t.Errorf("market-based %s, want the statement's %s: the same energy", f.MarketBased.Exact, opResult.Facilities[0].MarketBased.Exact)
	}
	if !strings.Contains(strings.Join(f.MarketBased.Flags, ","), FlagEntered) || !strings.Contains(strings.Join(r.MarketBased.Flags, ","), FlagEntered) {
		t.Errorf("flags %v (total %v), want %q on both", f.MarketBased.Flags, r.MarketBased.Flags, FlagEntered)
	}
	if len(f.Evidence) != 1 || f.Evidence[0].Code != NoteStatementMissing || f.Evidence[0].Params["supply"] != "Park rooftop solar" {
		t.Errorf("evidence %+v, want the statement listed as missing", f.Evidence)
	}
	// More green than the month's use is refused.
	p.PlantShares[0].Monthly = []string{"80.001", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"}
	_, err = Calculate(p, factors.Default())
	if es, _ := err.(Errors); len(es) != 1 || es[0].Code != CodePlantMonthLoad || es[0].Field != "plant_shares[0].monthly[0]" {
		t.Errorf("got %v, want %s at plant_shares[0].monthly[0]", err, CodePlantMonthLoad)
	}
}

func TestKWhSeriesRoundTrip(t *testing.T) {
	in := KWhSeries{0, 1, 999, 1000, 12345678}
	b, _ := json.Marshal(in)
	if want := `["0.000","0.001","0.999","1.000","12345.678"]`; string(b) != want {
		t.Errorf("got %s, want %s", b, want)
	}
	var out KWhSeries
	if err := json.Unmarshal([]byte(`["0","0.001","0.999","1","12345.678"]`), &out); err != nil || len(out) != 5 || out[4] != 12345678 || out[3] != 1000 {
		t.Errorf("got %v, %v", out, err)
	}
	for _, bad := range []string{`["-1"]`, `["0.0001"]`, `["x"]`, `[1]`} {
		if err := json.Unmarshal([]byte(bad), &out); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}

// The files IssueStatements writes are what EncodeStatement writes.
func TestIssueStatementsFiles(t *testing.T) {
	op := threeCompanies(RuleProRata, false, []SupplyUser{user("a"), user("b"), user("c")})
	data, _ := json.Marshal(op)
	sts, files, err := IssueStatements(data, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	for i, st := range sts {
		if !bytes.Equal(files[i], EncodeStatement(st)) {
			t.Errorf("statement %d: the issued file differs from EncodeStatement's", i)
		}
		if st.SHA256 != st.Hash() {
			t.Errorf("statement %d: hash %s, content hashes to %s", i, st.SHA256, st.Hash())
		}
	}
}

// A statement of another twelve months counts for the hours the periods
// share, each at most the facility's own load in that hour.
func TestStatementPartlyInPeriod(t *testing.T) {
	op := threeCompanies(RuleProRata, false, []SupplyUser{user("a"), user("b"), user("c")})
	data, _ := json.Marshal(op)
	sts, _ := Statements(data, factors.Default())
	// July 2024 to June 2025: 1 January 2025 00:00 is hour 184 × 24 = 4416.
	p := Project{Format: 1, Organisation: companies["a"], Period: &Period{Start: "2024-07"},
		Facilities: []Facility{{ID: "works", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"},
			Electricity: Electricity{Unit: "kWh", Hourly: yearOf(map[int]string{4416: "40", 4417: "20"})}}},
		PlantShares: []PlantShare{{Facility: "works", Statement: &sts[0]}}}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	// Statement: 50 and 10.333 in those hours; the facility used 40 in the first.
	for _, in := range r.Facilities[0].Instruments {
		if in.Kind == "direct-line" && in.Covered.Value != "50.333" {
			t.Errorf("direct line covers %s kWh, want 40 + 10.333 = 50.333", in.Covered.Value)
		}
	}
	if m := r.Facilities[0].Monthly; len(m) != 12 || m[6].Direct != "50.333" || m[0].Direct != "0.000" {
		t.Errorf("monthly direct-line energy %+v, want 50.333 in January 2025 (the 7th month)", m)
	}
}

// A park's operator issues each user company its statement; an auditor
// with the park's project file checks them.
func ExampleIssueStatements() {
	park := threeCompanies(RuleProRata, false, []SupplyUser{user("a"), user("b"), user("c")})
	project, _ := json.Marshal(park)
	sts, files, err := IssueStatements(project, factors.Default())
	if err != nil {
		panic(err)
	}
	var names []string
	for _, st := range sts {
		fmt.Printf("%s: %s kWh green of %s kWh\n", st.User.Name, st.Annual.Green, st.Annual.Load)
		names = append(names, st.User.Facility+".json")
	}
	v, _ := VerifyStatements(project, names, files, factors.Default())
	fmt.Println("exactly the split:", v.OK, "| generation", v.Supplies[0].Generation, "= green", v.Supplies[0].Green, "+ surplus", v.Supplies[0].Surplus)
	// Output:
	// Alpha Cables Ltd.: 60.333 kWh green of 80.000 kWh
	// Beta Transformers Co.: 35.167 kWh green of 50.000 kWh
	// Gamma Pumps Co.: 25.500 kWh green of 40.000 kWh
	// exactly the split: true | generation 131.000 = green 121.000 + surplus 10.000
}
