package meter_test

import (
	"fmt"
	"strings"

	"github.com/greenline-calc/greenline/calc/meter"
)

// Fifteen-minute readings in kWh, as a Chinese utility portal exports
// them, summed into hours of China Standard Time.
func ExampleParseCSV() {
	csv := "时间,电量(kWh)\n" +
		"2024-01-01 00:00,0.250\n" +
		"2024-01-01 00:15,0.250\n" +
		"2024-01-01 00:30,0.300\n" +
		"2024-01-01 00:45,0.200\n" +
		"2024-01-01 01:00,1\n" +
		"2024-01-01 01:15,1\n" +
		"2024-01-01 01:30,1\n" +
		"2024-01-01 01:45,1.001\n"
	s, sum, err := meter.ParseCSV(strings.NewReader(csv), meter.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sum.StepMinutes, "minutes,", sum.Rows, "rows in", sum.Unit, "from the", sum.UnitFrom)
	fmt.Println(s.Start.Format("2006-01-02 15:04 MST"), s.Hours, "Wh")
	// Output:
	// 15 minutes, 8 rows in kWh from the header
	// 2024-01-01 00:00 UTC+8 [1000 4001] Wh
}

// A refused file lists every problem with its row and column.
func ExampleErrors() {
	csv := "Timestamp,Energy (kWh)\n" +
		"2024-01-01 00:00,1.5\n" +
		"2024-01-01 01:00,0.0004\n" +
		"2024-01-01 03:00,2\n"
	_, _, err := meter.ParseCSV(strings.NewReader(csv), meter.Options{})
	fmt.Println(err)
	// Output:
	// row 3, column 2: the energy value "0.0004" has more decimal places than one watt-hour (kWh takes at most 3); Greenline counts whole watt-hours and does not round
	// row 4, column 1: no data for the interval starting 2024-01-01 02:00 (between row 3 and this row); a gap is never filled in: add the missing row
}
