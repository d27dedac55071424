package syntax

import "testing"

func TestDecimal(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "12": true, "0.5": true, "1200.000": true,
		"": false, ".5": false, "5.": false, "1.2.3": false, "-1": false, "1e3": false, "１": false, " 1": false,
	} {
		if got := Decimal(s); got != want {
			t.Errorf("Decimal(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestUngroup(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"1,200,000", "1200000", true},
		{"12,000.25", "12000.25", true},
		{"999,999", "999999", true},
		{"1200", "1200", false},
		{"1,20,000", "1,20,000", false},
		{"1234,000", "1234,000", false},
		{",100", ",100", false},
		{"1,000,", "1,000,", false},
		{"1,,000", "1,,000", false},
	}
	for _, tt := range tests {
		got, ok := Ungroup(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Ungroup(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestKeyAndDate(t *testing.T) {
	for s, want := range map[string]bool{"province-jiangsu": true, "egrid-camx-co2e": true, "a": true,
		"": false, "-a": false, "a-": false, "a--b": false, "A": false, "a_b": false} {
		if got := Key(s); got != want {
			t.Errorf("Key(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"2025-12-31": true, "2025-13-01": false, "2025-00-10": false, "2025-1-01": false, "20251231": false} {
		if got := Date(s); got != want {
			t.Errorf("Date(%q) = %v, want %v", s, got, want)
		}
	}
}
