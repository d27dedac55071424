package calc

import "testing"

// The check characters below are worked by hand with the weights
// 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
// (3^(i−1) mod 31) and the values 0–9, A=10 … H=17, J=18 … N=22,
// P=23, Q=24, R=25, T=26, U=27, W=28, X=29, Y=30.
func TestValidUSCC(t *testing.T) {
	for _, c := range []struct {
		code string
		want bool
	}{
		// 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M(21)·20 + 1·8 + Y(30)·30 + 4·28
		// = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
		{"91350100M000100Y43", true},
		{"91350100m000100y43", true}, // read as capitals
		{"91350100M000100Y44", false},
		{"91350100M000100Y4", false},   // 17 characters
		{"91350100M000100Y433", false}, // 19 characters
		// All zeros: sum 0, 31 − 0 = 31, which is written 0.
		{"000000000000000000", true},
		// All ones: the weights add up to 305; 305 mod 31 = 26; 31 − 26 = 5.
		{"111111111111111115", true},
		{"111111111111111116", false},
		// 2·1 = 2; 31 − 2 = 29, the letter X.
		{"20000000000000000X", true},
		{"200000000000000009", false},
		// I, O, S, V and Z are not in the alphabet.
		{"9135010OM000100Y43", false},
		{"91350100M000100S43", false},
		{"", false},
		{"九1350100M000100Y4", false},
	} {
		if got := ValidUSCC(c.code); got != c.want {
			t.Errorf("ValidUSCC(%q) = %v, want %v", c.code, got, c.want)
		}
	}
}
