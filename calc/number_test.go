package calc

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestParseEnergy(t *testing.T) {
	tests := []struct {
		name, in, unit string
		wantWh         int64
		wantCode       string
	}{
		{"whole kWh", "1200000", "kWh", 1_200_000_000, ""},
		{"spaces trimmed", " 42 ", "kWh", 42_000, ""},
		{"one Wh", "0.001", "kWh", 1, ""},
		{"MWh to Wh", "1.5", "MWh", 1_500_000, ""},
		{"MWh finest", "0.000001", "MWh", 1, ""},
		{"grouped", "1,200,000.5", "kWh", 1_200_000_500, ""},
		{"zero", "0", "kWh", 0, ""},
		{"minus zero", "-0", "kWh", 0, ""},
		{"empty", "", "kWh", 0, CodeRequired},
		{"blank", "   ", "kWh", 0, CodeRequired},
		{"letters", "abc", "kWh", 0, CodeSyntax},
		{"exponent", "1e400", "kWh", 0, CodeSyntax},
		{"bad grouping", "1,20,000", "kWh", 0, CodeSyntax},
		{"two points", "1.2.3", "kWh", 0, CodeSyntax},
		{"negative", "-5", "kWh", 0, CodeNegative},
		{"finer than Wh", "0.0001", "kWh", 0, CodePrecision},
		{"finer than Wh in MWh", "0.0000001", "MWh", 0, CodePrecision},
		{"10 TWh is the limit", "10000000000", "kWh", 10_000_000_000_000, ""},
		{"above 10 TWh", "10000000000.001", "kWh", 0, CodeTooLarge},
		{"too long", strings.Repeat("9", 33), "kWh", 0, CodeTooLong},
		{"huge paste", strings.Repeat("1", 10<<20), "kWh", 0, CodeTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wh, e := parseEnergy(tt.in, tt.unit)
			code, msg := "", ""
			if e != nil {
				code, msg = e.Code, e.Message
			}
			if code != tt.wantCode || wh != tt.wantWh {
				t.Errorf("parseEnergy(%.20q, %s) = %d, %q (%s); want %d, %q", tt.in, tt.unit, wh, code, msg, tt.wantWh, tt.wantCode)
			}
			if code != "" && msg == "" {
				t.Errorf("code %s without a message", code)
			}
		})
	}
}

// TestFastWhAgreesWithTheCarefulPath checks, on many generated readings,
// that the one-pass reader gives the careful path's answer whenever it
// answers at all.
func TestFastWhAgreesWithTheCarefulPath(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	digits := "0123456789.,- e"
	for range 200_000 {
		n := 1 + r.IntN(16)
		b := make([]byte, n)
		for i := range b {
			if r.IntN(4) == 0 {
				b[i] = digits[r.IntN(len(digits))]
			} else {
				b[i] = digits[r.IntN(10)]
			}
		}
		s := string(b)
		for _, unit := range []string{"kWh", "MWh"} {
			fast, ok := fastWh(s, energyUnits[unit], unitPlaces[unit], maxHourWh)
			if !ok {
				continue
			}
			s2 := " " + s // forces the careful path
			slow, e := parseWh(s2, unit, maxHourWh)
			if e != nil || slow != fast {
				t.Fatalf("%q %s: fast %d, careful %d %v", s, unit, fast, slow, e)
			}
		}
	}
}
