package calc

import (
	"strconv"
	"strings"

	"github.com/greenline-calc/greenline/calc/internal/syntax"
	"github.com/shopspring/decimal"
)

// Energy units accepted for electricity readings, with the watt-hours in one unit.
var energyUnits = map[string]int64{"kWh": 1_000, "MWh": 1_000_000}

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
// watt-hours. A value finer than one watt-hour is refused, not rounded.
func parseEnergy(s, unit string) (int64, string, string) {
	d, code, msg := parseDecimal(s)
	if code != "" {
		return 0, code, msg
	}
	per := energyUnits[unit]
	wh := d.Mul(decimal.NewFromInt(per))
	if !wh.IsInteger() {
		return 0, CodePrecision, "has more decimal places than one watt-hour (" + unit + " takes at most " + strconv.Itoa(len(strconv.FormatInt(per, 10))-1) + ")"
	}
	if wh.GreaterThan(decimal.NewFromInt(maxReadingWh)) {
		return 0, CodeTooLarge, "is above 10,000 GWh, more than any single site uses; check the unit"
	}
	return wh.IntPart(), "", ""
}
