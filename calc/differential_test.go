package calc

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/shopspring/decimal"
)

// TestProjectsAgainstReference builds random whole projects — a year of
// hourly loads and generation, several users, every rule — and recomputes
// each user's green energy, grid energy and both Scope 2 figures with the
// slow reference (rational arithmetic per hour, decimal per user), then
// demands that the engine's figures equal it exactly; so too each user's
// months (load, direct line, grid, which add up to the load) and, for
// every other project, its hourly share ⌊1000 × green ÷ load⌋.
func TestProjectsAgainstReference(t *testing.T) {
	const hours = 8760 // 2025
	r := rand.New(rand.NewPCG(7, 11))
	rules := []string{RuleProRata, RuleFixedShares, RulePriority}
	projects := 1000
	if testing.Short() {
		projects = 100
	}
	// monthOf[h] is the month (0–11) of hour h of 2025, from the calendar.
	monthOf := make([]int, hours)
	for h := range monthOf {
		monthOf[h] = int(time.Date(2025, 1, 1, h, 0, 0, 0, time.UTC).Month()) - 1
	}
	grid := decimal.RequireFromString("0.5500")     // cn-mee-2023 region-east
	residual := decimal.RequireFromString("0.6096") // cn-mee-2023 national excl. market-traded non-fossil
	for trial := range projects {
		users := 1 + r.IntN(5)
		rule := rules[trial%3]
		reoffer := rule == RuleFixedShares && r.IntN(2) == 0
		// Energy only in a few random hours, so that a thousand full-year
		// projects stay quick; every other hour is zero.
		active := make([]int, 40)
		for i := range active {
			active[i] = r.IntN(hours)
		}
		gen := make([]int64, hours)
		loads := make([][]int64, users)
		for i, h := range active {
			if i%4 > 0 { // a quarter of the hours with load have no generation, like a solar plant's nights
				gen[h] = r.Int64N(50_000_000)
			}
		}
		for u := range users {
			loads[u] = make([]int64, hours)
			for _, h := range active {
				if r.IntN(4) > 0 {
					loads[u][h] = r.Int64N(20_000_000)
				}
			}
		}
		shares := randomShares(r, users)
		order := r.Perm(users)
		// The project, with readings as text in kWh to the Wh.
		text := func(xs []int64) *Series {
			s := &Series{StepMinutes: 60, Values: make([]string, hours)}
			for h, x := range xs {
				s.Values[h] = decimal.New(x, -3).String()
			}
			return s
		}
		p := Project{Format: 1, Period: &Period{Start: "2025-01"},
			Supplies: []Supply{{ID: "s", Kind: "microgrid", Technology: "wind", Unit: "kWh", Generation: text(gen), Rule: rule, Reoffer: reoffer, Surplus: "exported"}},
			Options:  Options{HourlyShare: trial%2 == 0}}
		for u := range users {
			id := "u" + strconv.Itoa(u)
			p.Facilities = append(p.Facilities, Facility{ID: id, Grid: FactorRef{Table: "cn-mee-2023", Key: "region-east"},
				Electricity: Electricity{Unit: "kWh", Hourly: text(loads[u])}})
			su := SupplyUser{Facility: id}
			switch rule {
			case RuleFixedShares:
				su.Share = decimal.New(shares[u], -6).String()
			case RulePriority:
				su.Priority = 1 + indexOf(order, u)
			}
			p.Supplies[0].Users = append(p.Supplies[0].Users, su)
		}
		res, err := Calculate(p, factors.Default())
		if err != nil {
			t.Fatal(err)
		}
		// The reference.
		green := make([]int64, users)
		total := make([]int64, users)
		monthGreen := make([][12]int64, users)
		monthLoad := make([][12]int64, users)
		var surplus int64
		var flows [12][4]int64 // the supply's generation, allocated, surplus and load by month
		for h := range hours {
			row := make([]int64, users)
			for u := range users {
				row[u] = loads[u][h]
				total[u] += row[u]
				monthLoad[u][monthOf[h]] += row[u]
				flows[monthOf[h]][3] += row[u]
			}
			out, s := refHour(rule, shares, order, reoffer, gen[h], row)
			surplus += s
			flows[monthOf[h]][0] += gen[h]
			flows[monthOf[h]][2] += s
			for u := range users {
				flows[monthOf[h]][1] += out[u]
				green[u] += out[u]
				monthGreen[u][monthOf[h]] += out[u]
				if hs := res.Facilities[u].HourlyShare; hs != nil {
					want := -1
					if row[u] > 0 {
						want = int(out[u] * 1000 / row[u])
					}
					if hs.Permille[h] != want {
						t.Fatalf("project %d user %d hour %d: permille %d, want %d", trial, u, h, hs.Permille[h], want)
					}
				}
			}
		}
		for u := range users {
			kwh := decimal.New(total[u], -3)
			lb := kwh.Mul(grid).Div(decimal.NewFromInt(1000))
			mb := decimal.New(total[u]-green[u], -3).Mul(residual).Div(decimal.NewFromInt(1000))
			f, su := res.Facilities[u], res.Supplies[0].Users[u]
			want := []string{decimal.New(green[u], -3).StringFixed(3), lb.String(), mb.String()}
			got := []string{su.Green.Value, f.LocationBased.Exact, f.MarketBased.Exact}
			for m := range 12 {
				want = append(want, kwh3(monthLoad[u][m]), kwh3(monthGreen[u][m]), kwh3(monthLoad[u][m]-monthGreen[u][m]))
				got = append(got, f.Monthly[m].Load, f.Monthly[m].Direct, f.Monthly[m].Grid)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("project %d (%s, %d users) user %d: got %v, want %v", trial, rule, users, u, got, want)
				}
			}
			if (f.HourlyShare != nil) != (trial%2 == 0) {
				t.Fatalf("project %d user %d: hourly share %v, asked %v", trial, u, f.HourlyShare != nil, trial%2 == 0)
			}
		}
		if got, want := res.Supplies[0].Surplus.Value, decimal.New(surplus, -3).StringFixed(3); got != want {
			t.Fatalf("project %d: surplus %s, want %s", trial, got, want)
		}
		for m, fl := range flows {
			mf := res.Supplies[0].Monthly[m]
			got := []string{mf.Generation, mf.Allocated, mf.Surplus, mf.Load}
			want := []string{kwh3(fl[0]), kwh3(fl[1]), kwh3(fl[2]), kwh3(fl[3])}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("project %d (%s) month %d: supply flows %v, want %v", trial, rule, m+1, got, want)
				}
			}
		}
	}
}

// kwh3 writes watt-hours as kWh with three decimals, by decimal.
func kwh3(wh int64) string { return decimal.New(wh, -3).StringFixed(3) }

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}
