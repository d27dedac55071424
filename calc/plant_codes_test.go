package calc

import (
	"encoding/json"
	"slices"
	"sort"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// declared checks that code is listed by Codes with exactly the
// parameters given.
func declared(t *testing.T, kind, code string, params map[string]string) {
	t.Helper()
	var names []string
	for k := range params {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, c := range Codes() {
		if c.Code == code {
			if c.Kind != kind || !slices.Equal(c.Params, names) && !(len(c.Params) == 0 && len(names) == 0) {
				t.Errorf("%s: emitted as %s with %v; Codes lists %s with %v", code, kind, names, c.Kind, c.Params)
			}
			return
		}
	}
	t.Errorf("%s (%s, %v) is not listed by Codes", code, kind, names)
}

// The codes of operators' projects, statements and plant shares are
// listed with the parameters they carry.
func TestPlantCodesDeclared(t *testing.T) {
	var errs Errors
	for _, edit := range []func(*Project){
		func(p *Project) { p.Supplies[0].Users[0].USCC = "91350100M000100Y44" },
		func(p *Project) {
			p.Supplies[0].Users[0].USCC, p.Supplies[0].Users[1].USCC = "91350100M000100Y43", "91350100M000100Y43"
		},
		func(p *Project) {
			p.Supplies[0].Users[1].Entity, p.Supplies[0].Users[0].USCC, p.Supplies[0].Users[1].USCC = "X Co.", "91350100M000100Y43", "000000000000000000"
		},
		func(p *Project) { p.Supplies[0].ExportCap = "101" },
		func(p *Project) {
			p.Supplies[0].Curtailment = &Curtailment{Daily: &DailyWindow{From: "1", To: "00:00"}, Hours: []string{"x", "2030-01-01T00:00"}}
		},
	} {
		p := twoUsers("100", "80", "20")
		edit(&p)
		errs = append(errs, Check(p, factors.Default())...)
	}
	op := threeCompanies(RuleProRata, false, []SupplyUser{user("a"), user("b"), user("c")})
	data, _ := json.Marshal(op)
	sts, _ := Statements(data, factors.Default())
	a := sts[0]
	bad := a
	bad.Monthly = slices.Clone(a.Monthly)
	bad.Monthly[0].Green = "1.000"
	bad.Annual.Green = "1.000"
	bad.Format = 1
	errs = append(errs, bad.Check("")...)
	long := a
	long.Period.Hours = 1
	errs = append(errs, long.Check("")...)
	short := a
	short.Hourly.Green = short.Hourly.Green[:1]
	errs = append(errs, short.Check("")...)
	over := a
	over.Hourly.Green = slices.Clone(a.Hourly.Green)
	over.Hourly.Green[5] = 1
	errs = append(errs, over.Check("")...)
	few := a
	few.Monthly = a.Monthly[:1]
	errs = append(errs, few.Check("")...)
	v2 := a
	v2.Format = 2
	errs = append(errs, v2.Check("")...)
	later := a
	later.Period = StatementPeriod{FirstHour: "2027-01-01T00:00", Hours: 8760, Start: "2027-01"}
	later.Monthly = slices.Clone(a.Monthly)
	for m := range later.Monthly {
		later.Monthly[m].Month = "2027-" + a.Monthly[m].Month[5:]
	}
	later.Seal()
	for _, shares := range [][]PlantShare{
		{{Facility: "works", Statement: &later}},
		{{Facility: "works", Statement: &sts[1]}},
		{{Facility: "works", Statement: &a}, {Facility: "office", Statement: &a}},
		{{Facility: "works", Statement: &a}, {Facility: "works", Statement: &a}},
		{{Facility: "works", Statement: &a, Supply: "x"}},
		{{Facility: "works", Operator: "o", Supply: "s", Technology: "solar", Monthly: []string{"81", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"}}},
	} {
		p := userProject(op, "a", nil)
		p.Facilities = append(p.Facilities, Facility{ID: "office", Grid: p.Facilities[0].Grid, Electricity: p.Facilities[0].Electricity})
		p.PlantShares = shares
		errs = append(errs, Check(p, factors.Default())...)
	}
	second := a
	second.Hourly.Green = slices.Clone(a.Hourly.Green)
	second.Hourly.Green[2] = 0
	second.Monthly = slices.Clone(a.Monthly)
	second.Seal()
	p := userProject(op, "a", &a)
	p.Facilities = append(p.Facilities, Facility{ID: "office", Grid: p.Facilities[0].Grid, Electricity: p.Facilities[0].Electricity})
	p.PlantShares = append(p.PlantShares, PlantShare{Facility: "office", Statement: &second})
	errs = append(errs, Check(p, factors.Default())...)
	p = userProject(op, "a", nil)
	p.Facilities[0].Electricity = Electricity{Unit: "kWh", Annual: "10"}
	p.PlantShares = []PlantShare{{Facility: "works", Operator: "o", Supply: "s", Technology: "solar", Monthly: []string{"11", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"}}}
	errs = append(errs, Check(p, factors.Default())...)

	files := [][]byte{EncodeStatement(sts[0]), EncodeStatement(sts[0]), []byte("{}")}
	forged := sts[1]
	forged.Hourly.Green = slices.Clone(forged.Hourly.Green)
	forged.Hourly.Green[0]--
	files = append(files, EncodeStatement(forged))
	other := sts[2]
	other.Supply.ID = "elsewhere"
	files = append(files, EncodeStatement(other))
	named := sts[2]
	named.User.Name = "Someone"
	files = append(files, EncodeStatement(named))
	v, _ := VerifyStatements(append(data, ' '), []string{"1", "2", "3", "4", "5", "6"}, files, factors.Default())
	for _, f := range v.Files {
		errs = append(errs, f.Errors...)
	}
	v, _ = VerifyStatements(data, []string{"1"}, files[:1], factors.Default())
	errs = append(errs, v.Missing...)

	seen := map[string]bool{}
	for _, e := range errs {
		declared(t, "error", e.Code, e.Params)
		seen[e.Code] = true
	}
	for _, c := range Codes() {
		if c.Kind == "error" && (len(c.Code) > 10 && c.Code[:10] == "statement." || c.Code[:min(len(c.Code), 12)] == "curtailment." || c.Code[:min(len(c.Code), 12)] == "plant_share." || c.Code[:min(len(c.Code), 7)] == "entity." || c.Code == CodeUSCC || c.Code == CodeExportCap) && !seen[c.Code] {
			t.Errorf("%s is listed but no case here emits it", c.Code)
		}
	}

	// Notes and steps of a claimed statement and of a bill.
	r, err := Calculate(userProject(op, "a", &sts[0]), factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	p = userProject(op, "a", nil)
	p.PlantShares = []PlantShare{{Facility: "works", Operator: "o", Supply: "s", Technology: "solar", Monthly: []string{"1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"}}}
	p.Products = []Product{{ID: "cable", Facility: "works", CN: "8544 49 93", Units: "1", Tonnes: "1", Key: "mass"}}
	r2, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, res := range []Result{r, r2} {
		f := res.Facilities[0]
		for _, n := range f.Evidence {
			declared(t, "note", n.Code, n.Params)
		}
		for _, in := range f.Instruments {
			for _, n := range in.Reasons {
				declared(t, "note", n.Code, n.Params)
			}
		}
		declared(t, "step", f.MarketBased.Trace[0].Code, f.MarketBased.Trace[0].Params)
		for _, pr := range res.Products {
			if pr.CBAM != nil {
				for _, n := range pr.CBAM.IndirectBasis {
					declared(t, "note", n.Code, n.Params)
					seen[n.Code] = true
				}
			}
		}
	}
	if !seen[CodeBasisEntered] {
		t.Errorf("no CBAM basis says the statement is missing")
	}
	p = twoUsers("100", "80", "20")
	p.Supplies[0].Curtailment = &Curtailment{Hours: []string{"2026-06-01T00:00"}}
	for _, c := range calc688(t, p).Supplies[0].Checks {
		declared(t, "note", c.Code, c.Params)
	}
}
