package calc

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/greenline-calc/greenline/calc/codec"
	"github.com/greenline-calc/greenline/calc/meter"
	"github.com/shopspring/decimal"
)

func TestImportMeter(t *testing.T) {
	// Four 15-minute readings make one hour: 0.25 + 0.5 + 0.75 + 1 = 2.5 kWh.
	good := "时间,电量(kWh)\n2024-01-01 00:00,0.25\n2024-01-01 00:15,0.5\n2024-01-01 00:30,0.75\n2024-01-01 00:45,1\n"
	out, ok := ImportMeter([]byte(good), "")
	if !ok {
		t.Fatalf("refused: %s", out)
	}
	var m MeterImport
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Meters) != 1 || m.Summary.StepMinutes != 15 || m.Summary.Meters != 1 {
		t.Fatalf("import = %+v %+v", m.Summary, m.Meters)
	}
	if g := m.Meters[0]; g.ID != "" || g.Start != "2024-01-01T00:00" || len(g.Hourly.Values) != 1 || g.Hourly.Values[0] != "2.500" || g.TotalWh != 2500 || g.Rows != 4 {
		t.Errorf("meter = %+v %v", g, g.Hourly)
	}
	// A negative reading in row 3, column 2, and a gap: refused, by row.
	bad := "timestamp,kWh\n2024-01-01 00:00,1\n2024-01-01 01:00,-1\n2024-01-01 03:00,1\n"
	if got := importErrors(t, bad); !strings.Contains(got, CodeNegative+"@row 3, column 2") {
		t.Errorf("errors = %v, want number.negative at row 3, column 2", got)
	}
}

// importErrors returns the errors of a refused file as "code@place: message"
// lines, the place and message as the command line prints them.
func importErrors(t *testing.T, csv string) string {
	t.Helper()
	out, ok := ImportMeter([]byte(csv), "")
	if ok {
		t.Fatalf("accepted:\n%s", out)
	}
	var o Outcome
	if err := json.Unmarshal(out, &o); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range o.Errors {
		got = append(got, e.Code+"@"+e.Error())
	}
	return strings.Join(got, "\n")
}

// twoMeters is a park's file of two meters, in Chinese, each with two
// hours: 3301 reads 1.5 and 2 kWh, 3302 reads 0.001 and 0 kWh.
const twoMeters = "表号,时间,电量(kWh)\n" +
	"3301,2024-01-01 00:00,1.5\n3302,2024-01-01 01:00,0.001\n" +
	"3301,2024-01-01 01:00,2\n3302,2024-01-01 02:00,0\n"

// twoMetersSummary is the summary of twoMeters, worked by hand: 3,501 Wh
// in 4 rows from 00:00 to 02:00 (China's time, +08:00).
const twoMetersSummary = `{
  "summary": {
    "delimiter": ",",
    "header": [
      "表号",
      "时间",
      "电量(kWh)"
    ],
    "time_column": 2,
    "meter_column": 1,
    "value_column": 3,
    "unit": "kWh",
    "unit_from": "header",
    "step_minutes": 60,
    "first": "2024-01-01T00:00:00+08:00",
    "last": "2024-01-01T02:00:00+08:00",
    "rows": 4,
    "meters": 2,
    "total_wh": "3501"
  },
`

