package meter

import (
	"bytes"
	"fmt"
	"strconv"
	"testing"
	"time"
)

func timeMinutes(n int) time.Duration { return time.Duration(n) * time.Minute }

// yearCSV writes the leap year 2024 in intervals of step minutes, with
// values of up to three decimals in kWh.
func yearCSV(step int) []byte {
	var b bytes.Buffer
	b.WriteString("Timestamp,Energy (kWh)\r\n")
	t := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	end := t.AddDate(1, 0, 0)
	for i := 0; t.Before(end); i++ {
		b.WriteString(t.Format("2006-01-02 15:04"))
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(i % 997))
		b.WriteByte('.')
		b.WriteString(fmt.Sprintf("%03d", i%1000))
		b.WriteString("\r\n")
		t = t.Add(timeMinutes(step))
	}
	return b.Bytes()
}

func BenchmarkParseCSV(b *testing.B) {
	for _, c := range []struct {
		name string
		step int
		rows int
	}{{"15min-year", 15, 35_136}, {"hourly-year", 60, 8_784}} {
		in := yearCSV(c.step)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_, sum, err := ParseCSV(bytes.NewReader(in), Options{})
				if err != nil || sum.Rows != c.rows {
					b.Fatalf("got %d rows, %v", sum.Rows, err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(c.rows), "ns/row")
		})
	}
}

// parkCSV writes a year (2023, 8,760 hours) of hourly data for meters
// meters in one long-format file, sorted by time (interleaved) or by
// meter (in blocks), with values such as 123.456 kWh.
func parkCSV(meters int, interleaved bool) []byte {
	var b bytes.Buffer
	b.WriteString("Meter,Timestamp,Energy (kWh)\r\n")
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	stamps := make([]string, 8760)
	for h := range stamps {
		stamps[h] = start.Add(time.Duration(h) * time.Hour).Format("2006-01-02 15:04")
	}
	row := func(m, h int) {
		v := (m*7919 + h*104729) % 1_000_000
		fmt.Fprintf(&b, "M%03d,%s,%d.%03d\r\n", m, stamps[h], v/1000, v%1000)
	}
	if interleaved {
		for h := range stamps {
			for m := range meters {
				row(m, h)
			}
		}
	} else {
		for m := range meters {
			for h := range stamps {
				row(m, h)
			}
		}
	}
	return b.Bytes()
}

// BenchmarkParse reads a park's year: 100 meters × 8,760 hours.
func BenchmarkParse(b *testing.B) {
	for _, c := range []struct {
		name        string
		interleaved bool
	}{{"100meters-year-interleaved", true}, {"100meters-year-blocks", false}} {
		in := parkCSV(100, c.interleaved)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				ms, sum, err := Parse(in, Options{})
				if err != nil || sum.Rows != 876_000 || len(ms) != 100 {
					b.Fatalf("got %d rows, %d meters, %v", sum.Rows, len(ms), err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/876_000, "ns/row")
		})
	}
}
