package calc

import (
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

func TestCFEAndShapedPPA(t *testing.T) {
	// The pro-rata park of TestSharedSupplyProRata: user a takes 4,286 Wh
	// of its 6,000 Wh every hour. Its grid is 40 % carbon-free.
	p := sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}, {Facility: "b"}})
	p.Facilities[0].GridCFE = &CFEShare{Annual: "0.4", Source: "test grid operator data"}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	// Each hour: 4,286 + (6,000 − 4,286) × 0.4 = 4,286 + 685.6 = 4,971.6 Wh
	// of 6,000 → 82.86 %; over 8,784 hours, 43,670.5344 kWh clean.
	c := r.Facilities[0].Matching.CFE
	if c == nil || c.Percent != "82.86" || c.Clean.Value != "43670.534400000" {
		t.Fatalf("CFE = %+v, want 82.86 %% and 43670.5344 kWh", c)
	}

	// A flat PPA of 17.568 MWh (2 kWh every hour) on top, for a: in each
	// hour 4,286 + 2,000 = 6,286 Wh of clean supply, capped at the 6,000 Wh
	// load: hourly matched 100 %; CFE 100 %. Annual matching counts the
	// direct line and the PPA volume in the instrument order: 37,648.224 +
	// min(17,568, 15,055.776) = 52,704 kWh = 100 %.
	p.Contracts = []Contract{{ID: "ppa", Facility: "a", MWh: "17.568", Technology: "wind", Market: "CN", Evidence: "PPA-1", Shape: "flat"}}
	r, err = Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	mt := r.Facilities[0].Matching
	if mt.Hourly.Percent != "100.00" || mt.Annual.Percent != "100.00" || mt.CFE.Percent != "100.00" {
		t.Errorf("matching = hourly %s, annual %s, CFE %s; want 100.00 each", mt.Hourly.Percent, mt.Annual.Percent, mt.CFE.Percent)
	}

	// Shaped hourly, the same PPA delivered only in the first 8,784/2
	// hours (4 kWh each): those hours are fully matched (4,286 + 4,000 ≥
	// 6,000), the others keep 4,286 Wh: (4,392 × 6,000 + 4,392 × 4,286) /
	// (8,784 × 6,000) = 85.716… % → 85.72.
	vals := make([]string, 8784)
	for h := range vals {
		vals[h] = "0"
		if h < 4392 {
			vals[h] = "4"
		}
	}
	p.Contracts[0].Shape, p.Contracts[0].Hourly = "hourly", &Series{StepMinutes: 60, Values: vals}
	r, err = Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Facilities[0].Matching.Hourly.Percent; got != "85.72" {
		t.Errorf("hourly matched with a shaped PPA = %s, want 85.72", got)
	}
	// Volumes that do not add up are refused.
	p.Contracts[0].MWh = "20"
	if errs := Check(p, factors.Default()); len(errs) == 0 || errs[0].Field != "contracts[0].hourly" {
		t.Errorf("errors = %v, want contracts[0].hourly", errs)
	}
}
