package calc

import "testing"

// TestAllocatorHourAllocatesNothing holds the promise in allocator's
// comment: after newAllocator, splitting an hour reuses the scratch slices
// and allocates nothing, under every rule and in both branches of pro-rata
// (enough generation for everyone, and not enough).
func TestAllocatorHourAllocatesNothing(t *testing.T) {
	const users = 7
	loads := []int64{1_000, 2_500, 0, 333, 40_000, 7, 12_345}
	shares := []int64{100_000, 200_000, 50_000, 150_000, 100_000, 100_000, 200_000, 100_000}
	order := []int{6, 5, 4, 3, 2, 1, 0}
	for _, tt := range []struct {
		rule    string
		reoffer bool
		gen     int64
	}{
		{RuleProRata, false, 10_001},
		{RuleProRata, false, 1_000_000},
		{RuleFixedShares, false, 33_333},
		{RuleFixedShares, true, 33_333},
		{RulePriority, false, 20_000},
	} {
		a := newAllocator(tt.rule, users, shares, order, tt.reoffer)
		out := make([]int64, users)
		if n := testing.AllocsPerRun(100, func() { a.hour(tt.gen, loads, out) }); n != 0 {
			t.Errorf("%s (re-offer %v, generation %d Wh): %v allocations an hour, want 0", tt.rule, tt.reoffer, tt.gen, n)
		}
	}
}
