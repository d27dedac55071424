package calc

import "testing"

// BenchmarkRunMonthly times the whole path a browser request takes for a
// one-facility project with twelve monthly bills: decode, check, compute,
// encode. Run natively and under GOOS=js GOARCH=wasm (make bench).
func BenchmarkRunMonthly(b *testing.B) {
	in := []byte(`{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"province-jiangsu"},
		"electricity":{"unit":"kWh","monthly":["100000","110000","120000","130000","140000","150000","160000","150000","140000","130000","120000","110000.5"]}}]}`)
	Run(in) // load the tables outside the timing
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := Run(in); !ok {
			b.Fatal("run failed")
		}
	}
}
