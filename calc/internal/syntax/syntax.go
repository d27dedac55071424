// Package syntax recognises the few textual forms the core accepts: plain
// decimals, grouped decimals, keys and dates. It is hand-written rather
// than built on regexp, which would add about 100 KB to the browser's wasm.
package syntax

import "strings"

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Decimal reports whether s is digits with an optional fraction: "12", "0.5".
func Decimal(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return digits(s[:i]) && digits(s[i+1:])
		}
	}
	return digits(s)
}

// Ungroup removes thousands separators from s when they group the integer
// part in threes ("1,200,000.5" gives "1200000.5", true). It returns s and
// false when s has no separators or they are misplaced.
func Ungroup(s string) (string, bool) {
	if !strings.Contains(s, ",") {
		return s, false
	}
	whole, frac := s, ""
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			whole, frac = s[:i], s[i:]
			break
		}
	}
	var out []byte
	group := 0 // digits since the last separator; -1 before the first
	seen := false
	for i := 0; i < len(whole); i++ {
		switch c := whole[i]; {
		case c == ',':
			if (seen && group != 3) || (!seen && (group < 1 || group > 3)) {
				return s, false
			}
			seen, group = true, 0
		case c >= '0' && c <= '9':
			out = append(out, c)
			group++
		default:
			return s, false
		}
	}
	if !seen || group != 3 {
		return s, false
	}
	return string(out) + frac, true
}

// Key reports whether s is lower-case letters and digits in words joined by
// single hyphens: "province-jiangsu".
func Key(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// Date reports whether s has the form YYYY-MM-DD with a month 01–12 and a
// day 01–31.
func Date(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s[:4]) || !digits(s[5:7]) || !digits(s[8:]) {
		return false
	}
	m, d := (s[5]-'0')*10+s[6]-'0', (s[8]-'0')*10+s[9]-'0'
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}
