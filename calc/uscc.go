package calc

import "strings"

// usccAlphabet is the character set of China's unified social credit code
// (统一社会信用代码, GB 32100-2015): the ten digits and the capital letters
// without I, O, Z, S and V, 31 characters; a character's value is its
// position.
const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// ValidUSCC reports whether code is a unified social credit code of 18
// characters of the standard's alphabet whose last character is the check
// character GB 32100-2015 computes from the first 17: the weight of
// position i (1-based) is 3^(i−1) mod 31, and the check character's value
// is 31 − (Σ value × weight mod 31), 0 when that is 31. Lower-case letters
// are read as capitals.
func ValidUSCC(code string) bool {
	code = strings.ToUpper(code)
	if len(code) != 18 {
		return false
	}
	sum, w := 0, 1
	for i := range 17 {
		v := strings.IndexByte(usccAlphabet, code[i])
		if v < 0 {
			return false
		}
		sum += v * w
		w = w * 3 % 31
	}
	check := (31 - sum%31) % 31
	return code[17] == usccAlphabet[check]
}
