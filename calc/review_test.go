package calc

import (
	"slices"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// Cases found in review, each a rule the engine must keep.

func TestShapedPPAMatchesOnlyWhatItCovered(t *testing.T) {
	// Load 10 kWh every hour of 2024. A fossil PPA listed first covers the
	// whole year, so the solar PPA after it covers nothing and must not
	// count hour by hour either: hourly matched 0 %, not more than annual.
	p := Project{Format: 1, Period: &Period{Start: "2024-01"},
		Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "national"}, Electricity: Electricity{Unit: "kWh", Hourly: flat(8784, "10")}}},
		Contracts: []Contract{
			{ID: "gas", Facility: "f", MWh: "87.84", Technology: "mixed", Market: "CN", Evidence: "PPA-G", Factor: &CustomFactor{Value: "0.8", Unit: "kgCO2/kWh", Source: "test"}},
			{ID: "sun", Facility: "f", MWh: "43.92", Technology: "solar", Market: "CN", Evidence: "PPA-S", Shape: "flat"},
		}}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	if m := r.Facilities[0].Matching; m.Hourly.Percent != "0.00" || m.Annual.Percent != "0.00" {
		t.Errorf("matching = hourly %s, annual %s; want 0.00 and 0.00", m.Hourly.Percent, m.Annual.Percent)
	}
}

func TestFossilSupplyMatchesNothing(t *testing.T) {
	p := sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}, {Facility: "b"}})
	p.Supplies[0].Technology = "mixed"
	p.Supplies[0].Factor = &CustomFactor{Value: "0.5", Unit: "kgCO2/kWh", Source: "test"}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	s := r.Supplies[0]
	if s.Matching.Hourly.Percent != "0.00" || s.Users[0].Matched.Percent != "0.00" {
		t.Errorf("supply matching %s, user %s; want 0.00", s.Matching.Hourly.Percent, s.Users[0].Matched.Percent)
	}
	if !slices.Contains(r.Facilities[0].MarketBased.Flags, FlagCustomFactor) {
		t.Errorf("flags = %v, want custom-factor (the supply's rate)", r.Facilities[0].MarketBased.Flags)
	}
}

func TestGasBasisOfRates(t *testing.T) {
	p := sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}, {Facility: "b"}})
	p.Facilities[0].Supplier = &CustomFactor{Value: "0.5", Unit: "kgCO2e/kWh", Source: "test"}
	errs := Check(p, factors.Default())
	if len(errs) == 0 || errs[0].Field != "facilities[0].supplier_factor.unit" {
		t.Errorf("errors = %v, want facilities[0].supplier_factor.unit", errs)
	}
}

func TestEstimateReachesMatching(t *testing.T) {
	p := Project{Format: 1, Period: &Period{Start: "2025-01"},
		Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "national"},
			Electricity: Electricity{Unit: "kWh", Annual: "100000", Profile: &LoadProfile{Shifts: 1, Days: "mon-fri"}},
			GridCFE:     &CFEShare{Annual: "0.3", Source: "test"}}}}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	if m := r.Facilities[0].Matching; m == nil || !slices.Contains(m.Flags, FlagEstimate) {
		t.Errorf("matching = %+v, want the estimate flag", m)
	}
}

func TestReviewValidation(t *testing.T) {
	sol := func(off int) Project {
		p := sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}})
		p.Supplies[0].Generation = nil
		p.Supplies[0].Solar = &SolarProfile{CapacityKW: "1", Latitude: "31", Longitude: "121", UTCOffset: &off,
			Yield: []string{"1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1"}}
		return p
	}
	if errs := Check(sol(1<<51+8), factors.Default()); len(errs) == 0 || errs[0].Field != "supplies[0].solar.utc_offset_hours" {
		t.Errorf("huge offset: errors = %v", errs)
	}
	// The second product line has no output; the first names an unknown
	// facility. Each error names its own line.
	p := productProject()
	p.Products[0].Facility = "nowhere"
	p.Products[1].Tonnes, p.Products[1].CN, p.Products[1].Precursors = "0", "", nil
	var fields []string
	for _, e := range Check(p, factors.Default()) {
		fields = append(fields, e.Field)
	}
	if !slices.Contains(fields, "products[0].facility") || !slices.Contains(fields, "products[1].key") {
		t.Errorf("fields = %v, want products[0].facility and products[1].key", fields)
	}
}
