package calc

import (
	"strconv"
	"strings"

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
// anything else are refused with a code and message.
func parseDecimal(s string) (decimal.Decimal, string, string) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return decimal.Decimal{}, CodeRequired, "enter a number"
	case len(s) > maxNumberLen:
		return decimal.Decimal{}, CodeTooLong, "is " + strconv.Itoa(len(s)) + " characters long; a number here has at most " + strconv.Itoa(maxNumberLen)
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
		return decimal.Decimal{}, CodeSyntax, "\"" + s + "\" is not a number; write plain digits such as 1200000 or 1200.5"
	}
	if negative {
		if d := decimal.RequireFromString(body); !d.IsZero() {
			return decimal.Decimal{}, CodeNegative, "must not be negative"
		}
	}
	return decimal.RequireFromString(body), "", ""
}

// parseEnergy reads an energy reading in unit ("kWh" or "MWh") as whole
// watt-hours, in integer arithmetic (it runs for every hour of interval
// data). A value finer than one watt-hour is refused, not rounded.
func parseEnergy(s, unit string) (int64, string, string) {
	return parseWh(s, unit, maxReadingWh)
}

// parseWh reads s in unit as whole watt-hours, at most max.
func parseWh(s, unit string, max int64) (int64, string, string) {
	if wh, ok := fastWh(s, energyUnits[unit], unitPlaces[unit], max); ok {
		return wh, "", ""
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
		return 0, CodePrecision, "has more decimal places than one watt-hour (" + unit + " takes at most " + strconv.Itoa(places) + ")"
	}
	whole = strings.TrimLeft(whole, "0")
	// max ≤ 10^13 Wh, so a whole part of more than 13 digits is too large
	// whatever the unit, and shorter ones cannot overflow below.
	if len(whole) > 13 {
		return 0, CodeTooLarge, tooLarge(max)
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
		return 0, CodeTooLarge, tooLarge(max)
	}
	return wh, "", ""
}

// slowWh handles what the fast path does not: it explains, with
// parseDecimal's words, why s is not a number, or reads the rare forms
// parseDecimal normalises ("-0").
func slowWh(s, unit string, max int64) (int64, string, string) {
	d, code, msg := parseDecimal(s)
	if code != "" {
		return 0, code, msg
	}
	return parseWh(d.String(), unit, max)
}

func tooLarge(max int64) string {
	if max == maxReadingWh {
		return "is above 10,000 GWh, more than any single site uses; check the unit"
	}
	return "is above " + decimal.New(max, -9).String() + " GWh for one reading, more than any single site or plant; check the unit"
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
