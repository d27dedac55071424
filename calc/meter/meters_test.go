package meter

import (
	"fmt"
	"strings"
	"testing"
)

// describeMeters writes each meter on one line, then the summary's meter
// column, step, period, rows and total.
func describeMeters(ms []Meter, sum Summary) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%q start %s hours %v first %s last %s rows %d total %d\n", m.ID, m.Start.Format("2006-01-02 15:04"), m.Hours,
			m.First.Format("01-02 15:04"), m.Last.Format("01-02 15:04"), m.Rows, m.TotalWh)
	}
	fmt.Fprintf(&b, "column %d step %d first %s last %s rows %d meters %d total %d", sum.MeterColumn, sum.StepMinutes,
		sum.First.Format("01-02 15:04"), sum.Last.Format("01-02 15:04"), sum.Rows, sum.Meters, sum.TotalWh)
	return b.String()
}

func TestParseMeters(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{
			name: "interleaved, sorted by time",
			in:   lines("Meter,Timestamp,Energy (kWh)", "A,2024-01-01 00:00,1", "B,2024-01-01 00:00,2", "A,2024-01-01 01:00,3", "B,2024-01-01 01:00,4"),
			want: `"A" start 2024-01-01 00:00 hours [1000 3000] first 01-01 00:00 last 01-01 01:00 rows 2 total 4000
"B" start 2024-01-01 00:00 hours [2000 4000] first 01-01 00:00 last 01-01 01:00 rows 2 total 6000
column 1 step 60 first 01-01 00:00 last 01-01 01:00 rows 4 meters 2 total 10000`,
		},
		{
			// Each meter has its own period; the summary spans them all.
			name: "blocks, Chinese header, meter column last, own periods",
			in: lines("时间;电量(kWh);表号",
				"2024-01-01 01:00;1;3301", "2024-01-01 01:30;1;3301", "2024-01-01 02:00;1;3301", "2024-01-01 02:30;1;3301",
				"2024-01-01 00:00;1;3302", "2024-01-01 00:30;2;3302", "2024-01-01 01:00;3;3302", "2024-01-01 01:30;4;3302"),
			want: `"3301" start 2024-01-01 01:00 hours [2000 2000] first 01-01 01:00 last 01-01 02:30 rows 4 total 4000
"3302" start 2024-01-01 00:00 hours [3000 7000] first 01-01 00:00 last 01-01 01:30 rows 4 total 10000
column 3 step 30 first 01-01 00:00 last 01-01 02:30 rows 8 meters 2 total 14000`,
		},
		{
			name: "one meter named",
			in:   lines("电表编号,开始时间,用电量（千瓦时）", `"表 1",2024-01-01 00:00,1`, `"表 1",2024-01-01 01:00,2`),
			want: `"表 1" start 2024-01-01 00:00 hours [1000 2000] first 01-01 00:00 last 01-01 01:00 rows 2 total 3000
column 1 step 60 first 01-01 00:00 last 01-01 01:00 rows 2 meters 1 total 3000`,
		},
		{
			// The meter number beats the account number; a meter with one
			// row takes the file's step.
			name: "meter and account, a meter of one row",
			in:   lines("户号,计量点,时间,kWh", "9,P1,2024-01-01 00:00,1", "9,P1,2024-01-01 01:00,1", "9,P2,2024-01-01 05:00,7"),
			want: `"P1" start 2024-01-01 00:00 hours [1000 1000] first 01-01 00:00 last 01-01 01:00 rows 2 total 2000
"P2" start 2024-01-01 05:00 hours [7000] first 01-01 05:00 last 01-01 05:00 rows 1 total 7000
column 2 step 60 first 01-01 00:00 last 01-01 05:00 rows 3 meters 2 total 9000`,
		},
		{
			name: "ids compared as written, spaces trimmed, quotes undone",
			in:   lines("Meter ID,Time,Wh", ` "a""1" ,2024-01-01 00:00,1`, `A,2024-01-01 00:00,2`, `"a""1",2024-01-01 01:00,3`, `A,2024-01-01 01:00,4`),
			want: `"a\"1" start 2024-01-01 00:00 hours [1 3] first 01-01 00:00 last 01-01 01:00 rows 2 total 4
"A" start 2024-01-01 00:00 hours [2 4] first 01-01 00:00 last 01-01 01:00 rows 2 total 6
column 1 step 60 first 01-01 00:00 last 01-01 01:00 rows 4 meters 2 total 10`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, sum, err := Parse([]byte(tt.in), Options{})
			if err != nil {
				t.Fatalf("got error:\n%v", err)
			}
			if got := describeMeters(ms, sum); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestParseMetersRefused(t *testing.T) {
	long := func(rows ...string) string { return lines(append([]string{"Meter,Time,kWh"}, rows...)...) }
	tests := []struct {
		name    string
		in      string
		opt     Options
		want    string // "row:column code" per problem
		mention string
	}{
		{
			name: "a gap names row, column and meter",
			in:   long("A,2024-01-01 00:00,1", "B,2024-01-01 00:00,1", "A,2024-01-01 01:00,1", "B,2024-01-01 01:00,1", "A,2024-01-01 02:00,1", "A,2024-01-01 03:00,1", "B,2024-01-01 03:00,1"),
			want: "8:2 meter.gap", mention: `row 8, column 2: meter "B": no data for the interval starting 2024-01-01 02:00 (between row 5 and this row)`,
		},
		{
			name: "duplicate meter and time, interleaved",
			in:   long("A,2024-01-01 00:00,1", "B,2024-01-01 00:00,1", "A,2024-01-01 01:00,1", "B,2024-01-01 01:00,1", "A,2024-01-01 02:00,1", "B,2024-01-01 02:00,1", "B,2024-01-01 01:00,1"),
			want: "8:2 meter.duplicate", mention: `row 8, column 2: meter "B": repeats the interval starting 2024-01-01 01:00 of row 5`,
		},
		{
			name: "duplicate meter and time, in blocks",
			in:   long("A,2024-01-01 00:00,1", "A,2024-01-01 01:00,1", "B,2024-01-01 00:00,1", "B,2024-01-01 01:00,1", "A,2024-01-01 00:00,1"),
			want: "6:2 meter.duplicate", mention: `meter "A": repeats the interval starting 2024-01-01 00:00 of row 2`,
		},
		{
			name: "a meter's rows out of order",
			in:   long("A,2024-01-01 01:00,1", "A,2024-01-01 02:00,1", "A,2024-01-01 00:00,1"),
			want: "4:2 meter.order", mention: `meter "A": starts at 2024-01-01 00:00, before row 3`,
		},
		{
			name: "meters of different steps",
			in:   long("A,2024-01-01 00:00,1", "A,2024-01-01 01:00,1", "B,2024-01-01 00:00,1", "B,2024-01-01 00:15,1", "B,2024-01-01 00:30,1", "B,2024-01-01 00:45,1"),
			want: "5:2 meter.mixed_meters", mention: `meter "B": starts 15 minutes after row 4, so this meter's intervals are 15 minutes long, but those of meter "A" are 60 minutes (rows 2 and 3)`,
		},
		{
			name: "a meter's incomplete last hour",
			in:   lines("表号,时间,kWh", "1,2024-01-01 00:00,1", "1,2024-01-01 00:30,1", "2,2024-01-01 00:00,1", "2,2024-01-01 00:30,1", "2,2024-01-01 01:00,1"),
			want: "6:2 meter.last_hour", mention: `meter "2": the last interval starts at 01:00 and ends at 01:30`,
		},
		{
			name: "a meter's one row off the step",
			in:   long("A,2024-01-01 00:00,1", "A,2024-01-01 01:00,1", "B,2024-01-01 05:30,1"),
			want: "4:2 meter.off_grid", mention: `meter "B": starts at 2024-01-01 05:30`,
		},
		{name: "meter not named", in: long("A,2024-01-01 00:00,1", " ,2024-01-01 00:00,1", "A,2024-01-01 01:00,1"), want: "3:1 meter.id_missing", mention: `the meter is not named; in a file with a meter column ("Meter")`},
		{name: "meter id too long", in: long(strings.Repeat("x", 101) + ",2024-01-01 00:00,1"), want: "2:1 meter.id_too_long"},
		{name: "meter id not UTF-8", in: long("\xb1\xed,2024-01-01 00:00,1", "\xb1\xed,2024-01-01 01:00,1"), want: "2:1 meter.id_encoding\n3:1 meter.id_encoding"},
		{name: "two meter columns", in: lines("Meter,表号,Time,kWh", "A,1,2024-01-01 00:00,1"), want: "1:2 meter.header_meters", mention: `both column 1 "Meter" and column 2 "表号" look like the meter of each row`},
		{name: "value problem keeps its place", in: long("A,2024-01-01 00:00,1", "B,2024-01-01 00:00,x", "A,2024-01-01 01:00,1", "B,2024-01-01 01:00,1"), want: "3:3 number.syntax"},
		{
			// The unreadable time of B's row 5 stands for B's 01:00; B's
			// 02:00 is not a gap.
			name: "unreadable time is not also a gap",
			in:   long("A,2024-01-01 00:00,1", "B,2024-01-01 00:00,1", "A,2024-01-01 01:00,1", "B,2024-01-01 1:00x,1", "A,2024-01-01 02:00,1", "B,2024-01-01 02:00,1"),
			want: "5:2 meter.time_offset",
		},
		{name: "too many rows", in: long("A,2024-01-01 00:00,1", "A,2024-01-01 01:00,x", "A,2024-01-01 02:00,1"), opt: Options{MaxRows: 2}, want: "4:0 meter.too_many_rows"},
		{name: "too many bytes", in: long("A,2024-01-01 00:00,1", "A,2024-01-01 01:00,1"), opt: Options{MaxBytes: 40}, want: "0:0 meter.too_big", mention: "more than 40 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, _, err := Parse([]byte(tt.in), tt.opt)
			if err == nil {
				t.Fatalf("got %v, no error; want\n%s", ms, tt.want)
			}
			if got := brief(err); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s\n(%v)", got, tt.want, err)
			}
			if !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("got %q, want it to mention %q", err, tt.mention)
			}
			if ms != nil {
				t.Errorf("got meters %v with the error; want none", ms)
			}
		})
	}
}

