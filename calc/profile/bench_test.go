package profile

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// The benchmarks run a full leap-year period (2024, 8784 hours).

func BenchmarkLoad(b *testing.B) {
	start := Month{2024, time.January}
	bills := [12]int64{31e9, 29e9, 31e9, 30e9, 31e9, 30e9, 31e9, 31e9, 30e9, 31e9, 30e9, 31e9}
	p := Pattern{Shifts: 2, Days: MondayToSaturday, Base: 150}
	for b.Loop() {
		if _, err := Load(start, bills, p, china2025); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSolar(b *testing.B) {
	start := Month{2024, time.January}
	for b.Loop() {
		if _, err := Solar(start, 1_234_567, suzhou, suzhouYields); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSolarAnnual(b *testing.B) {
	start := Month{2024, time.January}
	y := decimal.RequireFromString("1187.65")
	for b.Loop() {
		if _, err := SolarAnnual(start, 1_234_567, suzhou, y); err != nil {
			b.Fatal(err)
		}
	}
}
