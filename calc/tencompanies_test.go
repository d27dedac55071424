package calc

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/shopspring/decimal"
)

// One of ten: a park's plant shared pro rata by ten companies, each a
// different legal entity; the seventh gets its market-based Scope 2 and
// its CBAM basis from its statement alone, and nothing of the plant shows
// in its own assessment. Worked by hand (kWh):
//
// hour 0: the plant makes 500, each company loads 100 (1,000 in all):
// each takes 500 · 100 / 1,000 = 50.
// hour 1: the plant makes 110, company k (1…10) loads 10·k (550 in all):
// company k takes 110 · 10k / 550 = 2k, exactly; nothing is left.
// hour 2: no sun; each company loads 10.
//
// Company 7: green 50 + 14 = 64, load 100 + 70 + 10 = 180, from the grid
// 116. The plant's 610 kWh all go to the users: surplus 0.
func tenCompanies() Project {
	p := Project{Format: 1, Organisation: "Green Park Energy Co.", Period: &Period{Start: "2025-01"},
		Supplies: []Supply{{ID: "roof", Name: "Park rooftop solar", Kind: "microgrid", Technology: "solar", Unit: "kWh", Location: "Suzhou, Jiangsu",
			Generation: yearOf(map[int]string{0: "500", 1: "110"}), Rule: RuleProRata, Surplus: "exported"}}}
	for k := 1; k <= 10; k++ {
		id := "c" + strconv.Itoa(k)
		p.Facilities = append(p.Facilities, Facility{ID: id, Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"},
			Electricity: Electricity{Unit: "kWh", Hourly: yearOf(map[int]string{0: "100", 1: strconv.Itoa(10 * k), 2: "10"})}})
		p.Supplies[0].Users = append(p.Supplies[0].Users, SupplyUser{Facility: id, Entity: "Company " + strconv.Itoa(k) + " Ltd."})
	}
	return p
}

func TestOneOfTenCompanies(t *testing.T) {
	op := tenCompanies()
	data, _ := json.Marshal(op)
	sts, err := Statements(data, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) != 10 {
		t.Fatalf("%d statements, want one for each of the ten companies", len(sts))
	}
	opResult, err := Calculate(op, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	if got := opResult.Supplies[0].Surplus.Value; got != "0.000" {
		t.Errorf("surplus %s kWh, want 0.000: the users take the plant's 610 kWh", got)
	}
	for k, st := range sts {
		if want := strconv.Itoa(50+2*(k+1)) + ".000"; st.Annual.Green != want {
			t.Errorf("company %d: green %s kWh, want %s", k+1, st.Annual.Green, want)
		}
	}

	// Company 7, in its own assessment: its works, the statement it was
	// issued, and a product that is a CBAM good counting indirect
	// emissions (cement clinker, CN 2523 10 00: policy/data/cbam-goods.csv).
	st := sts[6]
	back, err := DecodeStatement(EncodeStatement(st))
	if err != nil {
		t.Fatal(err)
	}
	f := op.Facilities[6]
	f.ID = "works"
	mine := Project{Format: 1, Organisation: "Company 7 Ltd.", Period: op.Period, Facilities: []Facility{f},
		PlantShares: []PlantShare{{Facility: "works", Statement: &back}},
		Products:    []Product{{ID: "clinker", Facility: "works", CN: "25231000", Tonnes: "10", Key: "mass"}}}
	r, err := Calculate(mine, factors.Default())
	if err != nil {
		t.Fatalf("company 7's assessment refused: %v", err)
	}
	nothingClaimableByNobody(t, r)
	var want FacilityResult
	for _, x := range opResult.Facilities {
		if x.ID == "c7" {
			want = x
		}
	}
	if got := r.Facilities[0].MarketBased; got.Exact != want.MarketBased.Exact || got.Value != want.MarketBased.Value {
		t.Errorf("company 7's market-based %s (%s), the operator's figure for it %s (%s)", got.Value, got.Exact, want.MarketBased.Value, want.MarketBased.Exact)
	}
	// 116 kWh from the grid at the residual mix: for China, the MEE/NBS
	// national factor excluding market-traded non-fossil power, read from
	// the table the figure cites, not typed here.
	table, _ := factors.Default().Table("cn-mee-2023")
	row, ok := table.Row("national-excl-market-nonfossil")
	if !ok {
		t.Fatal("cn-mee-2023 has no national-excl-market-nonfossil row")
	}
	perKWh, _ := row.Unit.PerKWh(row.Value)
	if exact := perKWh.Mul(decimal.NewFromInt(116)).Shift(-3); r.Facilities[0].MarketBased.Exact != exact.String() {
		t.Errorf("company 7's market-based %s t, want 116 kWh × %s kg/kWh = %s t", r.Facilities[0].MarketBased.Exact, perKWh, exact)
	}
	if len(r.Products) != 1 || r.Products[0].CBAM == nil {
		t.Fatalf("company 7's clinker has no CBAM result: %+v", r.Products)
	}
	// CBAM: the 64 kWh over the direct line at the generator's factor
	// (solar, zero), evidenced by the statement; the other 116 kWh at the
	// grid factor of Jiangsu, from the same table.
	c := r.Products[0].CBAM
	if b := c.IndirectBasis; len(b) != 3 || b[0].Code != CodeBasisLine || b[0].Params["energy"] != "64.000" ||
		b[1].Code != CodeBasisGrid || b[1].Params["energy"] != "116.000" ||
		b[2].Code != CodeBasisStatement || b[2].Params["statement_sha256"] != st.SHA256 {
		t.Errorf("company 7's CBAM basis %+v, want 64.000 kWh over the direct line, 116.000 kWh at the grid factor, and its statement %s", b, st.SHA256)
	}
	grid, _ := table.Row("province-jiangsu")
	gridPerKWh, _ := grid.Unit.PerKWh(grid.Value)
	if want := gridPerKWh.Mul(decimal.NewFromInt(116)).Shift(-3); c.Indirect.Value != want.String() {
		t.Errorf("company 7's CBAM indirect emissions %s t, want 116 kWh × %s kg/kWh = %s t", c.Indirect.Value, gridPerKWh, want)
	}
}
