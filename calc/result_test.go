package calc

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

func TestRoundTonnes(t *testing.T) {
	tests := []struct{ exact, want string }{
		{"0", "0.000"},
		{"12", "12.000"},
		{"1.5", "1.500"},
		{"1.2344", "1.234"},
		{"1.2345", "1.235"}, // half away from zero
		{"-1.2345", "-1.235"},
		{"-1.2344", "-1.234"},
		{"0.9995", "1.000"},
		{"999.9999", "1000.000"},
		{"-999.9995", "-1000.000"},
		{"-0.0004", "0.000"}, // rounded to zero: no sign
		{"-0.0005", "-0.001"},
		{"0.00049999999", "0.000"},
	}
	for _, tt := range tests {
		if got := roundTonnes(tt.exact); got != tt.want {
			t.Errorf("roundTonnes(%q) = %q, want %q", tt.exact, got, tt.want)
		}
	}
}

// TestRoundTonnesDecimal checks roundTonnes on the exact text against
// decimal's Round and StringFixed, on random figures of every size and
// scale.
func TestRoundTonnesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for i := range 100_000 {
		d := decimal.New(rng.Int64N(1<<uint(1+i%62))-rng.Int64N(1<<uint(1+i%40)), -int32(rng.IntN(12)))
		if i%5 == 0 {
			d = d.Shift(int32(rng.IntN(6))) // whole numbers too
		}
		if got, want := roundTonnes(d.String()), d.Round(TonnePlaces).StringFixed(TonnePlaces); got != want {
			t.Fatalf("roundTonnes(%q) = %q, want %q", d.String(), got, want)
		}
	}
}

func TestTonnesOf(t *testing.T) {
	half := decimal.RequireFromString("0.5")
	tests := []struct {
		name string
		wh   int64
		ef   decimal.Decimal
		want string
	}{
		// 1,500 Wh = 1.5 kWh; × 0.5 kg/kWh = 0.75 kg = 0.00075 t.
		{"energy at a rate", 1500, half, "0.00075"},
		{"no energy", 0, half, "0"},
		{"a zero rate", 1500, decimal.Zero, "0"},
		{"a zero rate at a scale", 1500, decimal.New(0, -4), "0"},
	}
	for _, tt := range tests {
		if got := decimalText(tonnesOf(tt.wh, tt.ef)); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
		if got, want := decimalText(addExact(half, tonnesOf(tt.wh, tt.ef))), half.Add(tonnesOf(tt.wh, tt.ef)).String(); got != want {
			t.Errorf("%s: 0.5 + it = %q, want %q", tt.name, got, want)
		}
		if got, want := decimalText(addExact(decimal.Zero, tonnesOf(tt.wh, tt.ef))), tt.want; got != want {
			t.Errorf("%s: 0 + it = %q, want %q", tt.name, got, want)
		}
	}
}

// TestDecimalText checks decimalText against decimal's String, and
// tonnesOf's int64 path against decimal's multiplication, on random
// figures of every size, sign and scale.
func TestDecimalText(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for i := range 200_000 {
		c := rng.Int64N(1<<uint(1+i%62)) - rng.Int64N(1<<uint(1+i%20))
		d := decimal.New(c, int32(rng.IntN(50))-44)
		if i%9 == 0 {
			d = d.Mul(decimal.New(rng.Int64N(1<<62), 0)) // a coefficient beyond int64
		}
		if got, want := decimalText(d), d.String(); got != want {
			t.Fatalf("decimalText(%s) = %q, want %q", want, got, want)
		}
		wh := rng.Int64N(1 << uint(1+i%50))
		ef := decimal.New(rng.Int64N(1<<uint(1+i%40)), -int32(rng.IntN(12)))
		if got, want := tonnesOf(wh, ef), decimal.New(wh, -3).Mul(ef).Shift(-3); !got.Equal(want) || decimalText(got) != want.String() {
			t.Fatalf("tonnesOf(%d, %s) = %s, want %s", wh, ef, got, want)
		}
	}
}