func TestImportMeters(t *testing.T) {
	out, ok := ImportMeter([]byte(twoMeters), "")
	if !ok {
		t.Fatalf("refused: %s", out)
	}
	want := twoMetersSummary + `  "meters": [
    {
      "id": "3301",
      "start": "2024-01-01T00:00",
      "first": "2024-01-01T00:00:00+08:00",
      "last": "2024-01-01T01:00:00+08:00",
      "rows": 2,
      "total_wh": "3500",
      "hourly": {
        "step_minutes": 60,
        "values": ["1.500","2.000"]
      }
    },
    {
      "id": "3302",
      "start": "2024-01-01T01:00",
      "first": "2024-01-01T01:00:00+08:00",
      "last": "2024-01-01T02:00:00+08:00",
      "rows": 2,
      "total_wh": "1",
      "hourly": {
        "step_minutes": 60,
        "values": ["0.001","0.000"]
      }
    }
  ]
}
`
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	// A gap in one meter names its row, column and meter.
	gap := "Meter,Time,kWh\nA,2024-01-01 00:00,1\nB,2024-01-01 00:00,1\nA,2024-01-01 01:00,1\nA,2024-01-01 02:00,1\nB,2024-01-01 02:00,1\n"
	if got, want := importErrors(t, gap), `meter.gap@row 6, column 2: meter "B": no data for the interval starting 2024-01-01 01:00 (between row 3 and this row); a gap is never filled in: add the missing row`; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// The hand-written JSON says what encoding/json says, in Marshal's
// layout but for the values.
func TestImportMeterJSON(t *testing.T) {
	csv := awkwardMeters(rand.New(rand.NewPCG(1, 2)), "x", true)
	out, ok := ImportMeter([]byte(csv), "")
	if !ok {
		t.Fatalf("refused: %s", out)
	}
	if !json.Valid(out) {
		t.Fatal("not valid JSON")
	}
	ms, sum, err := meter.Parse([]byte(csv), meter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mi := MeterImport{Summary: sum}
	for _, m := range ms {
		h := &Series{StepMinutes: 60}
		for _, wh := range m.Hours {
			h.Values = append(h.Values, whToKWh(wh))
		}
		mi.Meters = append(mi.Meters, MeterSeries{ID: m.ID, Start: m.Start.Format("2006-01-02T15:04"), First: m.First, Last: m.Last, Rows: m.Rows, TotalWh: m.TotalWh, Hourly: h})
	}
	var got, want bytes.Buffer
	if err := json.Compact(&got, out); err != nil {
		t.Fatal(err)
	}
	if err := json.Compact(&want, Marshal(mi)); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("got\n%s\nwant\n%s", got.String(), want.String())
	}
	if len(mi.Meters) != 5 || mi.Meters[0].ID != `a"b` || mi.Meters[2].Rows != 21 {
		t.Errorf("meters %+v", mi.Meters)
	}
}

// awkwardMeters is a file of five meters whose ids JSON must escape (the
// fifth is last), 30 hours of random MWh each (some under 2 kWh when
// small), the third ending after 21 hours.
func awkwardMeters(rng *rand.Rand, last string, small bool) string {
	var b strings.Builder
	b.WriteString("Meter no,Start,MWh\n")
	ids := []string{`"a""b"`, "<&>", "电表\t1", `\`, last}
	for h := range 30 {
		for i, id := range ids {
			if i == 2 && h > 20 {
				continue // meters end at different hours
			}
			wh := rng.Int64N(1_000_000_000_000)
			if small && h%7 == 0 {
				wh = rng.Int64N(2000)
			}
			start := time.Date(2024, 3, 1, h, 0, 0, 0, time.UTC).Format("2006-01-02 15:04")
			b.WriteString(id + "," + start + "," + decimalMWh(wh) + "\n")
		}
	}
	return b.String()
}

// decimalMWh writes watt-hours as MWh with six decimals.
func decimalMWh(wh int64) string {
	s := strings.Repeat("0", 7) + strconv.FormatInt(wh, 10)
	s = strings.TrimLeft(s[:len(s)-6], "0") + "." + s[len(s)-6:]
	if s[0] == '.' {
		s = "0" + s
	}
	return s
}

func TestAppendKWh(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 100_000 {
		wh := rng.Int64N(1 << uint(1+i%62))
		if i < 2000 {
			wh = int64(i)
		}
		got := string(appendKWh(nil, wh))
		if want := decimal.New(wh, -3).StringFixed(3); got != want || len(got) != kWhLen(wh) || whToKWh(wh) != want {
			t.Fatalf("appendKWh(%d) = %q (length %d), whToKWh %q, want %q", wh, got, kWhLen(wh), whToKWh(wh), want)
		}
	}
}

func TestImportMeterTooBig(t *testing.T) {
	big := make([]byte, meter.DefaultMaxBytes+1)
	if got := importErrors(t, string(big)); !strings.HasPrefix(got, meter.CodeTooBig+"@the file has more than 41943040 bytes (40 MiB)") {
		t.Errorf("got %s", got)
	}
}

// parkCSV writes a year (2023, 8,760 hours) of hourly data for 100
// meters in one long-format file sorted by time, with values such as
// 123.456 kWh: 876,000 rows.
func parkCSV() []byte {
	var b bytes.Buffer
	b.WriteString("Meter,Timestamp,Energy (kWh)\r\n")
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	for h := range 8760 {
		stamp := start.Add(time.Duration(h) * time.Hour).Format("2006-01-02 15:04")
		for m := range 100 {
			v := (m*7919 + h*104729) % 1_000_000
			fmt.Fprintf(&b, "M%03d,%s,%d.%03d\r\n", m, stamp, v/1000, v%1000)
		}
	}
	return b.Bytes()
}

// BenchmarkImportMeter is the whole call the page makes for a park's
// year: parse and JSON out.
func BenchmarkImportMeter(b *testing.B) {
	in := parkCSV()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	var out []byte
	for b.Loop() {
		var ok bool
		if out, ok = ImportMeter(in, ""); !ok {
			b.Fatalf("refused: %.500s", out)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/876_000, "ns/row")
	b.ReportMetric(float64(len(out)), "out-bytes")
}

// BenchmarkImportMeterHours is the call the page makes now for a park's
// year: parse, and the head's JSON; the values stay numbers.
func BenchmarkImportMeterHours(b *testing.B) {
	in := parkCSV()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	var head []byte
	for b.Loop() {
		var ok bool
		if head, _, ok = ImportMeterHours(in, ""); !ok {
			b.Fatalf("refused: %.500s", head)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/876_000, "ns/row")
	b.ReportMetric(float64(len(head)), "out-bytes")
}

// The bytes of an import are fixed here, so that the test run under
// GOOS=js GOARCH=wasm shows the browser's answer is the CLI's.
func TestImportMeterSameBytes(t *testing.T) {
	in := parkCSV()
	if testing.Short() {
		in = in[:bytes.Index(in, []byte("2023-01-03 00:00"))-len("M000,")] // two days
	}
	out, ok := ImportMeter(in, "")
	if !ok {
		t.Fatalf("refused: %.500s", out)
	}
	want := map[bool]string{true: "aa9d593bb4b692189aba4f952913d0dcc1042e604c8aaf830c844de38a31e349", false: "c491724ccd2b0b3294d10be102be6ef8cf7b88a4b18f1651a7aff48a7cc355ac"}[testing.Short()]
	if got := fmt.Sprintf("%x", sha256.Sum256(out)); got != want {
		t.Errorf("sha256 %s, want %s (%d bytes)", got, want, len(out))
	}
}

// ImportMeterHours gives ImportMeter's answer, its values as numbers: the
// park of TestImportMeters, worked by hand.
func TestImportMeterHours(t *testing.T) {
	head, hours, ok := ImportMeterHours([]byte(twoMeters), "")
	if !ok {
		t.Fatalf("refused: %s", head)
	}
	want := twoMetersSummary + `  "meters": [
    {
      "id": "3301",
      "start": "2024-01-01T00:00",
      "first": "2024-01-01T00:00:00+08:00",
      "last": "2024-01-01T01:00:00+08:00",
      "rows": 2,
      "total_wh": "3500",
      "hours": 2
    },
    {
      "id": "3302",
      "start": "2024-01-01T01:00",
      "first": "2024-01-01T01:00:00+08:00",
      "last": "2024-01-01T02:00:00+08:00",
      "rows": 2,
      "total_wh": "1",
      "hours": 2
    }
  ]
}
`
	if string(head) != want {
		t.Errorf("got\n%s\nwant\n%s", head, want)
	}
	if got, want := fmt.Sprint(hours), "[[1500 2000] [1 0]]"; got != want {
		t.Errorf("hours %s, want %s", got, want)
	}
	// A refused file: ImportMeter's errors, no hours.
	bad := "timestamp,kWh\n2024-01-01 00:00,1\n2024-01-01 01:00,-1\n"
	head, hours, ok = ImportMeterHours([]byte(bad), "")
	if want, _ := ImportMeter([]byte(bad), ""); ok || hours != nil || string(head) != string(want) {
		t.Errorf("refused file: ok %v, hours %v, head\n%s\nwant\n%s", ok, hours, head, want)
	}
}

// Put back into the head as text, the numbers give ImportMeter's bytes:
// on the park's year and on meters with awkward ids ending at different
// hours.
func TestImportMeterHoursSameAsJSON(t *testing.T) {
	ids := awkwardMeters(rand.New(rand.NewPCG(5, 6)), "x\u2028", false)
	for name, in := range map[string][]byte{"ids": []byte(ids), "park": parkCSV()} {
		want, ok := ImportMeter(in, "")
		head, hours, ok2 := ImportMeterHours(in, "")
		if !ok || !ok2 {
			t.Fatalf("%s: refused: %.300s", name, want)
		}
		got := string(head)
		for _, h := range hours {
			n := `"hours": ` + strconv.Itoa(len(h)) + "\n"
			at := strings.Index(got, n)
			if at < 0 {
				t.Fatalf("%s: no %q left in the head", name, n)
			}
			var v []string
			for _, wh := range h {
				v = append(v, strconv.Quote(whToKWh(wh)))
			}
			got = got[:at] + "\"hourly\": {\n        \"step_minutes\": 60,\n        \"values\": [" + strings.Join(v, ",") + "]\n      }\n" + got[at+len(n):]
		}
		if got != string(want) {
			t.Errorf("%s: the head with its values put back differs from ImportMeter's answer:\n%.2000s\nwant\n%.2000s", name, got, want)
		}
	}
}

// codec.AppendString, with which a meter import writes its ids, writes what
// encoding/json writes without HTML escaping.
func TestAppendJSONString(t *testing.T) {
	cases := []string{"", "3301", `a"b`, `\`, "<&>", "电表\t1", "\x00\x01\x08\x0c\x1f\x7f", "\u2028\u2029", "\xff\xfe", "a\xe4\xb8", "𠀀", "\r\n"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = byte(rng.IntN(256))
			if rng.IntN(2) == 0 {
				b[i] = byte(rng.IntN(0x30))
			}
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got, want := string(codec.AppendString(nil, s)), strings.TrimSuffix(buf.String(), "\n"); got != want {
			t.Errorf("codec.AppendString(%q) = %s, want %s", s, got, want)
		}
	}
}
