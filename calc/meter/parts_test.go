package meter

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc/internal/syntax"
	"github.com/shopspring/decimal"
)

func TestParseWh(t *testing.T) {
	kWh, MWh, Wh := mustUnit("kWh"), mustUnit("MWh"), mustUnit("Wh")
	tests := []struct {
		name     string
		in       string
		u        unit
		grouping bool
		want     string // watt-hours, or the code
	}{
		{"whole kWh", "12", kWh, true, "12000"},
		{"spaces", "  1.5 ", kWh, true, "1500"},
		{"one Wh", "0.001", kWh, true, "1"},
		{"trailing zeros", "0.250000", kWh, true, "250"},
		{"leading zeros", "007", kWh, true, "7000"},
		{"MWh finest", "0.000001", MWh, true, "1"},
		{"MWh", "1.5", MWh, true, "1500000"},
		{"Wh", "17", Wh, true, "17"},
		{"Wh with zero decimals", "17.00", Wh, true, "17"},
		{"grouped", "1,234,567.891", kWh, true, "1234567891"},
		{"zero", "0", kWh, true, "0"},
		{"minus zero", "-0.000", kWh, true, "0"},
		{"limit", "1000000000", kWh, true, "1000000000000"},
		{"limit MWh", "1,000,000", MWh, true, "1000000000000"},
		{"empty", "", kWh, true, CodeRequired},
		{"blank", " \t ", kWh, true, CodeRequired},
		{"letters", "abc", kWh, true, CodeSyntax},
		{"exponent", "1e3", kWh, true, CodeExponent},
		{"plus", "+1", kWh, true, CodeSyntax},
		{"point first", ".5", kWh, true, CodeSyntax},
		{"point last", "5.", kWh, true, CodeSyntax},
		{"two points", "1.2.3", kWh, true, CodeSyntax},
		{"minus alone", "-", kWh, true, CodeSyntax},
		{"grouping of two", "1,20,000", kWh, true, CodeGrouping},
		{"group of four", "1234,000", kWh, true, CodeGrouping},
		{"leading comma", ",100", kWh, true, CodeGrouping},
		{"trailing comma", "1,000,", kWh, true, CodeGrouping},
		{"comma before point", "1,00.5", kWh, true, CodeGrouping},
		{"zero group", "0,250", kWh, true, CodeGrouping},
		{"comma without grouping", "1,500", kWh, false, CodeDecimalComma},
		{"comma in fraction", "1.000,5", kWh, true, CodeGrouping},
		{"full-width digit", "１", kWh, true, CodeSyntax},
		{"quote", `"1"`, kWh, true, CodeSyntax},
		{"negative", "-0.001", kWh, true, CodeNegative},
		{"negative and fine", "-0.0001", kWh, true, CodeNegative},
		{"finer than Wh", "0.0001", kWh, true, CodePrecision},
		{"float noise", "0.30000000000000004", kWh, true, CodePrecision},
		{"finer than Wh in Wh", "1.5", Wh, true, CodePrecision},
		{"above the limit", "1000000000.001", kWh, true, CodeTooLarge},
		{"far above the limit", "99999999999999999999", kWh, true, CodeTooLarge},
		{"too long", strings.Repeat("9", 33), kWh, true, CodeTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wh, e := parseWh([]byte(tt.in), tt.u, tt.grouping)
			var got, msg string
			if e == nil {
				got = fmt.Sprint(wh)
			} else if got, msg = e.Code, e.Message; msg == "" {
				t.Errorf("code %s without a message", got)
			}
			if got != tt.want {
				t.Errorf("parseWh(%q, %s) = %s (%s); want %s", tt.in, tt.u.name, got, msg, tt.want)
			}
		})
	}
}

