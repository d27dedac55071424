package profile

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"
)

// The bills of the eleven months after February in the hand-worked cases:
// zero, tiny, uneven and near the 10 TWh bound.
var otherBills = [11]int64{0, 1, 7, 999_999, 123_456_789, 10_000_000_000_000, 3, 0, 5_000_000, 86_400_001, 42}

func withFeb(feb int64) [12]int64 {
	var b [12]int64
	b[0] = feb
	copy(b[1:], otherBills[:])
	return b
}

func TestLoad(t *testing.T) {
	feb2025 := Month{2025, time.February}
	feb2024 := Month{2024, time.February}
	tests := []struct {
		name  string
		start Month
		bill  int64 // February's
		p     Pattern
		days  DayKinds
		hours int
		want  map[string]string // date: its 24 hours as runs
	}{
		{
			// February 2025 with China's calendar: 20 weekdays, less the
			// holidays Mon 3 and Tue 4, plus the make-up Saturday 8 = 19
			// working days = 152 operating hours. 1,000,000 / 152 =
			// 6578 r 144, so the first 144 operating hours (18 days, up to
			// Thu 27) get 6579 and the 8 hours of Fri 28 get 6578.
			name: "2025-02 1 shift Mon-Fri no base, China calendar", start: feb2025, bill: 1_000_000,
			p: Pattern{Shifts: 1, Days: MondayToFriday, Base: NoBase}, days: china2025, hours: 8760,
			want: map[string]string{
				"2025-02-01": "0×24",           // Saturday and holiday
				"2025-02-03": "0×24",           // Monday, holiday
				"2025-02-05": "0×8 6579×8 0×8", // first working day
				"2025-02-08": "0×8 6579×8 0×8", // make-up Saturday
				"2025-02-09": "0×24",           // Sunday
				"2025-02-27": "0×8 6579×8 0×8", // 18th working day
				"2025-02-28": "0×8 6578×8 0×8", // 19th
				"2025-03-03": "0×24",           // March's bill is 0
				"2025-04-01": "0×8 1×1 0×15",   // April's 1 Wh: its first operating hour (Tue 08:00)
				"2025-04-02": "0×24",
			},
		},
		{
			// Same calendar, default base 150: 152 operating hours × 1000 +
			// 520 other hours × 150 = 230,000; 2,300,000 Wh gives exactly
			// 10,000 per operating and 1,500 per other hour.
			name: "2025-02 1 shift Mon-Fri default base, China calendar", start: feb2025, bill: 2_300_000,
			p: Pattern{Shifts: 1, Days: MondayToFriday}, days: china2025, hours: 8760,
			want: map[string]string{
				"2025-02-03": "1500×24",               // holiday: base only
				"2025-02-07": "1500×8 10000×8 1500×8", // Friday
				"2025-02-08": "1500×8 10000×8 1500×8", // make-up Saturday: operating
				"2025-02-09": "1500×24",               // Sunday
				"2025-02-15": "1500×24",               // ordinary Saturday
			},
		},
		{
			// No calendar; Mon-Sat: 28 - 4 Sundays = 24 days × 16 h = 384
			// operating hours; 288 others × 100; W = 412,800.
			name: "2025-02 2 shifts Mon-Sat base 100, no calendar", start: feb2025, bill: 4_128_000,
			p: Pattern{Shifts: 2, Days: MondayToSaturday, Base: 100}, hours: 8760,
			want: map[string]string{
				"2025-02-01": "1000×8 10000×16", // Saturday works, no calendar
				"2025-02-02": "1000×24",         // Sunday
				"2025-02-03": "1000×8 10000×16", // a working Monday without the calendar
			},
		},
		{
			// Every day round the clock except the 4 holidays: 576 hours ×
			// 1000 + 96 × 500 = 624,000.
			name: "2025-02 3 shifts every day base 500, China calendar", start: feb2025, bill: 6_240_000,
			p: Pattern{Shifts: 3, Days: EveryDay, Base: 500}, days: china2025, hours: 8760,
			want: map[string]string{
				"2025-02-01": "5000×24",
				"2025-02-04": "5000×24",
				"2025-02-05": "10000×24",
				"2025-02-08": "10000×24",
				"2025-02-09": "10000×24", // Sunday works every day
			},
		},
		{
			// Leap February 2024 (Thu 1 to Thu 29): 21 weekdays, 168 hours.
			// 1,000,000 / 168 = 5952 r 64: the first 8 working days (to
			// Mon 12) get 5953.
			name: "2024-02 1 shift Mon-Fri no base, leap year", start: feb2024, bill: 1_000_000,
			p: Pattern{Shifts: 1, Days: MondayToFriday, Base: NoBase}, hours: 8784,
			want: map[string]string{
				"2024-02-01": "0×8 5953×8 0×8",
				"2024-02-12": "0×8 5953×8 0×8",
				"2024-02-13": "0×8 5952×8 0×8",
				"2024-02-29": "0×8 5952×8 0×8",
				"2024-02-25": "0×24",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bills := withFeb(tt.bill)
			got, err := Load(tt.start, bills, tt.p, tt.days)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.hours {
				t.Fatalf("got %d hours, want %d", len(got), tt.hours)
			}
			if sums := monthSums(got, tt.start); sums != bills {
				t.Errorf("month sums: got %v, want %v", sums, bills)
			}
			for date, want := range tt.want {
				if got := runs(day(got, tt.start, date)); got != want {
					t.Errorf("%s: got %q, want %q", date, got, want)
				}
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	ok := Pattern{Shifts: 1, Days: MondayToFriday}
	jan := Month{2025, time.January}
	allHolidays := DayKinds(func(time.Time) DayKind { return Holiday })
	tests := []struct {
		name  string
		start Month
		bills [12]int64
		p     Pattern
		days  DayKinds
		want  string
	}{
		{"negative bill", jan, [12]int64{3: -1}, ok, nil,
			"monthlyWh[3]: the bill for 2025-04 must not be negative"},
		{"bill over 10 TWh", Month{2024, time.November}, [12]int64{2: 10_000_000_000_001}, ok, nil,
			"monthlyWh[2]: the bill for 2025-01 is over 10 TWh; check the unit (watt-hours)"},
		{"month 13", Month{2025, 13}, [12]int64{}, ok, nil,
			"start.month: month 13 is not a month; use 1 (January) to 12 (December)"},
		{"month 0 and year 1899", Month{1899, 0}, [12]int64{}, ok, nil,
			"start.year: year 1899 is outside 1900–2199\nstart.month: month 0 is not a month; use 1 (January) to 12 (December)"},
		{"no shifts", jan, [12]int64{}, Pattern{Days: MondayToFriday}, nil,
			"pattern.shifts: 0 is not a shift count; use 1 (08:00–16:00), 2 (08:00–24:00) or 3 (round the clock)"},
		{"4 shifts", jan, [12]int64{}, Pattern{Shifts: 4, Days: EveryDay}, nil,
			"pattern.shifts: 4 is not a shift count; use 1 (08:00–16:00), 2 (08:00–24:00) or 3 (round the clock)"},
		{"no workweek", jan, [12]int64{}, Pattern{Shifts: 1}, nil,
			"pattern.days: 0 is not a workweek; use MondayToFriday, MondayToSaturday or EveryDay"},
		{"base -2", jan, [12]int64{}, Pattern{Shifts: 1, Days: EveryDay, Base: -2}, nil,
			"pattern.base: -2 per mille is outside 1–1000; use 0 for the default (150) or NoBase for none"},
		{"base 1001", jan, [12]int64{}, Pattern{Shifts: 1, Days: EveryDay, Base: 1001}, nil,
			"pattern.base: 1001 per mille is outside 1–1000; use 0 for the default (150) or NoBase for none"},
		{"no working day and no base", jan, [12]int64{0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9}, Pattern{Shifts: 3, Days: EveryDay, Base: NoBase}, allHolidays,
			"monthlyWh[1]: 2025-02 has a bill but no working day, and the pattern has no base load to carry it; set a base load or check the working days\n" +
				"monthlyWh[11]: 2025-12 has a bill but no working day, and the pattern has no base load to carry it; set a base load or check the working days"},
		{"unknown day kind", jan, [12]int64{}, ok, func(d time.Time) DayKind { return DayKind(d.Day()) },
			"days: the calendar says 2025-01-03 is of kind 3, which is not Ordinary, Holiday or MakeUpWorkday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load(tt.start, tt.bills, tt.p, tt.days)
			if err == nil {
				t.Fatalf("got %d hours and no error, want %q", len(got), tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 || es[0].Code == "" {
				t.Errorf("got %#v, want Errors with codes", err)
			}
		})
	}
}

func TestLoadNoWorkingDayButNoBill(t *testing.T) {
	got, err := Load(Month{2025, time.January}, [12]int64{}, Pattern{Shifts: 1, Days: MondayToFriday, Base: NoBase},
		func(time.Time) DayKind { return Holiday })
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.IndexFunc(got, func(v int64) bool { return v != 0 }); i >= 0 {
		t.Errorf("hour %d: got %d, want 0", i, got[i])
	}
}

// refLoadWeight is the weight of hour h of date, written out plainly.
func refLoadWeight(p Pattern, kinds map[string]DayKind, date time.Time, h int) int64 {
	workdays := map[Workweek][]time.Weekday{
		MondayToFriday:   {time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday},
		MondayToSaturday: {time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday},
		EveryDay:         {time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday},
	}
	firstHour, endHour := map[int]int{1: 8, 2: 8, 3: 0}[p.Shifts], map[int]int{1: 16, 2: 24, 3: 24}[p.Shifts]
	base := int64(p.Base)
	if p.Base == 0 {
		base = 150
	}
	if p.Base == -1 {
		base = 0
	}
	kind := kinds[date.Format(time.DateOnly)]
	working := kind == MakeUpWorkday || kind == Ordinary && slices.Contains(workdays[p.Days], date.Weekday())
	if working && h >= firstHour && h < endHour {
		return 1000
	}
	return base
}

// TestLoadProperties checks Load on random inputs against the plain
// reference weights and the big-integer split: month sums exact, nothing
// negative, every hour within 1 Wh of its exact share.
func TestLoadProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	n := 30
	if testing.Short() || runtime.GOARCH == "wasm" { // big.Int is slow in wasm
		n = 6
	}
	for k := range n {
		start := Month{2000 + r.IntN(101), time.Month(1 + r.IntN(12))}
		var bills [12]int64
		for i := range bills {
			bills[i] = []int64{0, r.Int64N(1000), r.Int64N(10_000_000_000), r.Int64N(MaxMonthWh + 1)}[r.IntN(4)]
		}
		p := Pattern{Shifts: 1 + r.IntN(3), Days: Workweek(1 + r.IntN(3)), Base: []int{0, NoBase, 1, 150, 999, 1000}[r.IntN(6)]}
		kinds := map[string]DayKind{}
		for range r.IntN(40) {
			d := time.Date(start.Year, start.Month, 1+r.IntN(366), 0, 0, 0, 0, time.UTC)
			kinds[d.Format(time.DateOnly)] = DayKind(1 + r.IntN(2))
		}
		name := strconv.Itoa(k) + "_" + start.String()
		t.Run(name, func(t *testing.T) {
			got, err := Load(start, bills, p, calendar(kinds))
			if err != nil {
				t.Fatalf("Load(%v, %v, %+v): %v", start, bills, p, err)
			}
			if sums := monthSums(got, start); sums != bills {
				t.Errorf("month sums: got %v, want %v", sums, bills)
			}
			pos := 0
			for i := range 12 {
				y, mo := start.nth(i)
				var w []int64
				var sum int64
				for d := range daysIn(y, mo) {
					for h := range 24 {
						v := refLoadWeight(p, kinds, time.Date(y, mo, d+1, 0, 0, 0, 0, time.UTC), h)
						w = append(w, v)
						sum += v
					}
				}
				want := refSplit(bills[i], w)
				for j, v := range want {
					g := got[pos+j]
					if g != v {
						t.Fatalf("hour %d: got %d, want %d", pos+j, g, v)
					}
					// |g − bill·w/sum| < 1, that is |g·sum − bill·w| < sum.
					diff := new(big.Int).Sub(new(big.Int).Mul(big.NewInt(g), big.NewInt(sum)), new(big.Int).Mul(big.NewInt(bills[i]), big.NewInt(w[j])))
					if g < 0 || diff.CmpAbs(big.NewInt(sum)) >= 0 {
						t.Fatalf("hour %d: got %d, want within 1 Wh of %d·%d/%d", pos+j, g, bills[i], w[j], sum)
					}
				}
				pos += len(w)
			}
		})
	}
}