// More meters than MaxMeters: refused at the first row of one too many,
// without reading on.
func TestTooManyMeters(t *testing.T) {
	var b strings.Builder
	b.WriteString("Meter,Time,kWh\n")
	for i := range MaxMeters + 10 {
		fmt.Fprintf(&b, "m%d,2024-01-01 00:00,1\n", i)
	}
	_, sum, err := Parse([]byte(b.String()), Options{})
	if got, want := brief(err), fmt.Sprintf("%d:1 meter.meters", MaxMeters+2); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if sum.Rows != MaxMeters+1 || sum.Meters != MaxMeters {
		t.Errorf("got %d rows, %d meters; want %d, %d", sum.Rows, sum.Meters, MaxMeters+1, MaxMeters)
	}
}

// ParseCSV reads one meter; a file of several is refused.
func TestParseCSVSeveralMeters(t *testing.T) {
	in := lines("Meter,Time,kWh", "A,2024-01-01 00:00,1", "B,2024-01-01 00:00,1", "A,2024-01-01 01:00,1", "B,2024-01-01 01:00,1")
	_, _, err := ParseCSV(strings.NewReader(in), Options{})
	if got, want := brief(err), "0:1 meter.several"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	in = lines("Meter,Time,kWh", "A,2024-01-01 00:00,1", "A,2024-01-01 01:00,1")
	if s, _, err := ParseCSV(strings.NewReader(in), Options{}); err != nil || len(s.Hours) != 2 {
		t.Errorf("got %v, %v; want two hours", s, err)
	}
}

