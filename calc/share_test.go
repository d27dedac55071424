package calc

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

func TestNewShare(t *testing.T) {
	tests := []struct {
		name        string
		part, whole int64
		want, kWh   string // the part in kWh, 3 decimals, worked by hand
	}{
		{"none of nothing", 0, 0, "n/a", "0.000"},
		{"all", 5, 5, "100.00", "0.005"},
		{"a third rounds down", 1, 3, "33.33", "0.001"},
		{"two thirds round up", 2, 3, "66.67", "0.002"},
		{"half a hundredth rounds up", 1, 20_000, "0.01", "0.001"}, // 0.005 %
		{"below half a hundredth", 1, 20_001, "0.00", "0.001"},
		{"more than the whole", 3, 2, "150.00", "0.003"},
		{"negative part", -1, 3, "-33.33", "-0.001"},
		{"half a hundredth below zero rounds away", -1, 20_000, "-0.01", "-0.001"},
		{"too large for the integer path", math.MaxInt64 / 2, math.MaxInt64, "50.00", "4611686018427387.903"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newShare(tt.part, tt.whole)
			if s.Percent != tt.want {
				t.Errorf("newShare(%d, %d).Percent = %q, want %q", tt.part, tt.whole, s.Percent, tt.want)
			}
			if s.Part.Value != tt.kWh {
				t.Errorf("part %q, want %q", s.Part.Value, tt.kWh)
			}
		})
	}
}

// TestPercentDecimal checks the percentage against decimal's
// DivRound, the slow and obviously right way, on random parts and wholes.
func TestPercentDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range 100_000 {
		whole := rng.Int64N(1<<uint(1+i%56)) + 1
		part := rng.Int64N(whole + whole/3 + 1)
		if i%7 == 0 {
			part = whole*int64(i%3)/2 + int64(i%5) - 2 // near 0, ½ and 1 of whole
			if part < 0 {
				part = 0
			}
		}
		want := decimal.NewFromInt(part).Shift(2).DivRound(decimal.NewFromInt(whole), 2).StringFixed(2)
		if got := newShare(part, whole).Percent; got != want {
			t.Fatalf("newShare(%d, %d).Percent = %q, want %q", part, whole, got, want)
		}
	}
}
