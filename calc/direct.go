package calc

import (
	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/shopspring/decimal"
)

// A SupplyResult is what one supply did over the period: its generation,
// what its users took hour by hour, what was left, and the policy ratios.
type SupplyResult struct {
	ID         string        `json:"id"`
	Name       string        `json:"name,omitempty"`
	Rule       string        `json:"rule"`
	Generation Quantity      `json:"generation"`
	Allocated  Quantity      `json:"allocated"` // taken by the users
	Surplus    Quantity      `json:"surplus"`   // taken by nobody: exported or curtailed
	Fate       string        `json:"surplus_fate"`
	Flags      []string      `json:"flags,omitempty"`
	Matching   Matching      `json:"matching"`
	Ratios     []Ratio       `json:"ratios"`
	Checks     []PolicyCheck `json:"checks,omitempty"` // the notice's other requirements (operator.go)
	Users      []UserResult  `json:"users"`
	Monthly    []MonthFlow   `json:"monthly"`
	Trace      []Step        `json:"trace"`
}

// Matching compares the hourly-matched share of the users' consumption
// (surplus in one hour never covers another hour) with the annual-matched
// share (one year's generation against one year's consumption).
type Matching struct {
	Hourly Share `json:"hourly"`
	Annual Share `json:"annual"`
}

// A Ratio is one of the direct-connection policy ratios of a supply, with
// the thresholds of the notices checked against it.
type Ratio struct {
	Metric string           `json:"metric"`
	Share  Share            `json:"share"`
	Checks []ThresholdCheck `json:"checks"`
}

// A ThresholdCheck compares a ratio with one published threshold. The comparison is
// exact (part × 100 against threshold × whole), never on the rounded
// percentage.
type ThresholdCheck struct {
	Comparator   string `json:"comparator"`
	Threshold    string `json:"threshold"` // percent
	Met          bool   `json:"met"`
	Target       bool   `json:"target,omitempty"` // a level to reach by a year, not yet required
	InForce      bool   `json:"in_force"`         // the notice was in force at the end of the period
	AppliesFrom  string `json:"applies_from"`
	Policy       string `json:"policy"`
	Clause       string `json:"clause"`
	Verification string `json:"verification"`
	Overridden   bool   `json:"overridden,omitempty"` // replaced by a provincial cap the user entered
}

// A UserResult is one user's part of a supply.
type UserResult struct {
	Facility string     `json:"facility"`
	Load     Quantity   `json:"load"`
	Green    Quantity   `json:"green"`    // allocated from the supply, hour by hour
	Residual Quantity   `json:"residual"` // from the grid
	Matched  Share      `json:"hourly_matched"`
	Hours    *UserHours `json:"hours,omitempty"` // with options.hourly
}

// UserHours are a user's green and grid energy in every hour of the
// period, in kWh, hour 0 being 00:00–01:00 on the period's first day.
type UserHours struct {
	Start    string   `json:"start"` // local time of hour 0, "2024-01-01T00:00"
	Green    []string `json:"green"`
	Residual []string `json:"residual"`
}

// A MonthFlow is one month of a supply, in kWh.
type MonthFlow struct {
	Month      string `json:"month"` // YYYY-MM
	Generation string `json:"generation"`
	Allocated  string `json:"allocated"`
	Surplus    string `json:"surplus"`
	Load       string `json:"load"`
}

// Policy ratio metrics, named as in the direct-connection notices' data
// (calc/policy).
const (
	MetricUsedOnSite = "self_consumed_share_of_available_generation"
	MetricGreenShare = "self_consumed_share_of_total_consumption"
	MetricExported   = "grid_export_share_of_available_generation"
)

