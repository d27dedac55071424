package calc

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// A CFEShare is the carbon-free share of the grid a facility draws from:
// one share for the whole period or one per hour, each a fraction from 0
// to 1 with at most six decimals (from the grid operator or a data
// provider; the source is the user's to cite).
type CFEShare struct {
	Annual string   `json:"annual,omitempty"`
	Hourly []string `json:"hourly,omitempty"`
	Source string   `json:"source"`
}

// checkCFE returns the share of every hour in parts per million. A CFE
// score needs the facility's hours.
func checkCFE(errs *Errors, at string, c CFEShare, hours []int64, sp *span) []int64 {
	if hours == nil || sp == nil {
		errs.Add(CodeCFEHours, at, "a CFE score needs the facility's hourly load: hourly data, or bills with a profile, and the period")
		return nil
	}
	checkText(errs, at+".source", c.Source)
	if c.Source == "" {
		errs.Add(CodeRequired, at+".source", "say where the grid's carbon-free shares come from")
	}
	out := make([]int64, sp.hours)
	switch {
	case (c.Annual == "") == (c.Hourly == nil):
		errs.Add(CodeCFEBoth, at, "give either one annual share or one share per hour")
		return nil
	case c.Annual != "":
		ppm, e := parseShare(c.Annual)
		if e != nil {
			errs.Put(at+".annual", *e)
			return nil
		}
		for h := range out {
			out[h] = ppm
		}
	default:
		if len(c.Hourly) != sp.hours {
			errs.Add(CodeHourCount, at+".hourly", "has {count} shares; the period has {hours} hours", "count", strconv.Itoa(len(c.Hourly)), "hours", strconv.Itoa(sp.hours))
			return nil
		}
		for h, v := range c.Hourly {
			ppm, e := parseShare(v)
			if e != nil {
				errs.Put(at+"."+index("hourly", h), *e)
				return nil
			}
			out[h] = ppm
		}
	}
	return out
}

// A CFEScore is the share of a facility's consumption that was carbon-free
// hour by hour: in each hour its own carbon-free supply (direct line and
// shaped PPAs, up to the hour's load) plus the rest of the hour's load
// times the grid's carbon-free share, summed over the period, over the
// period's consumption.
type CFEScore struct {
	Percent string   `json:"percent"`
	Clean   Quantity `json:"clean"` // kWh, exact
	Load    Quantity `json:"load"`
	Source  string   `json:"grid_source"`
}

// cfeScore computes the score from the hourly loads, the facility's own
// matched clean energy per hour and the grid's shares in ppm, in integers:
// Σ (load − matched) × share is kept as a quotient and a remainder of 10⁶,
// so nothing overflows and nothing rounds until the end.
func cfeScore(load, matched, share []int64, source string) *CFEScore {
	var own, q, r, total int64
	for h, l := range load {
		m := matched[h]
		x := (l - m) * share[h] // ≤ 10 GWh × 10⁶ < 2⁶³
		q, r = q+x/shareUnit, r+x%shareUnit
		own += m
		total += l
	}
	clean := decimal.NewFromInt(own + q).Add(decimal.New(r, -6)) // Wh
	pct := "n/a"
	if total != 0 {
		pct = clean.Shift(2).DivRound(decimal.NewFromInt(total), 2).StringFixed(2)
	}
	return &CFEScore{Percent: pct, Clean: Quantity{Value: clean.Shift(-3).StringFixed(9), Unit: "kWh"}, Load: kWh(total), Source: source}
}
