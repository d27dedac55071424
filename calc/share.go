package calc

import (
	"math"
	"strconv"

	"github.com/shopspring/decimal"
)

// A Share is one energy as a part of another: exact as its two parts, and
// reported as a percentage to 2 decimals, rounded half away from zero, once.
// Comparisons with thresholds use the exact parts, never the rounded
// percentage.
type Share struct {
	Percent string   `json:"percent"` // "n/a" when the denominator is zero
	Part    Quantity `json:"part"`
	Whole   Quantity `json:"whole"`
}

func newShare(part, whole int64) Share {
	return shareOf(part, whole, kWh(part), kWh(whole))
}

// shareOf is newShare with the two energies already written as kWh(part)
// and kWh(whole).
func shareOf(part, whole int64, partQ, wholeQ Quantity) Share {
	s := Share{Percent: "n/a", Part: partQ, Whole: wholeQ}
	switch {
	case whole > 0 && part >= 0 && part <= math.MaxInt64/10_000:
		s.Percent = percent(part, whole)
	case whole != 0:
		s.Percent = decimal.NewFromInt(part).Shift(2).DivRound(decimal.NewFromInt(whole), 2).StringFixed(2)
	}
	return s
}

// percent writes part ÷ whole as a percentage to 2 decimals, rounded half
// away from zero, in integer arithmetic: part must be non-negative and at
// most math.MaxInt64 ÷ 10,000, whole positive.
func percent(part, whole int64) string {
	q, r := part*10_000/whole, part*10_000%whole
	if r >= whole-r { // the remainder is at least half of whole
		q++
	}
	var b [24]byte
	out := strconv.AppendInt(b[:0], q/100, 10)
	return string(append(out, '.', byte('0'+q/10%10), byte('0'+q%10)))
}
