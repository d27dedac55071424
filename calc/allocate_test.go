package calc

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestAllocatorHandWorked(t *testing.T) {
	tests := []struct {
		name        string
		rule        string
		shares      []int64 // ppm, with the uncontracted rest last
		order       []int
		reoffer     bool
		gen         int64
		loads, want []int64
		surplus     int64
	}{
		// 100 Wh among loads 1, 1, 1: quotas 33⅓ each → 33, 33, 33 and the
		// one left over goes to the lowest index on the tie.
		{"pro-rata tie", RuleProRata, nil, nil, false, 100, []int64{1000, 1000, 1000}, []int64{34, 33, 33}, 0},
		// usable = min(10, 6) = 6: every user is served in full, 4 exported.
		{"pro-rata surplus", RuleProRata, nil, nil, false, 10, []int64{1, 2, 3}, []int64{1, 2, 3}, 4},
		// 7 Wh among loads 2, 3, 5 (sum 10): quotas 1.4, 2.1, 3.5 → 1, 2, 3
		// with remainders .4, .1, .5; one left over goes to the largest (.5).
		{"pro-rata remainder", RuleProRata, nil, nil, false, 7, []int64{2, 3, 5}, []int64{1, 2, 4}, 0},
		// Priority 2, 0, 1: user 2 takes 5, user 0 takes 3, user 1 gets 0.
		{"priority", RulePriority, nil, []int{2, 0, 1}, false, 8, []int64{4, 4, 5}, []int64{3, 0, 5}, 0},
		// Shares 0.5/0.3, 0.2 uncontracted, 100 Wh: entitlements 50, 30, 20;
		// user 0 needs only 10 → 10; user 1 → 30; surplus 100 − 40 = 60.
		{"fixed shares", RuleFixedShares, []int64{500_000, 300_000, 200_000}, nil, false, 100, []int64{10, 80}, []int64{10, 30}, 60},
		// Same, re-offered: 60 left, user 1 still needs 50 → gets 50 more;
		// surplus 10.
		{"fixed shares re-offered", RuleFixedShares, []int64{500_000, 300_000, 200_000}, nil, true, 100, []int64{10, 80}, []int64{10, 80}, 10},
		// Shares 0.25/0.25 of 60 Wh: entitlements 15, 15 (30 uncontracted).
		// Unmet load 35 and 15; the 30 left is re-offered 35:15 → 21 and 9.
		{"re-offer pro rata to need", RuleFixedShares, []int64{250_000, 250_000, 500_000}, nil, true, 60, []int64{50, 30}, []int64{36, 24}, 0},
		{"no generation", RuleProRata, nil, nil, false, 0, []int64{5, 5}, []int64{0, 0}, 0},
		{"no load", RuleProRata, nil, nil, false, 9, []int64{0, 0}, []int64{0, 0}, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAllocator(tt.rule, len(tt.loads), tt.shares, tt.order, tt.reoffer)
			out := make([]int64, len(tt.loads))
			surplus := a.hour(tt.gen, tt.loads, out)
			if !slices.Equal(out, tt.want) || surplus != tt.surplus {
				t.Errorf("got %v surplus %d, want %v surplus %d", out, surplus, tt.want, tt.surplus)
			}
		})
	}
}

// refSplit is the obviously-correct largest-remainder split in exact
// rational arithmetic: the reference the fast integer split must equal.
func refSplit(total int64, weights []int64, sum int64) []int64 {
	out := make([]int64, len(weights))
	if total == 0 || sum == 0 {
		return out
	}
	type part struct {
		i    int
		frac *big.Rat
	}
	var parts []part
	var given int64
	for i, w := range weights {
		q := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(total), big.NewInt(w)), big.NewInt(sum))
		fl := new(big.Int).Quo(q.Num(), q.Denom())
		out[i] = fl.Int64()
		given += out[i]
		parts = append(parts, part{i, new(big.Rat).Sub(q, new(big.Rat).SetInt(fl))})
	}
	slices.SortStableFunc(parts, func(x, y part) int { return -x.frac.Cmp(y.frac) })
	for k := int64(0); k < total-given; k++ {
		out[parts[k].i]++
	}
	return out
}

// refHour restates each rule from its definition, with refSplit.
func refHour(rule string, shares []int64, order []int, reoffer bool, gen int64, loads []int64) ([]int64, int64) {
	var total int64
	for _, l := range loads {
		total += l
	}
	out := make([]int64, len(loads))
	switch rule {
	case RuleProRata:
		usable := min(gen, total)
		return refSplit(usable, loads, total), gen - usable
	case RulePriority:
		left := gen
		for _, u := range order {
			out[u] = min(left, loads[u])
			left -= out[u]
		}
		return out, left
	}
	ent := refSplit(gen, shares, shareUnit)
	var given int64
	need := make([]int64, len(loads))
	var needed int64
	for u := range loads {
		out[u] = min(ent[u], loads[u])
		given += out[u]
		need[u] = loads[u] - out[u]
		needed += need[u]
	}
	if !reoffer {
		return out, gen - given
	}
	give := min(gen-given, needed)
	for u, x := range refSplit(give, need, needed) {
		out[u] += x
	}
	return out, gen - given - give
}

// randomShares draws contracted shares in ppm summing to at most 1, with
// the uncontracted rest appended.
func randomShares(r *rand.Rand, users int) []int64 {
	shares := make([]int64, users+1)
	left := int64(shareUnit)
	for u := range users {
		if left == 0 {
			break
		}
		shares[u] = r.Int64N(left + 1)
		left -= shares[u]
	}
	shares[users] = left
	return shares
}

// TestAllocatorDifferential compares the integer allocator with the
// rational reference on thousands of random hours, and checks the
// conservation properties on each.
func TestAllocatorDifferential(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	rules := []string{RuleProRata, RuleFixedShares, RulePriority}
	for trial := range 3000 {
		rule := rules[trial%3]
		users := 1 + r.IntN(12)
		reoffer := r.IntN(2) == 0
		shares := randomShares(r, users)
		order := r.Perm(users)
		a := newAllocator(rule, users, shares, order, reoffer)
		out := make([]int64, users)
		loads := make([]int64, users)
		for range 20 {
			// Mix tiny, large and zero values so that ties and caps happen.
			scale := []int64{3, 1000, 10_000_000_000}[r.IntN(3)]
			for u := range loads {
				loads[u] = r.Int64N(scale + 1)
				if r.IntN(5) == 0 {
					loads[u] = 0
				}
			}
			gen := r.Int64N(scale*int64(users)*2 + 1)
			surplus := a.hour(gen, loads, out)
			want, wantSurplus := refHour(rule, shares, order, reoffer, gen, loads)
			ctx := fmt.Sprintf("%s reoffer=%v gen=%d loads=%v shares=%v", rule, reoffer, gen, loads, shares)
			if !slices.Equal(out, want) || surplus != wantSurplus {
				t.Fatalf("%s:\ngot  %v surplus %d\nwant %v surplus %d", ctx, out, surplus, want, wantSurplus)
			}
			var sum, total int64
			for u := range out {
				if out[u] < 0 || out[u] > loads[u] {
					t.Fatalf("%s: user %d gets %d of load %d", ctx, u, out[u], loads[u])
				}
				sum += out[u]
				total += loads[u]
			}
			if sum+surplus != gen {
				t.Fatalf("%s: parts %d + surplus %d ≠ generation %d", ctx, sum, surplus, gen)
			}
			if (rule != RuleFixedShares || reoffer) && sum != min(gen, total) {
				t.Fatalf("%s: parts %d ≠ usable %d", ctx, sum, min(gen, total))
			}
		}
	}
}
