package meter

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// describe writes a series and its summary on one line, for comparison
// with an expectation written by hand.
func describe(s Series, sum Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "start %s hours %v", s.Start.Format("2006-01-02 15:04 -07:00"), s.Hours)
	fmt.Fprintf(&b, " | delim %q time %d", sum.Delimiter, sum.TimeColumn)
	if sum.DateColumn != 0 {
		fmt.Fprintf(&b, " date %d", sum.DateColumn)
	}
	fmt.Fprintf(&b, " value %d %s from %s step %d first %s last %s rows %d total %d",
		sum.ValueColumn, sum.Unit, sum.UnitFrom, sum.StepMinutes,
		sum.First.Format("2006-01-02 15:04"), sum.Last.Format("2006-01-02 15:04"), sum.Rows, sum.TotalWh)
	return b.String()
}

// lines joins rows with LF and ends the file with one.
func lines(rows ...string) string { return strings.Join(rows, "\n") + "\n" }

func TestParseCSVGood(t *testing.T) {
	utc := time.UTC
	tests := []struct {
		name string
		in   string
		opt  Options
		want string
	}{
		{
			// 1.5 kWh = 1500 Wh; "1,234.567" kWh = 1,234,567 Wh.
			name: "hourly comma kWh",
			in:   lines("Timestamp,Energy (kWh)", "2024-01-01 00:00,1.5", `2024-01-01 01:00,"1,234.567"`, "2024-01-01 02:00,0"),
			want: `start 2024-01-01 00:00 +08:00 hours [1500 1234567 0] | delim "," time 1 value 2 kWh from header step 60 first 2024-01-01 00:00 last 2024-01-01 02:00 rows 3 total 1236067`,
		},
		{
			// Hour 0: 250 + 1,000 + 12,500 + 1,000,000 = 1,013,750 Wh.
			// Hour 1: 500,000 + 250,000 + 125,000 + 1 = 875,001 Wh.
			name: "15-minute semicolon Chinese header MWh",
			in: lines("时间;电量(MWh)",
				"2024-03-01 00:00;0.000250", "2024-03-01 00:15;0.001", "2024-03-01 00:30;0.0125", "2024-03-01 00:45;1",
				"2024-03-01 01:00;0.5", "2024-03-01 01:15;0.25", "2024-03-01 01:30;0.125", "2024-03-01 01:45;0.000001"),
			want: `start 2024-03-01 00:00 +08:00 hours [1013750 875001] | delim ";" time 1 value 2 MWh from header step 15 first 2024-03-01 00:00 last 2024-03-01 01:45 rows 8 total 1888751`,
		},
		{
			// 10 + 20.5 = 30.5 kWh; 0.001 + 7 = 7.001 kWh. The end column is not read.
			name: "tab 30-minute with an end column",
			in:   lines("Start\tEnd\tkWh", "2024/1/1 0:00\t2024/1/1 0:30\t10", "2024/1/1 0:30\t2024/1/1 1:00\t20.5", "2024/1/1 1:00\t\t0.001", "2024/1/1 1:30\tx\t7"),
			want: `start 2024-01-01 00:00 +08:00 hours [30500 7001] | delim "\t" time 1 value 3 kWh from header step 30 first 2024-01-01 00:00 last 2024-01-01 01:30 rows 4 total 37501`,
		},
		{
			name: "BOM and CRLF, T separator, crossing midnight",
			in:   "\ufeffdatetime,kWh\r\n2024-06-30T23:00,3\r\n2024-07-01T00:00:00,4\r\n",
			want: `start 2024-06-30 23:00 +08:00 hours [3000 4000] | delim "," time 1 value 2 kWh from header step 60 first 2024-06-30 23:00 last 2024-07-01 00:00 rows 2 total 7000`,
		},
		{
			name: "CRLF without a final line ending",
			in:   "time,kWh\r\n2024-01-01 00:00,1\r\n2024-01-01 01:00,2",
			want: `start 2024-01-01 00:00 +08:00 hours [1000 2000] | delim "," time 1 value 2 kWh from header step 60 first 2024-01-01 00:00 last 2024-01-01 01:00 rows 2 total 3000`,
		},
		{
			// 1 + 2 = 3 kWh; 3 + 4 = 7 kWh; the unit from the options.
			name: "separate date and time columns",
			in:   lines("Date,Time,Value", "2024-01-01,00:00,1", "2024-01-01,00:30,2", "2024-01-01,01:00,3", "2024-01-01,01:30,4"),
			opt:  Options{Unit: "kWh"},
			want: `start 2024-01-01 00:00 +08:00 hours [3000 7000] | delim "," time 2 date 1 value 3 kWh from options step 30 first 2024-01-01 00:00 last 2024-01-01 01:30 rows 4 total 10000`,
		},
		{
			name: "date column beside full timestamps is not read",
			in:   lines("Date,Time,kWh", "2024-01-01,2024-01-01 00:00,1", "x,2024-01-01 01:00,2"),
			want: `start 2024-01-01 00:00 +08:00 hours [1000 2000] | delim "," time 2 value 3 kWh from header step 60 first 2024-01-01 00:00 last 2024-01-01 01:00 rows 2 total 3000`,
		},
		{
			name: "a date column alone holds timestamps",
			in:   lines("日期,电量(kWh)", "2024-01-01 00:00,1", "2024-01-01 01:00,2"),
			want: `start 2024-01-01 00:00 +08:00 hours [1000 2000] | delim "," time 1 value 2 kWh from header step 60 first 2024-01-01 00:00 last 2024-01-01 01:00 rows 2 total 3000`,
		},
		{
			name: "date column with start and end times of day",
			in:   lines("日期,开始时间,结束时间,用电量（千瓦时）", "2024-01-01,23:00,23:30,1", "2024-01-01,23:30,00:00,1", "2024-01-02,0:00,0:30,2", "2024-01-02,0:30,1:00,2"),
			want: `start 2024-01-01 23:00 +08:00 hours [2000 4000] | delim "," time 2 date 1 value 4 kWh from header step 30 first 2024-01-01 23:00 last 2024-01-02 00:30 rows 4 total 6000`,
		},
		{
			// 16:00 and 17:00 UTC are 00:00 and 01:00 at UTC+8.
			name: "offsets in the rows",
			in:   lines("timestamp,kWh", "2023-12-31T16:00:00Z,1", "2024-01-01T01:00:00+08:00,2"),
			want: `start 2024-01-01 00:00 +08:00 hours [1000 2000] | delim "," time 1 value 2 kWh from header step 60 first 2024-01-01 00:00 last 2024-01-01 01:00 rows 2 total 3000`,
		},
		{
			name: "offset in the header",
			in:   lines("Time (UTC),Energy [kWh]", "2023-12-31 16:00,1", "2023-12-31 17:00,2"),
			want: `start 2024-01-01 00:00 +08:00 hours [1000 2000] | delim "," time 1 value 2 kWh from header step 60 first 2024-01-01 00:00 last 2024-01-01 01:00 rows 2 total 3000`,
		},
		{
			name: "location from the options",
			in:   lines("time,kWh", "2024-01-01 00:00,1", "2024-01-01 01:00,2"),
			opt:  Options{Location: utc},
			want: `start 2024-01-01 00:00 +00:00 hours [1000 2000] | delim "," time 1 value 2 kWh from header step 60 first 2024-01-01 00:00 last 2024-01-01 01:00 rows 2 total 3000`,
		},
		{
			name: "Wh, unit alone as the header, blank rows skipped",
			in:   lines("Time,Wh", "2024-02-28 23:00,17", "", "2024-02-29 00:00,0", ",", "  ", ""),
			want: `start 2024-02-28 23:00 +08:00 hours [17 0] | delim "," time 1 value 2 Wh from header step 60 first 2024-02-28 23:00 last 2024-02-29 00:00 rows 2 total 17`,
		},
		{
			// 0.2500 kWh is exactly 250 Wh: trailing zeros are not precision.
			name: "degrees, trailing zeros, quoted header, trailing delimiter",
			in:   lines(`"时间","电量(度)",`, "2023-02-28 23:00,0.2500,", "2023-03-01 00:00,007,"),
			want: `start 2023-02-28 23:00 +08:00 hours [250 7000] | delim "," time 1 value 2 kWh from header step 60 first 2023-02-28 23:00 last 2023-03-01 00:00 rows 2 total 7250`,
		},
		{
			name: "unit after a slash, dots in dates, seconds with fraction",
			in:   lines("采集时间,用电量/kWh", "2024.01.01 00:00:00.000,1", "2024.01.01 01:00:00.000,2"),
			want: `start 2024-01-01 00:00 +08:00 hours [1000 2000] | delim "," time 1 value 2 kWh from header step 60 first 2024-01-01 00:00 last 2024-01-01 01:00 rows 2 total 3000`,
		},
		{
			name: "header unit agrees with the options",
			in:   lines("interval_start;Consumption kWh", "2024-01-01 00:00;1", "2024-01-01 01:00;2"),
			opt:  Options{Unit: "kWh"},
			want: `start 2024-01-01 00:00 +08:00 hours [1000 2000] | delim ";" time 1 value 2 kWh from header step 60 first 2024-01-01 00:00 last 2024-01-01 01:00 rows 2 total 3000`,
		},
		{
			// 1,000,000 MWh = 1 TWh per interval, the most accepted.
			name: "largest values",
			in:   lines("time,MWh", "2024-01-01 00:00,1000000", "2024-01-01 00:15,1000000", "2024-01-01 00:30,1000000", "2024-01-01 00:45,1000000"),
			want: `start 2024-01-01 00:00 +08:00 hours [4000000000000] | delim "," time 1 value 2 MWh from header step 15 first 2024-01-01 00:00 last 2024-01-01 00:45 rows 4 total 4000000000000`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, sum, err := ParseCSV(strings.NewReader(tt.in), tt.opt)
			if err != nil {
				t.Fatalf("got error:\n%v", err)
			}
			if got := describe(s, sum); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// brief writes problems as "row:column code", one per line.
func brief(err error) string {
	var ps Errors
	if !errors.As(err, &ps) {
		return fmt.Sprintf("not Errors: %v", err)
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fmt.Sprintf("%d:%d %s", p.Row, p.Column, p.Code)
	}
	return strings.Join(out, "\n")
}

func TestParseCSVRefused(t *testing.T) {
	hourly := func(rows ...string) string { return lines(append([]string{"time,kWh"}, rows...)...) }
	quarter := func(rows ...string) string { return lines(append([]string{"time;kWh"}, rows...)...) }
	tests := []struct {
		name    string
		in      string
		opt     Options
		want    string // "row:column code" per problem
		mention string // in the error text
	}{
		// The file and its header.
		{name: "empty file", in: "", want: "0:0 meter.empty"},
		{name: "header only", in: "time,kWh\n", want: "0:0 meter.no_rows", mention: "no data rows"},
		{name: "empty header row", in: "\ntime,kWh\n", want: "1:0 meter.header_empty", mention: "row 1 is empty"},
		{name: "UTF-16", in: "\xff\xfet\x00i\x00", want: "1:0 meter.utf16", mention: "UTF-16"},
		{name: "GBK header", in: "\xca\xb1\xbc\xe4,kWh\n", want: "1:0 meter.encoding", mention: "GBK"},
		{name: "one column", in: lines("time kWh", "2024-01-01 00:00 1"), want: "1:0 meter.header_one_column", mention: "one column"},
		{name: "no time column", in: lines("meter,kWh", "A,1"), want: "1:0 meter.header_no_time", mention: `no column of dates and times in the header ("meter", "kWh")`},
		{name: "only an end column", in: lines("Interval End,kWh", "2024-01-01 01:00,1"), want: "1:1 meter.header_end", mention: `column 1 "Interval End" holds the end`},
		{name: "no energy column", in: lines("time,kvarh", "2024-01-01 00:00,1"), want: "1:0 meter.header_no_energy", mention: "no energy column"},
		{name: "reactive energy is not energy", in: lines("time,Energy (kvarh)", "2024-01-01 00:00,1"), want: "1:0 meter.header_no_energy"},
		{name: "two energy columns", in: lines("time,Energy (kWh),用电量", "2024-01-01 00:00,1,1"), want: "1:3 meter.header_energies", mention: `both column 2 "Energy (kWh)" and column 3 "用电量"`},
		{name: "two time columns", in: lines("时间,time,kWh", "2024-01-01 00:00,2024-01-01 00:00,1"), want: "1:2 meter.header_times"},
		{name: "unclosed quote in header", in: lines(`"time,kWh`, "2024-01-01 00:00,1"), want: "1:1 meter.quote_open"},
		{name: "header too long", in: strings.Repeat("x", MaxLineBytes+1) + "\n", want: "1:0 meter.header_too_long"},

		// The unit.
		{name: "no unit", in: lines("time,value", "2024-01-01 00:00,1", "2024-01-01 01:00,2"), want: "1:2 meter.unit_missing", mention: `"value" does not say its unit`},
		{name: "header and options disagree", in: lines("time,MWh", "2024-01-01 00:00,1", "2024-01-01 01:00,2"), opt: Options{Unit: "kWh"}, want: "1:2 meter.unit_conflict", mention: "says MWh but kWh was chosen"},
		{name: "unknown option unit", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,2"), opt: Options{Unit: "GWh"}, want: "0:0 meter.unit_unknown"},
		{name: "no unit still checks syntax", in: lines("time,value", "2024-01-01 00:00,x", "2024-01-01 01:00,2"), want: "1:2 meter.unit_missing\n2:2 number.syntax"},

		// Rows.
		{name: "wrong number of fields", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,2,3", "2024-01-01 02:00,1"), want: "3:0 meter.fields", mention: "has 3 fields; the header has 2"},
		{name: "unclosed quote", in: hourly("2024-01-01 00:00,1", `2024-01-01 01:00,"2`, "2024-01-01 02:00,1"), want: "3:2 meter.quote_open"},
		{name: "text after a quote", in: hourly(`"2024-01-01 00:00"x,1`, "2024-01-01 01:00,2"), want: "2:1 meter.quote_text"},
		{name: "line too long", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,"+strings.Repeat("1", MaxLineBytes), "2024-01-01 02:00,1"), want: "3:0 meter.line_too_long"},
		{name: "too many rows", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,1", "2024-01-01 02:00,1", "2024-01-01 03:00,1"), opt: Options{MaxRows: 3}, want: "5:0 meter.too_many_rows", mention: "more than 3 rows"},

		// Values.
		{name: "empty value", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,"), want: "3:2 required"},
		{name: "text", in: hourly("2024-01-01 00:00,n/a", "2024-01-01 01:00,1"), want: "2:2 number.syntax"},
		{name: "negative", in: hourly("2024-01-01 00:00,-1", "2024-01-01 01:00,1"), want: "2:2 number.negative"},
		{name: "exponent", in: hourly("2024-01-01 00:00,1e3", "2024-01-01 01:00,1"), want: "2:2 number.exponent", mention: "exponents are not accepted"},
		{name: "finer than a watt-hour", in: hourly("2024-01-01 00:00,0.0005", "2024-01-01 01:00,1"), want: "2:2 number.precision", mention: "kWh takes at most 3"},
		{name: "above 1 TWh", in: hourly("2024-01-01 00:00,1000000000.001", "2024-01-01 01:00,1"), want: "2:2 number.too_large"},
		{name: "bad grouping", in: hourly(`2024-01-01 00:00,"1,23,456"`, "2024-01-01 01:00,1"), want: "2:2 number.grouping"},
		{name: "decimal comma", in: quarter("2024-01-01 00:00;1,5", "2024-01-01 00:15;1", "2024-01-01 00:30;1", "2024-01-01 00:45;1"), want: "2:2 number.decimal_comma", mention: "decimal comma"},
		{name: "grouping comma in a semicolon file", in: quarter("2024-01-01 00:00;1,500", "2024-01-01 00:15;1", "2024-01-01 00:30;1", "2024-01-01 00:45;1"), want: "2:2 number.decimal_comma"},

		// Times.
		{name: "not a time", in: hourly("2024-01-01 00:00,1", "yesterday,1", "2024-01-01 02:00,1"), want: "3:1 meter.time", mention: `"yesterday" is not a date and time`},
		{name: "date only", in: hourly("2024-01-01,1", "2024-01-02,1"), want: "2:1 meter.time_no_clock\n3:1 meter.time_no_clock", mention: "has no time of day"},
		{name: "no such day", in: hourly("2023-02-28 23:00,1", "2023-02-29 00:00,1", "2023-03-01 01:00,1"), want: "3:1 meter.time_day", mention: "has no day 29 in month 2"},
		{name: "hour 24", in: hourly("2024-01-01 23:00,1", "2024-01-01 24:00,1"), want: "3:1 meter.time_24", mention: "write 00:00 of the next day"},
		{name: "year first", in: hourly("1/1/2024 00:00,1", "1/1/2024 01:00,1"), want: "2:1 meter.time\n3:1 meter.time", mention: "year first"},
		{name: "bad offset", in: hourly("2024-01-01 00:00+25:00,1", "2024-01-01 01:00,1"), want: "2:1 meter.time_offset"},
		{name: "bad date in the date column", in: lines("date,time,kWh", "2024-01-01,00:00,1", "2024-01-32,01:00,1"), want: "3:1 meter.time_day"},

		// Steps.
		{name: "step of 45 minutes", in: hourly("2024-01-01 00:00,1", "2024-01-01 00:45,1", "2024-01-01 01:30,1"), want: "3:1 meter.step", mention: "starts 45 minutes after row 2"},
		{name: "step of 5 minutes", in: hourly("2024-01-01 00:00,1", "2024-01-01 00:05,1"), want: "3:1 meter.step"},
		{name: "first step is a gap", in: hourly("2024-01-01 00:00,1", "2024-01-01 02:00,1"), want: "3:1 meter.step", mention: "if rows are missing between them, add them"},
		{name: "one row", in: hourly("2024-01-01 00:00,1"), want: "2:0 meter.one_row", mention: "only data row"},
		{name: "hourly turning to 15 minutes", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,1", "2024-01-01 02:00,1", "2024-01-01 02:15,1", "2024-01-01 02:30,1", "2024-01-01 02:45,1", "2024-01-01 03:00,1"), want: "5:1 meter.mixed", mention: "starts 15 minutes after row 4, but the intervals of this file are 60 minutes long"},
		{name: "30 minutes turning to 15", in: hourly("2024-01-01 00:00,1", "2024-01-01 00:30,1", "2024-01-01 00:45,1", "2024-01-01 01:00,1"), want: "4:1 meter.mixed"},
		{name: "out of order", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,1", "2024-01-01 03:00,1", "2024-01-01 02:00,1"), want: "4:1 meter.gap\n5:1 meter.order", mention: "starts at 2024-01-01 02:00, before row 4 (2024-01-01 03:00)"},
		{name: "out of order before the step is known", in: hourly("2024-01-01 01:00,1", "2024-01-01 00:00,1", "2024-01-01 02:00,1", "2024-01-01 03:00,1"), want: "3:1 meter.order"},
		{name: "duplicate of the row before", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,1", "2024-01-01 01:00,1", "2024-01-01 02:00,1"), want: "4:1 meter.duplicate", mention: "row 4, column 1: repeats the interval starting 2024-01-01 01:00 of row 3; remove one of them"},
		{name: "duplicate before the step is known", in: hourly("2024-01-01 00:00,1", "2024-01-01 00:00,1", "2024-01-01 01:00,1"), want: "3:1 meter.duplicate", mention: "of row 2"},
		{
			// A clock set back: 01:00 to 01:45 come twice; the second 01:00
			// names row 6, which gave it first, past a blank line.
			name: "duplicate of an earlier row",
			in:   quarter("2024-01-01 00:00;1", "2024-01-01 00:15;1", "2024-01-01 00:30;1", "2024-01-01 00:45;1", "", "2024-01-01 01:00;1", "2024-01-01 01:15;1", "2024-01-01 01:30;1", "2024-01-01 01:45;1", "2024-01-01 01:00;1", "2024-01-01 01:15;1"),
			want: "11:1 meter.duplicate\n12:1 meter.duplicate", mention: "row 11, column 1: repeats the interval starting 2024-01-01 01:00 of row 7",
		},
		{name: "duplicate across a gap", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,1", "2024-01-01 03:00,1", "2024-01-01 04:00,1", "2024-01-01 01:00,1"), want: "4:1 meter.gap\n6:1 meter.duplicate", mention: "row 6, column 1: repeats the interval starting 2024-01-01 01:00 of row 3"},
		{name: "in the gap is out of order", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,1", "2024-01-01 03:00,1", "2024-01-01 02:00,1"), want: "4:1 meter.gap\n5:1 meter.order"},
		{name: "off the grid", in: quarter("2024-01-01 00:00;1", "2024-01-01 00:15;1", "2024-01-01 00:20;1", "2024-01-01 00:30;1", "2024-01-01 00:45;1"), want: "4:1 meter.off_grid", mention: "start at :00, :15, :30 and :45"},
		{name: "seconds", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,1", "2024-01-01 02:00:30,1", "2024-01-01 03:00,1"), want: "4:1 meter.seconds", mention: "and some seconds"},
		{name: "first row off the grid", in: hourly("2024-01-01 00:30,1", "2024-01-01 01:30,1", "2024-01-01 02:30,1"), want: "2:1 meter.off_grid\n3:1 meter.off_grid\n4:1 meter.off_grid"},
		{name: "one missing interval", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,1", "2024-01-01 03:00,1"), want: "4:1 meter.gap", mention: "row 4, column 1: no data for the interval starting 2024-01-01 02:00 (between row 3 and this row)"},
		{name: "several missing intervals", in: quarter("2024-01-01 00:00;1", "2024-01-01 00:15;1", "2024-01-01 00:30;1", "2024-01-01 01:30;1", "2024-01-01 01:45;1"), want: "5:1 meter.gaps", mention: "no data for the 3 intervals starting 2024-01-01 00:45 to 2024-01-01 01:15 (between row 4 and this row)"},
		{name: "unreadable time is not also a gap", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,1", "2024-01-01 2:00 x,1", "2024-01-01 03:00,1"), want: "4:1 meter.time_offset"},
		{name: "partial first hour", in: quarter("2024-01-01 00:15;1", "2024-01-01 00:30;1", "2024-01-01 00:45;1", "2024-01-01 01:00;1", "2024-01-01 01:15;1", "2024-01-01 01:30;1", "2024-01-01 01:45;1"), want: "2:1 meter.first_hour", mention: "the first interval starts at 00:15, so the hour from 00:00 is incomplete"},
		{name: "partial last hour", in: quarter("2024-01-01 00:00;1", "2024-01-01 00:15;1", "2024-01-01 00:30;1", "2024-01-01 00:45;1", "2024-01-01 01:00;1", "2024-01-01 01:15;1"), want: "7:1 meter.last_hour", mention: "the last interval starts at 01:15 and ends at 01:30"},

		// Several problems at once, in row and column order.
		{name: "problems in row and column order", in: hourly("2024-01-01 00:00,1", "2024-01-01 01:00,x", "2024-01-01 03:00,-2"), want: "3:2 number.syntax\n4:1 meter.gap\n4:2 number.negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, err := ParseCSV(strings.NewReader(tt.in), tt.opt)
			if err == nil {
				t.Fatalf("got %v, no error; want\n%s", s, tt.want)
			}
			if got := brief(err); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s\n(%v)", got, tt.want, err)
			}
			if !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("got %q, want it to mention %q", err, tt.mention)
			}
			if s.Hours != nil || !s.Start.IsZero() {
				t.Errorf("got series %v with the error; want none", s)
			}
		})
	}
}

func TestProblemsCapped(t *testing.T) {
	rows := []string{"time,kWh"}
	for h := range 60 {
		rows = append(rows, fmt.Sprintf("2024-01-%02d %02d:00,x", 1+h/24, h%24))
	}
	_, _, err := ParseCSV(strings.NewReader(lines(rows...)), Options{})
	var ps Errors
	if !errors.As(err, &ps) {
		t.Fatalf("got %v, want Errors", err)
	}
	if got, want := len(ps), MaxProblems+1; got != want {
		t.Fatalf("got %d problems, want %d", got, want)
	}
	if got, want := ps[MaxProblems-1].Error(), `row 51, column 2: "x" is not a number; write plain digits with a decimal point, such as 1200 or 0.25`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := ps[MaxProblems]; got.Code != CodeMore || got.Message != "and 10 more problems" || got.Params["count"] != "10" {
		t.Errorf("got %+v, want the count of 10 more problems", got)
	}
}

func TestSummaryOnRefusal(t *testing.T) {
	in := lines("Start;End;用电量(kWh)", "2024-01-01 00:00;;1", "2024-01-01 00:15;;2", "2024-01-01 00:30;;x")
	_, sum, err := ParseCSV(strings.NewReader(in), Options{})
	if err == nil {
		t.Fatal("got no error")
	}
	got := fmt.Sprintf("%q %q time %d value %d %s step %d first %s last %s rows %d total %d", sum.Delimiter, sum.Header, sum.TimeColumn, sum.ValueColumn,
		sum.Unit, sum.StepMinutes, sum.First.Format("15:04"), sum.Last.Format("15:04"), sum.Rows, sum.TotalWh)
	want := `";" ["Start" "End" "用电量(kWh)"] time 1 value 3 kWh step 15 first 00:00 last 00:30 rows 3 total 3000`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// A reader that fails is reported as itself, not as a problem.
type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadError(t *testing.T) {
	_, _, err := ParseCSV(failing{}, Options{})
	if got, want := fmt.Sprint(err), "disk on fire"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A location with daylight saving time: the spring hour the clock skips
// shows as a gap, and times with offsets are converted to wall-clock time.
func TestDaylightSavingLocation(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	in := lines("time,kWh", "2024-03-31 00:00,1", "2024-03-31 01:00,1", "2024-03-31 03:00,1", "2024-03-31 04:00,1")
	_, _, err = ParseCSV(strings.NewReader(in), Options{Location: loc})
	if got, want := brief(err), "4:1 meter.gap"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	in = lines("time,kWh", "2024-01-15T00:00:00Z,1", "2024-01-15T01:00:00Z,2")
	s, _, err := ParseCSV(strings.NewReader(in), Options{Location: loc})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Start.Format("2006-01-02 15:04 -07:00"), "2024-01-15 01:00 +01:00"; got != want {
		t.Errorf("got start %s, want %s", got, want)
	}
}
