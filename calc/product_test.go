package calc

import (
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// A transformer and cable maker in Jiangsu, 2025: 2,000 MWh of grid
// electricity, 1,000 GJ of natural gas, two product lines shared by mass.
func productProject() Project {
	return Project{
		Format: 1, Organisation: "Example Electric Co.", Period: &Period{Start: "2025-01"},
		Facilities: []Facility{{ID: "plant", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"},
			Electricity: Electricity{Unit: "MWh", Annual: "2000"}}},
		Fuels: []FuelUse{{Facility: "plant", Fuel: "natural gas", GJ: "1000"}},
		Products: []Product{
			{ID: "transformers", Facility: "plant", CN: "8504 33 00", Units: "400", Tonnes: "300", Key: "mass"},
			{ID: "steel-parts", Facility: "plant", CN: "7308 90 98", Tonnes: "100", Key: "mass",
				Precursors: []Precursor{{Name: "hot-rolled coil", Tonnes: "110", SEEDirect: "1.9", SEEIndirect: "0.2", Source: "supplier CBAM communication 2025"}}},
		},
	}
}

func TestProductsAndCBAM(t *testing.T) {
	r, err := Calculate(productProject(), factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	// Scope 1: 1,000 GJ × 56,100 kg CO2/TJ (IPCC 2006 natural gas) ÷ 10⁶ = 56.1 t.
	// Location-based: 2,000,000 kWh × 0.5827 = 1,165.4 t.
	// Market-based (no instruments): 2,000,000 × 0.6096 (cn-mee-2023 residual) = 1,219.2 t.
	if got := r.Scope1.Exact + " " + r.LocationBased.Exact + " " + r.MarketBased.Exact; got != "56.1 1165.4 1219.2" {
		t.Errorf("facility = %s, want 56.1 1165.4 1219.2", got)
	}
	tr, st := r.Products[0], r.Products[1]
	// Mass shares 300 : 100 → 0.75 and 0.25.
	// Transformers: S1 42.075 t, LB 874.05 t, electricity 1,500,000 kWh.
	if got := tr.Scope1.Exact + " " + tr.LocationBased.Exact + " " + tr.Electricity.Value; got != "42.075 874.05 1500000.000" {
		t.Errorf("transformers = %s", got)
	}
	// Per unit (location-based): (42.075 + 874.05) t × 1000 ÷ 400 units = 2,290.3125 kg.
	// Per tonne: 916.125 ÷ 300 = 3.05375 t/t.
	if tr.PerUnit == nil || tr.PerUnit.LocationBased != "2290.3125" || tr.PerTonne.LocationBased != "3.0538" {
		t.Errorf("transformer intensities = %+v %+v, want 2290.3125 kg/unit and 3.0538 t/t", tr.PerUnit, tr.PerTonne)
	}
	// 8504 33 00 is only proposed (COM(2025) 989); SEE computed for preparation:
	// direct 42.075 ÷ 300 = 0.14025; indirect 874.05 ÷ 300 = 2.9135 (no direct
	// line or PPA: grid factor), SEE 3.05375 → 3.0538.
	c := tr.CBAM
	if c == nil || c.Coverage != "proposed" || c.SEEDirect != "0.1403" || c.SEEIndirect != "2.9135" || c.SEE != "3.0538" {
		t.Errorf("transformer CBAM = %+v", c)
	}
	if len(c.IndirectBasis) != 1 || c.IndirectBasis[0].Code != CodeBasisDefault {
		t.Errorf("indirect basis = %q, want the default", c.IndirectBasis)
	}
	// Steel structures (7308 90 98): iron and steel, Annex II, direct only.
	// Direct: 56.1 × 0.25 = 14.025 t + precursors 110 × 1.9 = 209 t → 223.025 ÷ 100 = 2.23025 → 2.2303.
	// Indirect for information: 1,165.4 × 0.25 = 291.35 + 110 × 0.2 = 22 → 313.35 ÷ 100 = 3.1335.
	c = st.CBAM
	if c == nil || c.Coverage != "covered" || !c.DirectOnly || c.SEEDirect != "2.2303" || c.SEEIndirect != "3.1335" || c.SEE != "2.2303" {
		t.Errorf("steel CBAM = %+v", c)
	}
}

// TestProductBadCN checks that a CN code the core cannot read, an optional
// field, blocks only its line's CBAM figures: the project is computed, the
// line has its shares and no CBAM, and carries the problem at its field.
func TestProductBadCN(t *testing.T) {
	p := productProject()
	p.Products[0].CN = "85x4"
	if errs := Check(p, factors.Default()); len(errs) != 0 {
		t.Fatalf("a bad CN code refuses the project: %v", errs)
	}
	good, _ := Calculate(productProject(), factors.Default())
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	got := r.Products[0]
	if got.CBAM != nil || got.CBAMProblem == nil || got.CBAMProblem.Code+" "+got.CBAMProblem.Field != "product.cn products[0].cn" || got.CBAMProblem.Params["value"] != "85x4" {
		t.Errorf("line with a bad CN code: CBAM %v, problem %+v; want no CBAM and product.cn at products[0].cn with its value", got.CBAM, got.CBAMProblem)
	}
	if r.LocationBased.Exact != good.LocationBased.Exact || got.LocationBased.Exact != good.Products[0].LocationBased.Exact {
		t.Errorf("a bad CN code changed the figures: %v, want %v", r.LocationBased, good.LocationBased)
	}
}

func TestProductErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Project)
		want string
	}{
		{"unknown key", func(p *Project) { p.Products[0].Key = "value" }, "value.unknown products[0].key"},
		{"CN without tonnes", func(p *Project) { p.Products[0].Tonnes = ""; p.Products[0].Key = "units" }, "required products[0].tonnes"},
		{"zero tonnes for CBAM", func(p *Project) { p.Products[0].Tonnes = "0"; p.Products[0].Key = "units" }, "product.cbam_tonnes products[0].tonnes"},
		{"precursor without source", func(p *Project) { p.Products[1].Precursors[0].Source = "" }, "required products[1].precursors[0].source"},
		{"unknown fuel", func(p *Project) { p.Fuels[0].Fuel = "unobtainium" }, "fuel.unknown fuels[0].fuel"},
		{"fuel both ways", func(p *Project) { p.Fuels[0].Tonnes = "5" }, "fuel.both fuels[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := productProject()
			tt.edit(&p)
			errs := Check(p, factors.Default())
			if len(errs) == 0 || errs[0].Code+" "+errs[0].Field != tt.want {
				t.Errorf("errors = %v, want first %q", errs, tt.want)
			}
		})
	}
}

