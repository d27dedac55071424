package calc

import (
	"strconv"
	"strings"

	"github.com/greenline-calc/greenline/calc/internal/problem"
	"github.com/greenline-calc/greenline/calc/internal/syntax"
	"github.com/shopspring/decimal"
)

// Energy units accepted for electricity readings, with the watt-hours in one unit.
var energyUnits = map[string]int64{"kWh": 1_000, "MWh": 1_000_000}

// unitPlaces is the number of decimals that make one watt-hour in each unit.
var unitPlaces = map[string]int{"kWh": 3, "MWh": 6}

const (
	// maxNumberLen bounds the text of one number; longer text is refused
	// before it is parsed, whatever it holds.
	maxNumberLen = 32
	// maxReadingWh bounds one electricity reading: 10 TWh, far above the
	// yearly use of any single factory, so a larger figure is a unit slip.
	maxReadingWh = 10_000_000_000_000
)

// parseDecimal reads a non-negative decimal written in plain digits, with an
// optional decimal point and optional thousands separators ("1,200,000.5").
// Exponents, signs other than a leading minus (reported as negative), and
// anything else are refused with the problem, not yet placed.
func parseDecimal(s string) (decimal.Decimal, *Error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return decimal.Decimal{}, fault(CodeRequired, "enter a number")
	case len(s) > maxNumberLen:
		return decimal.Decimal{}, fault(CodeTooLong, "is {length} characters long; a number here has at most {max}",
			"length", strconv.Itoa(len(s)), "max", strconv.Itoa(maxNumberLen))
	}
	body := s
	negative := strings.HasPrefix(body, "-")
	if negative {
		body = body[1:]
	}
	if plain, ok := syntax.Ungroup(body); ok {
		body = plain
	}
	if !syntax.Decimal(body) {
		return decimal.Decimal{}, fault(CodeSyntax, "\"{value}\" is not a number; write plain digits such as 1200000 or 1200.5", "value", s)
	}
	if negative {
		if d := decimal.RequireFromString(body); !d.IsZero() {
			return decimal.Decimal{}, fault(CodeNegative, "must not be negative", "value", s)
		}
	}
	return decimal.RequireFromString(body), nil
}

// parseEnergy reads an energy reading in unit ("kWh" or "MWh") as whole
// watt-hours, in integer arithmetic (it runs for every hour of interval
// data). A value finer than one watt-hour is refused, not rounded.
func parseEnergy(s, unit string) (int64, *Error) {
	return parseWh(s, unit, maxReadingWh)
}

// parseWh reads s in unit as whole watt-hours, at most max.
func parseWh(s, unit string, max int64) (int64, *Error) {
	if wh, ok := fastWh(s, energyUnits[unit], unitPlaces[unit], max); ok {
		return wh, nil
	}
	s = strings.TrimSpace(s)
	if len(s) > maxNumberLen {
		return slowWh(s, unit, max)
	}
	body := s
	if plain, ok := syntax.Ungroup(body); ok {
		body = plain
	}
	if !syntax.Decimal(body) {
		return slowWh(s, unit, max)
	}
	per := energyUnits[unit]
	places := unitPlaces[unit]
	whole, frac, _ := strings.Cut(body, ".")
	frac = strings.TrimRight(frac, "0")
	if len(frac) > places {
		return 0, fault(CodePrecision, "{value} has more decimal places than one watt-hour ({unit} takes at most {places})",
			"value", s, "unit", unit, "places", strconv.Itoa(places))
	}
	whole = strings.TrimLeft(whole, "0")
	// max ≤ 10^13 Wh, so a whole part of more than 13 digits is too large
	// whatever the unit, and shorter ones cannot overflow below.
	if len(whole) > 13 {
		return 0, tooLarge(s, max)
	}
	var wh int64
	for i := 0; i < len(whole); i++ {
		wh = wh*10 + int64(whole[i]-'0')
	}
	wh *= per
	var f int64
	for i := 0; i < places; i++ {
		f *= 10
		if i < len(frac) {
			f += int64(frac[i] - '0')
		}
	}
	wh += f
	if wh > max || wh < 0 {
		return 0, tooLarge(s, max)
	}
	return wh, nil
}

// slowWh handles what the fast path does not: it explains, with
// parseDecimal's words, why s is not a number, or reads the rare forms
// parseDecimal normalises ("-0").
func slowWh(s, unit string, max int64) (int64, *Error) {
	d, e := parseDecimal(s)
	if e != nil {
		return 0, e
	}
	return parseWh(d.String(), unit, max)
}

func tooLarge(s string, max int64) *Error {
	return fault(CodeTooLarge, "{value} is above {max} {unit}, more than any single site or plant uses or makes; check the unit",
		"value", s, "max", decimal.New(max, -9).String(), "unit", "GWh")
}

// fault returns the problem problem.New(code, english, params...), not yet
// placed: its caller puts it at its field.
func fault(code, english string, params ...string) *Error {
	e := problem.New(code, english, params...)
	return &e
}

// fastWh reads the common form of a reading — plain digits, an optional
// point and at most the unit's decimals — in one pass over the bytes, the
// way the hourly series of a large project must be read in the browser;
// per and places are the unit's watt-hours and decimals.
// Anything else, valid or not, is left to parseWh's careful path (ok false),
// which also writes the error message.
func fastWh(s string, per int64, places int, max int64) (wh int64, ok bool) {
	if per == 0 || len(s) == 0 || len(s) > maxNumberLen {
		return 0, false
	}
	i := 0
	var whole int64
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		whole = whole*10 + int64(s[i]-'0')
		if whole > max/per {
			return 0, false
		}
	}
	if i == 0 {
		return 0, false
	}
	wh = whole * per
	if i < len(s) {
		if s[i] != '.' || i+1 == len(s) {
			return 0, false
		}
		var frac int64
		k := 0
		for i++; i < len(s); i, k = i+1, k+1 {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			switch {
			case k < places:
				frac = frac*10 + int64(c-'0')
			case c != '0':
				return 0, false // finer than a watt-hour
			}
		}
		for ; k < places; k++ {
			frac *= 10
		}
		wh += frac
	}
	if wh > max {
		return 0, false
	}
	return wh, true
}
