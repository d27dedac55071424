package policy

import (
	"strings"
	"testing"
)

func TestFuel(t *testing.T) {
	// Expectations from fuel-factors.csv; the level is the "Confidence:" of
	// the row's notes.
	tests := []struct {
		fuel, parameter, want string // want: "value unit level placeholder?"
	}{
		{"natural gas", "co2_emission_factor_default", "56100 kg CO2/TJ two-secondary-agree"},
		{"diesel", "co2_emission_factor_default", "74100 kg CO2/TJ two-secondary-agree"},
		{"raw coal (anthracite)", "co2_emission_factor_default", "98300 kg CO2/TJ single-secondary"},
		{"coke", "co2_emission_factor_default", "107000 kg CO2/TJ single-secondary"},
		{"raw coal (原煤)", "net_calorific_value_default", "20908 kJ/kg two-secondary-agree placeholder"},
		{"diesel (柴油)", "carbon_content_per_heat_default", "20.2 tC/TJ single-secondary placeholder"},
		{"raw coal (原煤)", "carbon_oxidation_rate_default", "0.94 fraction single-secondary placeholder"},
		{"natural gas (气田天然气, gas-field gas)", "net_calorific_value_default", "35544 kJ/m3 single-secondary placeholder"},
	}
	for _, tt := range tests {
		t.Run(tt.fuel+"/"+tt.parameter, func(t *testing.T) {
			f, ok := Default().Fuel(tt.fuel, tt.parameter)
			if !ok {
				t.Fatal("not found")
			}
			got := f.Published + " " + f.Unit + " " + f.Verification
			if f.Placeholder != "" {
				got += " placeholder"
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if f.Value.String() != f.Published {
				t.Errorf("Value = %s, want %s", f.Value, f.Published)
			}
		})
	}
	if _, ok := Default().Fuel("diesel", "net_calorific_value_default"); ok {
		t.Error("found a row the file does not have")
	}
}

// TestChinaFuelRowsArePlaceholders checks that every China row, and no
// IPCC row, is flagged as a placeholder.
func TestChinaFuelRowsArePlaceholders(t *testing.T) {
	n := 0
	for _, f := range Default().Fuels {
		ipcc := strings.HasPrefix(f.SourceDoc, "IPCC 2006")
		if ipcc == (f.Placeholder != "") {
			t.Errorf("%s %s: placeholder %q, IPCC %v", f.Fuel, f.Parameter, f.Placeholder, ipcc)
		}
		if !ipcc {
			n++
		}
	}
	// SOURCES.md: 11 IPCC rows and 22 China rows.
	if got, want := n, 22; got != want {
		t.Errorf("China rows = %d, want %d", got, want)
	}
}
