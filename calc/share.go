package calc

import "github.com/shopspring/decimal"

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
	s := Share{Percent: "n/a", Part: Quantity{Value: whToKWh(part), Unit: "kWh"}, Whole: Quantity{Value: whToKWh(whole), Unit: "kWh"}}
	if whole != 0 {
		s.Percent = decimal.NewFromInt(part).Shift(2).DivRound(decimal.NewFromInt(whole), 2).StringFixed(2)
	}
	return s
}
