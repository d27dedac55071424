package meter

import "strconv"

const (
	// MaxIntervalWh bounds the energy of one interval: 1 TWh, more than the
	// largest power station makes in an hour, so a larger figure is a unit
	// slip or a cumulative register read as interval energy.
	MaxIntervalWh = 1_000_000_000_000
	// maxNumberLen bounds the text of one number, as in package calc.
	maxNumberLen = 32
)

// A unit is an energy unit a value column can be in.
type unit struct {
	name   string // "kWh", "MWh" or "Wh"
	wh     int64  // watt-hours in one unit
	places int    // decimal places down to one watt-hour
	max    int64  // MaxIntervalWh / wh: the most whole units a value may have
}

var units = []unit{
	{"Wh", 1, 0, MaxIntervalWh},
	{"kWh", 1_000, 3, MaxIntervalWh / 1_000},
	{"MWh", 1_000_000, 6, MaxIntervalWh / 1_000_000},
}

func unitNamed(name string) (unit, bool) {
	for _, u := range units {
		if u.name == name {
			return u, true
		}
	}
	return unit{}, false
}

// parseWh reads one energy value in unit u as whole watt-hours, by hand,
// without allocating when the value is good. It accepts plain decimals
// ("1200", "0.25") with, when grouping is true, commas grouping the whole
// part in threes ("1,200.5"). Decimal places past a watt-hour are accepted
// only when they are zeros ("0.2500" kWh is 250 Wh; "0.2505" is refused).
// On failure it returns the problem, naming the value.
func parseWh(b []byte, u unit, grouping bool) (int64, *Error) {
	if v, ok := quickWh(b, u); ok {
		return v, nil
	}
	b = trimSpace(b)
	switch {
	case len(b) == 0:
		return 0, fault(CodeRequired, "the energy value is empty; a missing reading is never filled in, so give every interval a value")
	case len(b) > maxNumberLen:
		return 0, fault(CodeTooLong, "the energy value is {length} characters long; a number here has at most {max}",
			"length", strconv.Itoa(len(b)), "max", strconv.Itoa(maxNumberLen))
	}
	s := b
	negative := s[0] == '-'
	if negative {
		s = s[1:]
	}
	var whole, frac int64 // whole units; the fraction in watt-hours
	i, digits, group, commas := 0, 0, 0, 0
	big := false // whole part above u.max
	for ; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			if !big {
				whole = whole*10 + int64(c-'0')
				big = whole > u.max
			}
			digits++
			group++
			continue
		}
		if c == ',' && grouping {
			// The first group has 1 to 3 digits and does not start with
			// 0; every later one has exactly 3.
			if (commas == 0 && (group < 1 || group > 3 || s[0] == '0')) || (commas > 0 && group != 3) {
				return 0, notNumber(b, grouping)
			}
			commas++
			group = 0
			continue
		}
		break
	}
	if digits == 0 || (commas > 0 && group != 3) {
		return 0, notNumber(b, grouping)
	}
	fine := false // a non-zero digit past one watt-hour
	if i < len(s) {
		if s[i] != '.' || i == len(s)-1 {
			return 0, notNumber(b, grouping)
		}
		places := 0
		for i++; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, notNumber(b, grouping)
			}
			if places < u.places {
				frac = frac*10 + int64(c-'0')
			} else if c != '0' {
				fine = true
			}
			places++
		}
		for ; places < u.places; places++ {
			frac *= 10
		}
	}
	zero := whole == 0 && frac == 0 && !fine
	switch {
	case negative && !zero:
		return 0, fault(CodeNegative, "the energy value \"{value}\" is negative; interval energy is never below zero (give generation and consumption as separate files)", "value", text(b))
	case fine:
		return 0, fault(CodePrecision, "the energy value \"{value}\" has more decimal places than one watt-hour ({unit} takes at most {places}); Greenline counts whole watt-hours and does not round",
			"value", text(b), "unit", u.name, "places", strconv.Itoa(u.places))
	case big || whole*u.wh+frac > MaxIntervalWh:
		return 0, fault(CodeTooLarge, "the energy value \"{value}\" is above {max} {unit} for one interval, more than any meter records; check the unit",
			"value", text(b), "max", "1", "unit", "TWh")
	}
	return whole*u.wh + frac, nil
}

// quickWh reads the commonest values, digits with perhaps a point and at
// most u.places decimals ("123.456" kWh), as parseWh would; ok is false
// for anything else, which parseWh then reads.
func quickWh(b []byte, u unit) (int64, bool) {
	n := len(b)
	if n == 0 || n > 16 {
		return 0, false
	}
	var whole int64
	i := 0
	for ; i < n && b[i]-'0' <= 9; i++ {
		whole = whole*10 + int64(b[i]-'0')
	}
	if i == 0 || whole > u.max {
		return 0, false
	}
	var frac int64
	if i < n {
		places := n - i - 1
		if b[i] != '.' || places < 1 || places > u.places {
			return 0, false
		}
		for i++; i < n; i++ {
			d := b[i] - '0'
			if d > 9 {
				return 0, false
			}
			frac = frac*10 + int64(d)
		}
		for ; places < u.places; places++ {
			frac *= 10
		}
	}
	v := whole*u.wh + frac
	return v, v <= MaxIntervalWh
}

// The codes of a value that is not a number, by what is wrong with it.
const (
	CodeDecimalComma = "number.decimal_comma" // a comma in a file where it could be a decimal comma
	CodeGrouping     = "number.grouping"      // commas that do not group the whole part in threes
	CodeExponent     = "number.exponent"      // an exponent
)

func notNumber(b []byte, grouping bool) *Error {
	const msg = "\"{value}\" is not a number; write plain digits with a decimal point, such as 1200 or 0.25"
	v := text(b)
	for _, c := range b {
		switch {
		case c == ',' && !grouping:
			return fault(CodeDecimalComma, msg+" (in a file delimited by semicolons or tabs a comma could be a decimal comma, so commas are not accepted in numbers)", "value", v)
		case c == ',':
			return fault(CodeGrouping, msg+" (commas group the whole part in threes, as in 1,200,000.5)", "value", v)
		case c == 'e' || c == 'E':
			return fault(CodeExponent, msg+" (exponents are not accepted)", "value", v)
		}
	}
	return fault(CodeSyntax, msg, "value", v)
}

// quote returns b in double quotes, shortened to about 40 bytes, with
// invalid UTF-8 and control characters escaped.
func quote(b []byte) string {
	const max = 40
	if len(b) > max {
		return strconv.Quote(string(b[:max])) + "…"
	}
	return strconv.Quote(string(b))
}

// trimSpace removes ASCII spaces and tabs at both ends of b.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}