// TestProductHS6 reads a buyer's 6-digit HS code: 7605 11 (aluminium wire,
// cbam-goods.csv row 32) decides alone and the line says a declaration
// still needs the 8 digits; 8544 49 is split by the proposal's ex entries
// (cbam-downstream-proposal.csv rows 83–87), so the line asks for them.
// Neither changes a Scope 2 figure.
func TestProductHS6(t *testing.T) {
	good, _ := Calculate(productProject(), factors.Default())
	for _, tt := range []struct{ hs, coverage, classification, note string }{
		{"7605 11", "covered", CodeCBAMCovered, CodeCBAMHS6},
		{"854449", "needs-cn8", CodeCBAMNeedsCN8, ""},
	} {
		t.Run(tt.hs, func(t *testing.T) {
			p := productProject()
			p.Products[0].CN = tt.hs
			r, err := Calculate(p, factors.Default())
			if err != nil {
				t.Fatal(err)
			}
			c := r.Products[0].CBAM
			if c == nil {
				t.Fatalf("no CBAM line for HS %s (problem %+v)", tt.hs, r.Products[0].CBAMProblem)
			}
			if c.Coverage != tt.coverage || c.Classification.Code != tt.classification {
				t.Errorf("coverage %s, classification %s; want %s, %s", c.Coverage, c.Classification.Code, tt.coverage, tt.classification)
			}
			hasNote := false
			for _, n := range c.Notes {
				hasNote = hasNote || n.Code == CodeCBAMHS6
			}
			if hasNote != (tt.note != "") {
				t.Errorf("note %s present: %v, want %v", CodeCBAMHS6, hasNote, tt.note != "")
			}
			if r.LocationBased.Exact != good.LocationBased.Exact || r.MarketBased.Exact != good.MarketBased.Exact {
				t.Errorf("an HS code changed Scope 2: %s/%s, want %s/%s", r.LocationBased.Exact, r.MarketBased.Exact, good.LocationBased.Exact, good.MarketBased.Exact)
			}
		})
	}
}
