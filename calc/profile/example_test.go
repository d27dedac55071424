package profile_test

import (
	"fmt"
	"time"

	"github.com/greenline-calc/greenline/calc/profile"
	"github.com/shopspring/decimal"
)

func ExampleLoad() {
	// A workshop on one shift, Monday to Friday, with the default base load
	// (15 %), and the part of China's 2025 calendar that falls in February.
	official := map[string]profile.DayKind{
		"2025-02-01": profile.Holiday, "2025-02-02": profile.Holiday,
		"2025-02-03": profile.Holiday, "2025-02-04": profile.Holiday,
		"2025-02-08": profile.MakeUpWorkday,
	}
	days := func(d time.Time) profile.DayKind { return official[d.Format(time.DateOnly)] }
	start := profile.Month{Year: 2025, Month: time.February}
	bills := [12]int64{2_300_000, 2_500_000} // Wh; the other months are 0 here
	hours, err := profile.Load(start, bills, profile.Pattern{Shifts: 1, Days: profile.MondayToFriday}, days)
	if err != nil {
		fmt.Println(err)
		return
	}
	var feb int64
	for _, wh := range hours[:28*24] {
		feb += wh
	}
	fmt.Println("hours in the period:", len(hours))
	fmt.Println("February:", feb, "Wh")
	fmt.Println("Mon 3 Feb, holiday:", hours[2*24:3*24])
	fmt.Println("Sat 8 Feb, make-up:", hours[7*24:8*24])
	// Output:
	// hours in the period: 8760
	// February: 2300000 Wh
	// Mon 3 Feb, holiday: [1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500 1500]
	// Sat 8 Feb, make-up: [1500 1500 1500 1500 1500 1500 1500 1500 10000 10000 10000 10000 10000 10000 10000 10000 1500 1500 1500 1500 1500 1500 1500 1500]
}

func ExampleSolar() {
	// A 100 kW rooftop in Suzhou with its monthly yields (kWh per kW) from
	// its inverter's records, for the calendar year 2025.
	site := profile.Site{
		Latitude:  decimal.RequireFromString("31.3"),
		Longitude: decimal.RequireFromString("120.6"),
		UTCOffset: 8 * time.Hour,
	}
	var yield [12]decimal.Decimal
	for i, y := range []string{"72.5", "75.3", "95.1", "110.2", "120.8", "105.4", "130.6", "128.9", "104.3", "96.7", "78.2", "70.05"} {
		yield[i] = decimal.RequireFromString(y)
	}
	hours, err := profile.Solar(profile.Month{Year: 2025, Month: time.January}, 100_000, site, yield)
	if err != nil {
		fmt.Println(err)
		return
	}
	june21 := 171 * 24 // 21 June is day 172 of 2025
	var june int64
	for _, wh := range hours[151*24 : 181*24] {
		june += wh
	}
	fmt.Println("June:", june, "Wh") // 100 kW × 105.4 kWh/kW
	// An average June day's shape: the yield includes the cloudy days.
	fmt.Println("21 June:", hours[june21:june21+24])
	// Output:
	// June: 10540000 Wh
	// 21 June: [0 0 0 0 0 4382 12678 20682 27847 33686 37801 39911 39872 37687 33505 27612 20407 12384 4087 0 0 0 0 0]
}
