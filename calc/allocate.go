package calc

import (
	"math/bits"
	"slices"
)

// Allocation rules for green energy shared by the users of one supply.
const (
	RuleProRata     = "pro-rata"     // in proportion to each user's load in the hour
	RuleFixedShares = "fixed-shares" // contracted shares of the generation, optionally re-offered
	RulePriority    = "priority"     // users served in order until the energy runs out
)

// shareUnit is the denominator of contracted shares: shares are integer
// parts per million (0.4 is 400,000).
const shareUnit = 1_000_000

// An allocator splits one supply's generation among its users, hour by
// hour, in integer watt-hours only. Loads are hour-major: load[h*users+u].
type allocator struct {
	rule    string
	users   int
	shares  []int64 // parts per million, for RuleFixedShares; the last entry is the uncontracted rest
	order   []int   // user indexes by priority, for RulePriority
	reoffer bool

	// scratch, reused every hour so that the loop does not allocate
	ent   []int64
	need  []int64
	extra []int64
	rem   []uint64
	idx   []int
}

func newAllocator(rule string, users int, shares []int64, order []int, reoffer bool) *allocator {
	n := users + 1
	return &allocator{rule: rule, users: users, shares: shares, order: order, reoffer: reoffer,
		ent: make([]int64, n), need: make([]int64, n), extra: make([]int64, n), rem: make([]uint64, n), idx: make([]int, 0, n)}
}

// hour allocates gen among loads (len users) into out (len users) and
// returns the surplus: generation no user takes, exported or curtailed. It
// guarantees, every hour: out[u] ≤ loads[u]; Σ out + surplus = gen; and for
// pro-rata, priority and re-offered fixed shares, Σ out = min(gen, Σ loads).
func (a *allocator) hour(gen int64, loads, out []int64) (surplus int64) {
	var total int64
	for _, l := range loads {
		total += l
	}
	switch a.rule {
	case RuleProRata:
		usable := min(gen, total)
		a.split(usable, loads, total, out)
		return gen - usable
	case RulePriority:
		left := gen
		for _, u := range a.order {
			take := min(left, loads[u])
			out[u] = take
			left -= take
		}
		return left
	default: // RuleFixedShares
		ent := a.ent[:a.users+1]
		a.split(gen, a.shares, shareUnit, ent)
		var given int64
		for u, l := range loads {
			out[u] = min(ent[u], l)
			given += out[u]
		}
		if !a.reoffer {
			return gen - given
		}
		// Second pass: what is left of the generation (unused entitlements
		// and the uncontracted rest) goes to users with unmet load, in
		// proportion to that unmet load.
		need, extra := a.need[:a.users], a.extra[:a.users]
		var needed int64
		for u, l := range loads {
			need[u] = l - out[u]
			needed += need[u]
		}
		give := min(gen-given, needed)
		a.split(give, need, needed, extra)
		for u := range out {
			out[u] += extra[u]
		}
		return gen - given - give
	}
}

// split writes into out the largest-remainder split of total in proportion
// to weights (whose sum is sum ≥ total when total > 0): each part is
// ⌊total·w/sum⌋, and the watt-hours left over go one each to the parts with
// the largest remainders, the lower index first on a tie. The parts add up
// to total exactly, and no part exceeds its weight when total ≤ sum.
func (a *allocator) split(total int64, weights []int64, sum int64, out []int64) {
	if total == 0 || sum == 0 {
		clear(out[:len(weights)])
		return
	}
	var given int64
	idx := a.idx[:0]
	for i, w := range weights {
		hi, lo := bits.Mul64(uint64(total), uint64(w))
		q, r := bits.Div64(hi, lo, uint64(sum)) // hi < sum because total·w < sum·2^64
		out[i] = int64(q)
		a.rem[i] = r
		given += int64(q)
		if r > 0 {
			idx = append(idx, i)
		}
	}
	left := total - given
	if left == 0 {
		return
	}
	rem := a.rem
	slices.SortFunc(idx, func(x, y int) int {
		if rem[x] != rem[y] {
			if rem[x] > rem[y] {
				return -1
			}
			return 1
		}
		return x - y
	})
	for _, i := range idx[:left] {
		out[i]++
	}
}
