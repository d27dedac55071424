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