// run allocates the supply over every hour of the period and returns its
// result, the green energy each user took and what each took in every
// month, by user position.
//
// With hourly set, the result also lists every hour's allocation, by user;
// with keep set, every user's hours are returned too.
func (f feed) run(sp span, sites []site, hourly, keep bool) (SupplyResult, []int64, [][]int64, [][12]int64) {
	n := len(f.users)
	// Each user's hours, gathered into one row per hour as the loop goes:
	// n sequential streams, no transposed copy of the whole year.
	loads := make([][]int64, n)
	for u, si := range f.users {
		loads[u] = sites[si].hours
	}
	row := make([]int64, n)
	a := newAllocator(f.Rule, n, f.shares, f.order, f.Reoffer)
	out := make([]int64, n)
	green := make([]int64, n)
	byMonth := make([][12]int64, n)
	before := make([]int64, n) // green taken before the current month
	var alloc []int64          // hour-major, kept only when hours are reported
	if hourly || keep {
		alloc = make([]int64, sp.hours*n)
	}
	var totGen, totAlloc, totSurplus, totLoad, curtailSurplus int64
	monthly := make([]MonthFlow, 12)
	// Of one length, so that the loops below need no bounds checks on
	// them (which wasm pays for on every access).
	row, out, green = row[:len(loads)], out[:len(loads)], green[:len(loads)]
	for m := range 12 {
		var mGen, mAlloc, mSurplus, mLoad int64
		for _, si := range f.users {
			mLoad += sites[si].months[m] // check summed every user's hours by month
		}
		for h := sp.monthStart[m]; h < sp.monthStart[m+1]; h++ {
			gen := f.gen[h]
			if gen == 0 {
				continue // under every rule no user takes anything and nothing is left: a solar plant's nights
			}
			var load int64
			for u, l := range loads {
				x := l[h] // h < sp.hours = len(l), checked when read
				row[u] = x
				load += x
			}
			sur := a.hourOf(gen, load, row, out)
			mSurplus += sur
			if f.curtail != nil && f.curtail[h] {
				curtailSurplus += sur
			}
			mGen += gen
			mAlloc += gen - sur // every rule: Σ out + surplus = gen
			for u, x := range out {
				green[u] += x
			}
			if alloc != nil {
				copy(alloc[h*n:], out)
			}
		}
		for u := range byMonth {
			// Once per user and month, outside the hourly loop.
			byMonth[u][m] = green[u] - before[u]
			before[u] = green[u]
		}
		monthly[m] = MonthFlow{Month: sp.label[m],
			Generation: whToKWh(mGen), Allocated: whToKWh(mAlloc), Surplus: whToKWh(mSurplus), Load: whToKWh(mLoad)}
		totGen, totAlloc, totSurplus, totLoad = totGen+mGen, totAlloc+mAlloc, totSurplus+mSurplus, totLoad+mLoad
	}
	exported := totSurplus
	if f.Surplus == "curtailed" {
		exported = 0
	}
	parts := [][2]int64{{totAlloc, totGen}, {totAlloc, totLoad}, {exported, totGen}}
	r := SupplyResult{
		ID: f.ID, Name: f.Name, Rule: f.Rule,
		Generation: kWh(totGen), Allocated: kWh(totAlloc), Surplus: kWh(totSurplus), Fate: f.Surplus,
		Matching: matchingOf(f, totAlloc, totGen, totLoad),
		Ratios: []Ratio{
			{Metric: MetricUsedOnSite, Share: newShare(totAlloc, totGen)},
			{Metric: MetricGreenShare, Share: newShare(totAlloc, totLoad)},
			{Metric: MetricExported, Share: newShare(exported, totGen)},
		},
		Monthly: monthly,
	}
	st := step(CodeStepAllocation, "Hourly allocation of the generation of {supply} by the {rule} rule", "supply", supplyLabel(f.Supply), "rule", f.Rule)
	st.Formula = "each hour h: usable = min(G_h, Σ load_h); split by " + f.Rule + " with the largest-remainder method (ties to the earlier user); surplus_h = G_h − Σ allocated_h"
	st.Inputs = []Quantity{{Name: "G", Value: whToKWh(totGen), Unit: "kWh"}, {Name: "Σ load", Value: whToKWh(totLoad), Unit: "kWh"}}
	st.Result = Quantity{Name: "Σ allocated", Value: whToKWh(totAlloc), Unit: "kWh"}
	r.Trace = []Step{st}
	estimate := f.estimate
	for _, si := range f.users {
		estimate = estimate || sites[si].estimate
	}
	if estimate {
		r.Flags = []string{FlagEstimate}
	}
	kind := policy.SingleUser
	if n > 1 {
		kind = policy.MultiUser
	}
	end := sp.start.AddDate(1, 0, -1).Format("2006-01-02")
	for i := range r.Ratios {
		r.Ratios[i].Checks = checks(r.Ratios[i].Metric, kind, end, parts[i])
	}
	f.operatorChecks(&r, kind, end, exported, curtailSurplus, totGen, estimate)
	r.Users = make([]UserResult, 0, n)
	for u, si := range f.users {
		s := sites[si]
		matched := green[u]
		if !f.ef.IsZero() {
			matched = 0 // a fossil-rated line is not green
		}
		load, got := kWh(s.total), kWh(green[u])
		matchedQ := got
		if matched != green[u] {
			matchedQ = kWh(matched)
		}
		ur := UserResult{Facility: s.ID, Load: load, Green: got, Residual: kWh(s.total - green[u]), Matched: shareOf(matched, s.total, matchedQ, load)}
		if hourly {
			ur.Hours = &UserHours{Start: sp.start.Format("2006-01-02T15:04"), Green: make([]string, sp.hours), Residual: make([]string, sp.hours)}
			for h := range sp.hours {
				g := alloc[h*n+u]
				ur.Hours.Green[h], ur.Hours.Residual[h] = whToKWh(g), whToKWh(loads[u][h]-g)
			}
		}
		r.Users = append(r.Users, ur)
	}
	var byUser [][]int64
	if keep {
		byUser = make([][]int64, n)
		for u := range byUser {
			byUser[u] = make([]int64, sp.hours)
			for h := range sp.hours {
				byUser[u][h] = alloc[h*n+u]
			}
		}
	}
	return r, green, byUser, byMonth
}

func kWh(wh int64) Quantity { return Quantity{Value: whToKWh(wh), Unit: "kWh"} }

// checks compares a ratio (part of whole) with every published percentage
// threshold on metric for the kind of project; a notice published after
// the period ends is shown for information, not in force.
func checks(metric string, kind policy.ProjectKind, periodEnd string, pw [2]int64) []ThresholdCheck {
	all, _ := policy.Default().RatioThresholds(kind, "9999-12-31") // kind is valid
	out := []ThresholdCheck{}
	for _, t := range all {
		if t.Metric != metric {
			continue
		}
		part, whole := decimal.NewFromInt(pw[0]).Shift(2), decimal.NewFromInt(pw[1])
		c := ThresholdCheck{
			Comparator: string(t.Comparator), Threshold: t.Value, Target: t.Target,
			Met:         pw[1] != 0 && t.Comparator.Holds(part, t.Number.Mul(whole)),
			AppliesFrom: t.AppliesFrom, Policy: t.Policy, Clause: t.Note, Verification: t.Verification,
		}
		c.InForce = !t.Target && t.AppliesFrom <= periodEnd
		out = append(out, c)
	}
	return out
}

// matchingOf is a supply's hourly and annual matched shares; a
// fossil-rated supply matches nothing.
func matchingOf(f feed, alloc, gen, load int64) Matching {
	if !f.ef.IsZero() {
		return Matching{Hourly: newShare(0, load), Annual: newShare(0, load)}
	}
	return Matching{Hourly: newShare(alloc, load), Annual: newShare(min(gen, load), load)}
}