// referenceWh is the slow, obviously correct reading of a value: the
// house's syntax checks and exact decimals. One rule is stricter here than
// syntax.Ungroup: a grouped number may not start with 0 ("0,250" is
// likelier a decimal comma than 250).
func referenceWh(s string, u unit) (int64, bool) {
	s = strings.TrimSpace(s)
	if plain, ok := syntax.Ungroup(s); ok {
		if s[0] == '0' {
			return 0, false
		}
		s = plain
	}
	if !syntax.Decimal(s) || len(s) > maxNumberLen {
		return 0, false
	}
	wh := decimal.RequireFromString(s).Mul(decimal.NewFromInt(u.wh))
	if !wh.IsInteger() || wh.GreaterThan(decimal.NewFromInt(MaxIntervalWh)) {
		return 0, false
	}
	return wh.IntPart(), true
}

// TestParseWhAgainstDecimal checks the hand-written reader against the
// reference on random values built from the characters that matter.
func TestParseWhAgainstDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := "0000123456789,.."
	for i := range 40_000 {
		n := 1 + r.IntN(16)
		b := make([]byte, n)
		for j := range b {
			b[j] = alphabet[r.IntN(len(alphabet))]
		}
		if i%3 == 0 { // a well-formed grouped number
			b = []byte(fmt.Sprintf("%d,%03d.%d", r.IntN(1000)+1, r.IntN(1000), r.IntN(100000)))
		}
		for _, u := range units {
			got, e := parseWh(b, u, true)
			want, ok := referenceWh(string(b), u)
			if (e == nil) != ok || got != want {
				t.Fatalf("parseWh(%q, %s) = %d, %v; reference %d, %v", b, u.name, got, e, want, ok)
			}
		}
	}
}

