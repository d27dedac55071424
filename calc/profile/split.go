package profile

import (
	"cmp"
	"math/bits"
	"slices"
)

// A splitter splits integer totals over integer weights by the largest
// remainder method. It keeps its buffers from one call to the next.
type splitter struct {
	rem  []uint64
	keys []uint64
	idx  []int
}

// split sets dst[i] to total·w[i]/sum rounded by largest remainder: the
// floor of the exact share, plus one for the (total − Σ floors) hours with
// the largest remainders, the lowest index first among equal remainders.
// The parts add up to total exactly.
//
// It requires total ≥ 0, every w[i] ≥ 0, sum = Σ w[i], len(dst) = len(w),
// and sum > 0 unless total = 0. dst may be w itself: w[i] is read before
// dst[i] is written and never read again.
func (s *splitter) split(dst []int64, total int64, w []int64, sum int64) {
	if total == 0 {
		clear(dst)
		return
	}
	n := len(w)
	if cap(s.rem) < n {
		s.rem = make([]uint64, n)
	}
	rem := s.rem[:n]
	var given int64
	for i := range n {
		// total·w[i] can reach 2^63·2^63, so the product is 128 bits; the
		// quotient is at most total, so Div64 cannot overflow.
		hi, lo := bits.Mul64(uint64(total), uint64(w[i]))
		q, r := bits.Div64(hi, lo, uint64(sum))
		dst[i] = int64(q)
		rem[i] = r
		given += int64(q)
	}
	// Σ rem = left·sum and every rem < sum, so 0 ≤ left < n and at least
	// left remainders are nonzero.
	left := total - given
	if left == 0 {
		return
	}
	if n <= 1<<16 && uint64(sum) <= 1<<47 {
		// Fast path, for every profile this package makes: a remainder
		// (< sum ≤ 2^47) and an index (< 2^16) fit in one key, larger for
		// a larger remainder and, among equal remainders, for an earlier
		// hour. The left largest keys are the hours that get one more.
		keys := s.keys[:0]
		for i, r := range rem {
			if r > 0 {
				keys = append(keys, r<<16|uint64(1<<16-1-i))
			}
		}
		slices.Sort(keys)
		for _, k := range keys[len(keys)-int(left):] {
			dst[1<<16-1-int(k&(1<<16-1))]++
		}
		s.keys = keys
		return
	}
	idx := s.idx[:0]
	for i, r := range rem {
		if r > 0 {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cmp.Compare(rem[b], rem[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	for _, i := range idx[:left] {
		dst[i]++
	}
	s.idx = idx
}
