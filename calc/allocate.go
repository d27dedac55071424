package calc

import (
	"math"
	"math/bits"
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
	cand  []int
}

func newAllocator(rule string, users int, shares []int64, order []int, reoffer bool) *allocator {
	n := users + 1
	return &allocator{rule: rule, users: users, shares: shares, order: order, reoffer: reoffer,
		ent: make([]int64, n), need: make([]int64, n), extra: make([]int64, n), rem: make([]uint64, n), idx: make([]int, n), cand: make([]int, 0, n)}
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
	return a.hourOf(gen, total, loads, out)
}

// hourOf is hour with the sum of loads, total, already known.
func (a *allocator) hourOf(gen, total int64, loads, out []int64) (surplus int64) {
	switch a.rule {
	case RuleProRata:
		if gen >= total { // enough for everyone: each user takes its load
			copy(out, loads)
			return gen - total
		}
		a.split(gen, loads, total, out)
		return 0
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
// to weights (each weight at most sum): each part is ⌊total·w/sum⌋, and the
// watt-hours left over go one each to the parts with the largest
// remainders, the lower index first on a tie. The parts add up to total
// exactly, and no part exceeds its weight when total ≤ sum.
func (a *allocator) split(total int64, weights []int64, sum int64, out []int64) {
	if total == 0 || sum == 0 {
		clear(out[:len(weights)])
		return
	}
	var given int64
	n := len(weights)
	// Slices of one length let the compiler drop the bounds checks in the
	// loop, which wasm pays for on every access.
	idx, rem, out := a.idx[:n], a.rem[:n], out[:n]
	k := 0 // parts with a remainder, listed in idx[:k]
	// Below this weight, total·w fits in 63 bits and plain division does;
	// computed once per call, it spares a 128-bit path per part (which wasm
	// has to emulate).
	safe := uint64(math.MaxInt64) / uint64(total)
	for i, w := range weights {
		var q, r uint64
		if uint64(w) <= safe {
			p := uint64(total) * uint64(w)
			q = p / uint64(sum)
			r = p - q*uint64(sum)
		} else {
			hi, lo := bits.Mul64(uint64(total), uint64(w))
			q, r = bits.Div64(hi, lo, uint64(sum)) // hi < sum since w ≤ sum
		}
		out[i] = int64(q)
		rem[i] = r
		given += int64(q)
		if r > 0 {
			idx[k] = i
			k++
		}
	}
	idx = idx[:k]
	if left := int(total - given); left > 0 {
		a.giveTop(idx, rem, uint64(sum), left, out)
	}
}

// giveTop adds one to the left parts of out that come first by (larger
// remainder, lower index), a unique order, among the parts idx (in index
// order) whose remainders (below sum) are in rem. Fewer watt-hours are left
// than parts with a remainder, so this needs no full sort: the parts are
// counted into 64 buckets by the top bits of their remainder; the buckets
// above the one where the left-th part falls all get one, and the few
// parts of that bucket are chosen among by selectTop.
func (a *allocator) giveTop(idx []int, rem []uint64, sum uint64, left int, out []int64) {
	shift := max(bits.Len64(sum)-6, 0) // rem >> shift < 64
	var count [64]int32
	for _, i := range idx {
		count[rem[i]>>shift&63]++
	}
	b, above := 63, 0 // the boundary bucket, and the parts above it
	for above+int(count[b]) < left {
		above += int(count[b])
		b--
	}
	cand := a.cand[:0]
	for _, i := range idx {
		switch x := int(rem[i] >> shift & 63); {
		case x > b:
			out[i]++
		case x == b:
			cand = append(cand, i)
		}
	}
	need := left - above
	selectTop(cand, rem, need)
	for _, i := range cand[:need] {
		out[i]++
	}
}

// before reports whether part i comes before part j: larger remainder
// first, then lower index.
func before(rem []uint64, i, j int) bool {
	return rem[i] > rem[j] || (rem[i] == rem[j] && i < j)
}

// selectTop reorders idx so that its first k entries are the k first in
// the order of before (quickselect; the order is total, so the set chosen
// does not depend on the pivots).
func selectTop(idx []int, rem []uint64, k int) {
	lo, hi := 0, len(idx)-1
	for lo < hi {
		// Median of three as pivot, moved to hi.
		mid := lo + (hi-lo)/2
		if before(rem, idx[mid], idx[lo]) {
			idx[mid], idx[lo] = idx[lo], idx[mid]
		}
		if before(rem, idx[hi], idx[lo]) {
			idx[hi], idx[lo] = idx[lo], idx[hi]
		}
		if before(rem, idx[mid], idx[hi]) {
			idx[mid], idx[hi] = idx[hi], idx[mid]
		}
		pivot := idx[hi]
		store := lo
		for i := lo; i < hi; i++ {
			if before(rem, idx[i], pivot) {
				idx[i], idx[store] = idx[store], idx[i]
				store++
			}
		}
		idx[store], idx[hi] = idx[hi], idx[store]
		switch {
		case store == k || store == k-1:
			return
		case store < k:
			lo = store + 1
		default:
			hi = store - 1
		}
	}
}