func TestParseStamp(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-01-01 00:00", "2024-01-01 00:00"},
		{"2024-01-01 00:15:00", "2024-01-01 00:15"},
		{"2024-01-01T00:15", "2024-01-01 00:15"},
		{"2024/1/1 0:15", "2024-01-01 00:15"},
		{"2024.12.31 23:45", "2024-12-31 23:45"},
		{" 2024-01-01   00:15 ", "2024-01-01 00:15"},
		{"2024-02-29 12:00", "2024-02-29 12:00"},
		{"2000-02-29 12:00", "2000-02-29 12:00"},
		{"2024-01-01 00:15:00.000", "2024-01-01 00:15"},
		{"2024-01-01 00:15:30", "2024-01-01 00:15 off grid"},
		{"2024-01-01 00:15:00.5", "2024-01-01 00:15 off grid"},
		{"2024-01-01T00:15Z", "2024-01-01 00:15 offset 0"},
		{"2024-01-01T00:15:00+08:00", "2024-01-01 00:15 offset 480"},
		{"2024-01-01 00:15 +0800", "2024-01-01 00:15 offset 480"},
		{"2024-01-01 00:15-05", "2024-01-01 00:15 offset -300"},
		{"2024-01-01 00:15+05:45", "2024-01-01 00:15 offset 345"},
		{"2024-01-01", "has no time of day"},
		{"2024-01-01 ", "has no time of day"},
		{"2024-1-1", "has no time of day"},
		{"1900-01-01 00:00", "years from 1970"},
		{"2023-02-29 00:00", "has no day 29 in month 2"},
		{"2100-02-29 00:00", "has no day 29 in month 2"},
		{"2024-04-31 00:00", "has no day 31 in month 4"},
		{"2024-13-01 00:00", "has no day 1 in month 13"},
		{"2024-01-01 24:00", "the hour 24"},
		{"2024-01-01 23:60", "not a date and time"},
		{"2024-01-01 00:00:60", "not a date and time"},
		{"2024-01-01 0:5", "not a date and time"},
		{"2024-01-01 00:000", "not a date and time"},
		{"2024-01-01 00:00+8", "not a date and time"},
		{"2024-01-01 00:00+15:00", "not a date and time"},
		{"2024-01-01 00:00 UTC", "not a date and time"},
		{"2024-01-01x00:00", "not a date and time"},
		{"2024-01/01 00:00", "not a date and time"},
		{"20240101 0000", "not a date and time"},
		{"01/01/2024 00:00", "not a date and time"},
		{"", "not a date and time"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var c dayCache
			st, e := parseStamp([]byte(tt.in), &c)
			msg := ""
			if e != nil {
				msg = e.Message
			}
			got := msg
			if msg == "" {
				got = formatMin(st.min)
				if st.offGrid {
					got += " off grid"
				}
				if st.zoned {
					got += fmt.Sprintf(" offset %d", st.offset)
				}
			}
			if !strings.Contains(got, tt.want) || (msg == "") != (got == tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"timestamp", "time 2"},
		{"Time", "time 1"},
		{"DATE TIME", "time 2"},
		{"date/time", "time 2"},
		{"Interval_Start", "time 3"},
		{"start-time", "time 3"},
		{"时间", "time 1"},
		{"日期时间", "time 2"},
		{"开始时间", "time 3"},
		{"时段", "time 1"},
		{"采集时间", "time 1"},
		{"Time (UTC+8)", "time 1 offset 480"},
		{"时间(北京时间)", "time 1 offset 480"},
		{"Start [UTC]", "time 3 offset 0"},
		{"Time (GMT-05:00)", "time 1 offset -300"},
		{"Time (local)", "time 1"},
		{"Date", "date"},
		{"日期", "date"},
		{"Interval End", "end"},
		{"结束时间", "end"},
		{"kWh", "energy kWh"},
		{"KWH", "energy kWh"},
		{"kW·h", "energy kWh"},
		{"MWh", "energy MWh"},
		{"Wh", "energy Wh"},
		{"energy", "energy"},
		{"Energy (kWh)", "energy kWh"},
		{"energy (MWh)", "energy MWh"},
		{"Consumption kWh", "energy kWh"},
		{"value", "energy"},
		{"电量", "energy"},
		{"用电量", "energy"},
		{"有功电量", "energy"},
		{"电量(kWh)", "energy kWh"},
		{"电量（千瓦时）", "energy kWh"},
		{"用电量(kWh)", "energy kWh"},
		{"用电量/kWh", "energy kWh"},
		{"电量【兆瓦时】", "energy MWh"},
		{"电量(度)", "energy kWh"},
		{"电量千瓦时", "energy kWh"},
		{"发电量 (MWh)", "energy MWh"},
		{"Energy (kvarh)", "other"},
		{"kvarh", "other"},
		{"Demand (kW)", "other"},
		{"Price (kWh)", "other"},
		{"meter id", "meter 2"},
		{"Meter", "meter 2"},
		{"Meter No.", "meter 2"},
		{"METER_NUMBER", "meter 2"},
		{"表号", "meter 2"},
		{"电表编号", "meter 2"},
		{"计量点", "meter 2"},
		{"户号", "meter 1"},
		{"Account number", "meter 1"},
		{"Meter (kWh)", "other"},
		{"", "other"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c := readCell(tt.in)
			got := [...]string{"other", "energy", "date", "time", "end", "meter"}[c.kind]
			if c.kind == kindTime || c.kind == kindMeter {
				got += fmt.Sprintf(" %d", c.rank)
			}
			if c.kind == kindEnergy && c.unit != "" {
				got += " " + c.unit
			}
			if c.zoned {
				got += fmt.Sprintf(" offset %d", c.offset)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitFields(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a,b,c", "[a b c]"},
		{"a,,c,", "[a  c ]"},
		{"", "[]"},
		{`"a,b",c`, "[a,b c]"},
		{`  "a" ,c`, "[a c]"},
		{`"say ""hi""",c`, `[say ""hi"" c]`},
		{`a"b,c`, `[a"b c]`},
		{`"a`, "error at field 1"},
		{`a,"b"c`, "error at field 2"},
		{`"a""`, "error at field 1"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			line := []byte(tt.in)
			spans, col, e := splitFields(nil, line, ',')
			var fields []string
			for _, f := range spans {
				fields = append(fields, string(line[f.from:f.to]))
			}
			got := fmt.Sprint(fields)
			if e != nil {
				got = fmt.Sprintf("error at field %d", col+1)
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
