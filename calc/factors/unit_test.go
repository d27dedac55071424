package factors

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestUnitPerKWh(t *testing.T) {
	tests := []struct {
		unit Unit
		in   string
		want string
	}{
		{"kgCO2/kWh", "0.5306", "0.5306"},
		{"tCO2/MWh", "0.5306", "0.5306"},
		{"gCO2/kWh", "473.0065", "0.4730065"},
		// 428.464 lb/MWh × 0.45359237 kg/lb ÷ 1000 kWh/MWh, by hand:
		// 428.464 × 0.45359237 = 428 × 0.45359237 + 0.464 × 0.45359237
		// = 194.13753436 + 0.21046685968 = 194.34800121968.
		{"lb/MWh", "428.464", "0.19434800121968"},
	}
	for _, tt := range tests {
		t.Run(string(tt.unit), func(t *testing.T) {
			got, err := tt.unit.PerKWh(decimal.RequireFromString(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tt.want {
				t.Errorf("PerKWh(%s %s) = %s, want %s", tt.in, tt.unit, got, tt.want)
			}
		})
	}
	if _, err := Unit("kg/furlong").PerKWh(decimal.NewFromInt(1)); err == nil {
		t.Error("unknown unit converted without error")
	}
}
