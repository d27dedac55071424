package calc

import (
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

func TestFactorChoice(t *testing.T) {
	annual := Electricity{Unit: "kWh", Annual: "1000"}
	tests := []struct {
		name       string
		period     *Period
		grid       FactorRef
		wantTable  string
		wantExact  string
		wantReason string
		wantFlags  string
	}{
		{
			// Default for a 2025 report: cn-mee-2023 (see factors.TestSelect);
			// 1,000 kWh × 0.5827 = 582.7 kg = 0.5827 t.
			name: "default by country and period", period: &Period{Start: "2025-01"},
			grid:      FactorRef{Country: "CN", Key: "province-jiangsu"},
			wantTable: "cn-mee-2023@1", wantExact: "0.5827", wantReason: "default: the newest CN table",
		},
		{
			// 2022 report: cn-mee-2022 Beijing 0.5580; 1,000 kWh → 0.558 t.
			name: "default for an earlier period", period: &Period{Start: "2022-07"},
			grid:      FactorRef{Country: "CN", Key: "province-beijing"},
			wantTable: "cn-mee-2022@1", wantExact: "0.558", wantReason: "reporting year 2022",
		},
		{
			// A supplier rate of 450 g/kWh: 1,000 kWh × 0.45 kg = 0.45 t.
			name:      "custom factor is flagged",
			grid:      FactorRef{Custom: &CustomFactor{Value: "450", Unit: "gCO2/kWh", Source: "Supplier disclosure 2024, Example Power Co."}},
			wantTable: "custom", wantExact: "0.45", wantReason: "custom factor entered by the user", wantFlags: FlagCustomFactor,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Project{Format: 1, Period: tt.period, Facilities: []Facility{{ID: "f", Grid: tt.grid, Electricity: annual}}}
			r, err := Calculate(p, factors.Default())
			if err != nil {
				t.Fatal(err)
			}
			lb := r.Facilities[0].LocationBased
			use := lb.Trace[1].Factor
			if use.Table != tt.wantTable || lb.Exact != tt.wantExact || !strings.Contains(use.Reason.Message, tt.wantReason) {
				t.Errorf("got %s %s %q, want %s %s %q", use.Table, lb.Exact, use.Reason.Message, tt.wantTable, tt.wantExact, tt.wantReason)
			}
			if got := strings.Join(r.LocationBased.Flags, ","); got != tt.wantFlags {
				t.Errorf("total flags = %q, want %q", got, tt.wantFlags)
			}
		})
	}
}

func TestFactorChoiceErrors(t *testing.T) {
	custom := func(v, u, src string) FactorRef {
		return FactorRef{Custom: &CustomFactor{Value: v, Unit: u, Source: src}}
	}
	tests := []struct {
		name   string
		period *Period
		grid   FactorRef
		want   string // "code field"
	}{
		{"negative custom", nil, custom("-0.5", "kgCO2/kWh", "x"), "number.negative facilities[0].grid.custom.value"},
		{"absurd custom", nil, custom("2.5", "kgCO2/kWh", "x"), "number.too_large facilities[0].grid.custom.value"},
		{"absurd in lb", nil, custom("5000", "lb/MWh", "x"), "number.too_large facilities[0].grid.custom.value"},
		{"custom without source", nil, custom("0.5", "kgCO2/kWh", "  "), "required facilities[0].grid.custom.source"},
		{"custom unit unknown", nil, custom("0.5", "kg/furlong", "x"), "factor.unit facilities[0].grid.custom.unit"},
		{"custom and table", nil, FactorRef{Table: "cn-mee-2023", Custom: &CustomFactor{}}, "factor.both facilities[0].grid"},
		{"default needs a period", nil, FactorRef{Country: "CN", Key: "national"}, "period.for_default period.start"},
		{"bad period", &Period{Start: "2024-13"}, FactorRef{Table: "cn-mee-2023", Key: "national"}, "date.month period.start"},
		{"no factor for region", &Period{Start: "2024-01"}, FactorRef{Country: "CN", Key: "province-tibet"}, "factor.region_unknown facilities[0].grid.key"},
		{"country does not match table", nil, FactorRef{Table: "cn-mee-2023", Country: "US", Key: "national"}, "factor.country facilities[0].grid.country"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Project{Format: 1, Period: tt.period, Facilities: []Facility{{ID: "f", Grid: tt.grid, Electricity: Electricity{Unit: "kWh", Annual: "1"}}}}
			errs := Check(p, factors.Default())
			if len(errs) == 0 || errs[0].Code+" "+errs[0].Field != tt.want {
				t.Errorf("errors = %v, want first %q", errs, tt.want)
			}
		})
	}
}

// TestDefaultChoiceIsStable: "national" exists in the CO2 grid table and
// in the life-cycle footprint table; the operational grid average must win,
// on every run.
func TestDefaultChoiceIsStable(t *testing.T) {
	p := Project{Format: 1, Period: &Period{Start: "2025-01"},
		Facilities: []Facility{{ID: "f", Grid: FactorRef{Country: "CN", Key: "national"}, Electricity: Electricity{Unit: "kWh", Annual: "1000"}}}}
	for range 50 {
		r, err := Calculate(p, factors.Default())
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Facilities[0].LocationBased.Trace[1].Factor.Table; got != "cn-mee-2023@1" {
			t.Fatalf("default table = %s, want cn-mee-2023@1 every time", got)
		}
	}
}