// A file that names more meters than MaxMeters stops there; when it is
// also longer than MaxRows, it is refused as too long, as a file is when
// its rows are counted before they are read.
func TestTooManyMetersAndRows(t *testing.T) {
	var b strings.Builder
	b.WriteString("Meter,Time,kWh\n")
	for i := range MaxMeters + 1 {
		b.WriteString("M" + itoa(i) + ",2024-01-01 00:00,1\n")
	}
	for range 1000 {
		b.WriteString("M0,2024-01-01 01:00,1\n")
	}
	// MaxMeters+1001 rows after the header.
	for _, c := range []struct {
		max  int
		want string
	}{
		{MaxMeters + 1000, itoa(MaxMeters+1002) + ":0 " + CodeTooManyRows},
		{MaxMeters + 1001, itoa(MaxMeters+2) + ":1 " + CodeMeters},
		{MaxMeters, itoa(MaxMeters+2) + ":0 " + CodeTooManyRows},
	} {
		_, sum, err := Parse([]byte(b.String()), Options{MaxRows: c.max})
		if got := brief(err); got != c.want {
			t.Errorf("at most %d rows: got %s, want %s", c.max, got, c.want)
		}
		if strings.HasSuffix(c.want, CodeTooManyRows) && (sum.Rows != 0 || sum.Meters != 0 || sum.MeterColumn != 1) {
			t.Errorf("at most %d rows: summary %+v, want the header's alone", c.max, sum)
		}
	}
}

// A header's own problems stay beside the refusal of a file too long.
func TestTooManyRowsAfterHeaderProblem(t *testing.T) {
	in := "Meter,Time,Energy\nA,2024-01-01 00:00,1\nA,2024-01-01 01:00,x\nA,2024-01-01 02:00,1\n"
	if _, _, err := Parse([]byte(in), Options{MaxRows: 2}); brief(err) != "1:3 "+CodeUnitMissing+"\n4:0 "+CodeTooManyRows {
		t.Errorf("got %s, want the unit missing and too many rows", brief(err))
	}
}
