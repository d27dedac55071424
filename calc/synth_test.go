package calc

import (
	"slices"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// TestSynthesizedProfiles: an SME with only monthly bills shares a solar
// plant known only by capacity and yield. Totals stay exact; everything
// resting on the synthesized hours is flagged as an estimate, and the
// location-based figure, which rests on the bills alone, is not.
func TestSynthesizedProfiles(t *testing.T) {
	bills := []string{"90000", "70000", "95000", "98000", "100000", "102000", "105000", "104000", "99000", "97000", "96000", "94000"}
	yield := []string{"80", "85", "105", "115", "125", "120", "130", "128", "110", "100", "85", "78"}
	p := Project{
		Format: 1, Period: &Period{Start: "2025-01"},
		Facilities: []Facility{
			{ID: "sme", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"},
				Electricity: Electricity{Unit: "kWh", Monthly: bills, Profile: &LoadProfile{Shifts: 2, Days: "mon-sat"}}},
			{ID: "metered", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"},
				Electricity: Electricity{Unit: "kWh", Hourly: flat(8760, "20")}},
		},
		Supplies: []Supply{{ID: "roof", Kind: "microgrid", Technology: "solar", Unit: "kWh", Rule: RuleProRata, Surplus: "exported",
			Solar: &SolarProfile{CapacityKW: "500", Latitude: "31.3", Longitude: "120.6", UTCOffset: ptr(8), Yield: yield},
			Users: []SupplyUser{{Facility: "sme"}, {Facility: "metered"}}}},
	}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	s := r.Supplies[0]
	// Σ yield = 1,261 kWh/kW × 500 kW = 630,500 kWh, exactly.
	if s.Generation.Value != "630500.000" {
		t.Errorf("generation = %s, want 630500.000", s.Generation.Value)
	}
	// Σ bills = 1,150,000 kWh, exactly, whatever the hourly shape.
	if got := r.Facilities[0].Energy.Value; got != "1150000.000" {
		t.Errorf("sme energy = %s, want 1150000.000", got)
	}
	if !slices.Contains(s.Flags, FlagEstimate) {
		t.Errorf("supply flags = %v, want estimate", s.Flags)
	}
	sme := r.Facilities[0]
	if !slices.Contains(sme.MarketBased.Flags, FlagEstimate) || slices.Contains(sme.LocationBased.Flags, FlagEstimate) {
		t.Errorf("sme flags: market %v (want estimate), location %v (want none)", sme.MarketBased.Flags, sme.LocationBased.Flags)
	}
	if !slices.Contains(r.MarketBased.Flags, FlagEstimate) {
		t.Errorf("organisation market-based flags = %v, want the estimate to reach the total", r.MarketBased.Flags)
	}
	// Conservation over the year.
	alloc, _ := parseWh(s.Allocated.Value, "kWh", 1<<62)
	surplus, _ := parseWh(s.Surplus.Value, "kWh", 1<<62)
	if alloc+surplus != 630_500_000 {
		t.Errorf("allocated %d + surplus %d ≠ generation 630,500,000 Wh", alloc, surplus)
	}
}

func ptr[T any](v T) *T { return &v }
