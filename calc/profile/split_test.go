package profile

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name  string
		total int64
		w     []int64
		want  []int64
	}{
		{"even", 9, []int64{1, 1, 1}, []int64{3, 3, 3}},
		{"tie goes to the earliest", 10, []int64{1, 1, 1}, []int64{4, 3, 3}},
		{"two ties", 11, []int64{1, 1, 1}, []int64{4, 4, 3}},
		{"largest remainder first", 10, []int64{1, 2, 4}, []int64{1, 3, 6}}, // 1.43, 2.86, 5.71
		{"zero weight gets nothing", 5, []int64{0, 3, 0, 3}, []int64{0, 3, 0, 2}},
		{"zero total", 0, []int64{0, 0}, []int64{0, 0}},
		{"product over 2^63", math.MaxInt64, []int64{2, 1}, []int64{6148914691236517205, 3074457345618258602}},
		{"huge weights", 7, []int64{math.MaxInt64 / 2, math.MaxInt64 / 2}, []int64{4, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sum int64
			for _, v := range tt.w {
				sum += v
			}
			got := make([]int64, len(tt.w))
			var s splitter
			s.split(got, tt.total, tt.w, sum)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if ref := refSplit(tt.total, tt.w); !slices.Equal(ref, tt.want) {
				t.Errorf("reference got %v, want %v", ref, tt.want)
			}
		})
	}
}

// TestSplitMatchesReference checks the fast split against the big-integer
// reference on random inputs, reusing one splitter as Load does.
func TestSplitMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var s splitter
	for range 2000 {
		n := 1 + r.IntN(50)
		w := make([]int64, n)
		var sum int64
		maxW := []int64{1, 3, 1000, 1_000_000, math.MaxInt64 / 64}[r.IntN(5)]
		for i := range w {
			if r.IntN(4) > 0 {
				w[i] = r.Int64N(maxW + 1)
			}
			sum += w[i]
		}
		if sum == 0 {
			continue
		}
		total := []int64{r.Int64N(100), r.Int64N(1 << 40), r.Int64N(math.MaxInt64)}[r.IntN(3)]
		got := make([]int64, n)
		s.split(got, total, w, sum)
		if want := refSplit(total, w); !slices.Equal(got, want) {
			t.Fatalf("split(%d, %v): got %v, want %v", total, w, got, want)
		}
	}
}
