package calc

import (
	"bytes"
	"strconv"
	"time"

	"github.com/greenline-calc/greenline/calc/codec"
	"github.com/greenline-calc/greenline/calc/internal/problem"
	"github.com/greenline-calc/greenline/calc/meter"
)

// A MeterImport is an interval-data file read into one hourly series per
// meter, with what was detected in it, for a preview before the user
// accepts it. A file without a meter column gives one meter, with the id "".
type MeterImport struct {
	Summary meter.Summary `json:"summary"`
	Meters  []MeterSeries `json:"meters"` // in order of first appearance in the file
}

// A MeterSeries is the hourly series of one meter of an imported file.
// Each meter has its own period; the page decides what to do with meters
// that do not cover the same hours.
type MeterSeries struct {
	ID      string    `json:"id"`              // as the meter column gives it; "" in a file without one
	Start   string    `json:"start"`           // local time of the first hour, "2024-01-01T00:00"
	First   time.Time `json:"first"`           // start of the meter's first interval
	Last    time.Time `json:"last"`            // start of its last interval
	Rows    int       `json:"rows"`            // its data rows
	TotalWh int64     `json:"total_wh,string"` // the sum of its hours
	Hourly  *Series   `json:"hourly"`          // in kWh, ready for electricity.hourly or a supply's generation
}

// ImportMeter reads a CSV export of interval meter data (UTF-8; see
// package meter), of one meter or of several, and returns the MeterImport
// as JSON, or {"errors": …}, each problem with its row and column and,
// for a problem in one meter's sequence of rows, its meter. unit is
// "kWh", "MWh" or "Wh" when the header does not say it, or "". The CLI
// prints it; the browser reads a file with ImportMeterHours, which finds
// the same and hands the values over as numbers.
//
// The JSON is laid out as Marshal lays it out, indented, except that the
// values of each hourly series are written on one line with no spaces
// ("values": ["1.250","0.000"]): a year of 100 meters is 876,000 values,
// and one line each would double the bytes the page has to parse.
func ImportMeter(csv []byte, unit string) ([]byte, bool) {
	ms, sum, refused := readMeter(csv, unit)
	if refused != nil {
		return refused, false
	}
	return meterJSON(sum, ms, true), true
}

// ImportMeterHours reads a file as ImportMeter does, for a caller that
// takes the hourly values as numbers rather than as text: head is
// ImportMeter's JSON with each meter's "hourly" object replaced by
// "hours", the number of its hours, and hours holds each meter's hourly
// series in watt-hours, in the order of head's meters. A refused file
// gives ImportMeter's {"errors": …} as head, and no hours. The browser
// reads a park's year this way: 876,000 numbers in one typed array
// instead of 8.7 MB of JSON text.
func ImportMeterHours(csv []byte, unit string) (head []byte, hours [][]int64, ok bool) {
	ms, sum, refused := readMeter(csv, unit)
	if refused != nil {
		return refused, nil, false
	}
	hours = make([][]int64, len(ms))
	for i, m := range ms {
		hours[i] = m.Hours
	}
	return meterJSON(sum, ms, false), hours, true
}

// readMeter parses csv, or returns the JSON of its problems.
func readMeter(csv []byte, unit string) ([]meter.Meter, meter.Summary, []byte) {
	if len(csv) > meter.DefaultMaxBytes {
		return nil, meter.Summary{}, Marshal(Outcome{Errors{problem.New(meter.CodeTooBig, "the file has more than {max_bytes} bytes ({max_mib} MiB), the most read at once: about a year of hourly data for 100 meters; split it by meter or by period",
			"max_bytes", strconv.Itoa(meter.DefaultMaxBytes), "max_mib", strconv.Itoa(meter.DefaultMaxBytes>>20))}})
	}
	ms, sum, err := meter.Parse(csv, meter.Options{Unit: unit})
	if err != nil {
		return nil, sum, Marshal(Outcome{AsErrors(err)})
	}
	return ms, sum, nil
}

// meterJSON writes the MeterImport of ms as JSON. The summary goes through
// Marshal; the rest is written by hand, into a buffer sized for it first.
// Without values, each meter's "hourly" object is "hours": its count.
func meterJSON(sum meter.Summary, ms []meter.Meter, values bool) []byte {
	head := Marshal(meterHead{sum})
	// "{\n  \"summary\": {\n…\n  }", without the closing brace of the whole.
	head = bytes.TrimRight(bytes.TrimSuffix(bytes.TrimSpace(head), []byte("}")), " \n")
	size := len(head) + 32
	for _, m := range ms {
		size += 320 + 6*len(m.ID)
		if !values {
			continue
		}
		for _, wh := range m.Hours {
			size += kWhLen(wh) + 3
		}
	}
	b := append(make([]byte, 0, size), head...)
	b = append(b, ",\n  \"meters\": ["...)
	for i, m := range ms {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    {\n      \"id\": "...)
		b = codec.AppendString(b, m.ID)
		b = append(b, ",\n      \"start\": \""...)
		b = m.Start.AppendFormat(b, "2006-01-02T15:04")
		b = append(b, "\",\n      \"first\": "...)
		b = appendJSONTime(b, m.First)
		b = append(b, ",\n      \"last\": "...)
		b = appendJSONTime(b, m.Last)
		b = append(b, ",\n      \"rows\": "...)
		b = strconv.AppendInt(b, int64(m.Rows), 10)
		b = append(b, ",\n      \"total_wh\": \""...)
		b = strconv.AppendInt(b, m.TotalWh, 10)
		if !values {
			b = append(b, "\",\n      \"hours\": "...)
			b = strconv.AppendInt(b, int64(len(m.Hours)), 10)
			b = append(b, "\n    }"...)
			continue
		}
		b = append(b, "\",\n      \"hourly\": {\n        \"step_minutes\": 60,\n        \"values\": ["...)
		for j, wh := range m.Hours {
			if j > 0 {
				b = append(b, ',')
			}
			b = append(b, '"')
			b = appendKWh(b, wh)
			b = append(b, '"')
		}
		b = append(b, "]\n      }\n    }"...)
	}
	if len(ms) > 0 {
		b = append(b, "\n  "...)
	}
	return append(b, "]\n}\n"...)
}

// appendKWh appends watt-hours, never negative, as kWh with three
// decimals, exactly as whToKWh writes them.
func appendKWh(b []byte, wh int64) []byte {
	b = strconv.AppendInt(b, wh/1000, 10)
	f := wh % 1000
	return append(b, '.', byte('0'+f/100), byte('0'+f/10%10), byte('0'+f%10))
}

// kWhLen is the length appendKWh writes.
func kWhLen(wh int64) int {
	n := 5 // one digit, the point and three decimals
	for q := wh / 1000; q >= 10; q /= 10 {
		n++
	}
	return n
}

func appendJSONTime(b []byte, t time.Time) []byte {
	j, err := t.MarshalJSON()
	if err != nil {
		panic("calc: appendJSONTime: " + err.Error())
	}
	return append(b, j...)
}
