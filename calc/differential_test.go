package calc

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/shopspring/decimal"
)

// TestProjectsAgainstReference builds random whole projects — a year of
// hourly loads and generation, several users, every rule — and recomputes
// each user's green energy, grid energy and both Scope 2 figures with the
// slow reference (rational arithmetic per hour, decimal per user), then
// demands that the engine's figures equal it exactly.
func TestProjectsAgainstReference(t *testing.T) {
	const hours = 8760 // 2025
	r := rand.New(rand.NewPCG(7, 11))
	rules := []string{RuleProRata, RuleFixedShares, RulePriority}
	projects := 1000
	if testing.Short() {
		projects = 100
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
		for _, h := range active {
			gen[h] = r.Int64N(50_000_000)
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
			Supplies: []Supply{{ID: "s", Kind: "microgrid", Technology: "wind", Unit: "kWh", Generation: text(gen), Rule: rule, Reoffer: reoffer, Surplus: "exported"}}}
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
		var surplus int64
		for h := range hours {
			row := make([]int64, users)
			for u := range users {
				row[u] = loads[u][h]
				total[u] += row[u]
			}
			out, s := refHour(rule, shares, order, reoffer, gen[h], row)
			surplus += s
			for u := range users {
				green[u] += out[u]
			}
		}
		for u := range users {
			kwh := decimal.New(total[u], -3)
			lb := kwh.Mul(grid).Div(decimal.NewFromInt(1000))
			mb := decimal.New(total[u]-green[u], -3).Mul(residual).Div(decimal.NewFromInt(1000))
			f, su := res.Facilities[u], res.Supplies[0].Users[u]
			want := []string{decimal.New(green[u], -3).StringFixed(3), lb.String(), mb.String()}
			got := []string{su.Green.Value, f.LocationBased.Exact, f.MarketBased.Exact}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("project %d (%s, %d users) user %d: got %v, want %v", trial, rule, users, u, got, want)
				}
			}
		}
		if got, want := res.Supplies[0].Surplus.Value, decimal.New(surplus, -3).StringFixed(3); got != want {
			t.Fatalf("project %d: surplus %s, want %s", trial, got, want)
		}
	}
}

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}
