package calc

// A SupplyResult is what one supply did over the period: its generation,
// what its users took hour by hour, what was left, and the policy ratios.
type SupplyResult struct {
	ID         string       `json:"id"`
	Name       string       `json:"name,omitempty"`
	Rule       string       `json:"rule"`
	Generation Quantity     `json:"generation"`
	Allocated  Quantity     `json:"allocated"` // taken by the users
	Surplus    Quantity     `json:"surplus"`   // taken by nobody: exported or curtailed
	Fate       string       `json:"surplus_fate"`
	Matching   Matching     `json:"matching"`
	Ratios     []Ratio      `json:"ratios"`
	Users      []UserResult `json:"users"`
	Monthly    []MonthFlow  `json:"monthly"`
	Trace      []Step       `json:"trace"`
}

// Matching compares the hourly-matched share of the users' consumption
// (surplus in one hour never covers another hour) with the annual-matched
// share (one year's generation against one year's consumption).
type Matching struct {
	Hourly Share `json:"hourly"`
	Annual Share `json:"annual"`
}

// A Ratio is one of the direct-connection policy ratios of a supply.
type Ratio struct {
	Metric string `json:"metric"`
	Share  Share  `json:"share"`
}

// A UserResult is one user's part of a supply.
type UserResult struct {
	Facility string   `json:"facility"`
	Load     Quantity `json:"load"`
	Green    Quantity `json:"green"`    // allocated from the supply, hour by hour
	Residual Quantity `json:"residual"` // from the grid
	Matched  Share    `json:"hourly_matched"`
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
// result and the green energy each user took, by user position.
func (f feed) run(sp span, sites []site) (SupplyResult, []int64) {
	n := len(f.users)
	// Loads hour-major, so that each hour reads one contiguous row.
	load := make([]int64, sp.hours*n)
	for u, si := range f.users {
		for h, wh := range sites[si].hours {
			load[h*n+u] = wh
		}
	}
	a := newAllocator(f.Rule, n, f.shares, f.order, f.Reoffer)
	out := make([]int64, n)
	green := make([]int64, n)
	var totGen, totAlloc, totSurplus, totLoad int64
	monthly := make([]MonthFlow, 12)
	for m := range 12 {
		var mGen, mAlloc, mSurplus, mLoad int64
		for h := sp.monthStart[m]; h < sp.monthStart[m+1]; h++ {
			row := load[h*n : (h+1)*n]
			mSurplus += a.hour(f.gen[h], row, out)
			mGen += f.gen[h]
			for u, x := range out {
				green[u] += x
				mAlloc += x
				mLoad += row[u]
			}
		}
		monthly[m] = MonthFlow{Month: sp.start.AddDate(0, m, 0).Format("2006-01"),
			Generation: whToKWh(mGen), Allocated: whToKWh(mAlloc), Surplus: whToKWh(mSurplus), Load: whToKWh(mLoad)}
		totGen, totAlloc, totSurplus, totLoad = totGen+mGen, totAlloc+mAlloc, totSurplus+mSurplus, totLoad+mLoad
	}
	exported := totSurplus
	if f.Surplus == "curtailed" {
		exported = 0
	}
	r := SupplyResult{
		ID: f.ID, Name: f.Name, Rule: f.Rule,
		Generation: kWh(totGen), Allocated: kWh(totAlloc), Surplus: kWh(totSurplus), Fate: f.Surplus,
		Matching: Matching{Hourly: newShare(totAlloc, totLoad), Annual: newShare(min(totGen, totLoad), totLoad)},
		Ratios: []Ratio{
			{MetricUsedOnSite, newShare(totAlloc, totGen)},
			{MetricGreenShare, newShare(totAlloc, totLoad)},
			{MetricExported, newShare(exported, totGen)},
		},
		Monthly: monthly,
		Trace: []Step{{
			What:    "Hourly allocation of the supply's generation",
			Formula: "each hour h: usable = min(G_h, Σ load_h); split by " + f.Rule + " with the largest-remainder method (ties to the earlier user); surplus_h = G_h − Σ allocated_h",
			Inputs:  []Quantity{{Name: "G", Value: whToKWh(totGen), Unit: "kWh"}, {Name: "Σ load", Value: whToKWh(totLoad), Unit: "kWh"}},
			Result:  Quantity{Name: "Σ allocated", Value: whToKWh(totAlloc), Unit: "kWh"},
		}},
	}
	for u, si := range f.users {
		s := sites[si]
		r.Users = append(r.Users, UserResult{Facility: s.ID, Load: kWh(s.total), Green: kWh(green[u]),
			Residual: kWh(s.total - green[u]), Matched: newShare(green[u], s.total)})
	}
	return r, green
}

func kWh(wh int64) Quantity { return Quantity{Value: whToKWh(wh), Unit: "kWh"} }
