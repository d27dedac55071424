package calc

import (
	"strconv"
	"time"

	"github.com/greenline-calc/greenline/calc/codec"
	"github.com/greenline-calc/greenline/calc/meter"
)

// meterHead is the head of a meter import's answer, which interval.go
// writes with Marshal.
type meterHead = struct {
	Summary meter.Summary `json:"summary"`
}

// encMeterHead appends h as encoding/json wrote it: the times as
// time.Time's MarshalJSON writes them (RFC 3339 with the nanoseconds
// that are not zero), left out when zero (omitzero), and the total as a
// string (,string).
func encMeterHead(b []byte, h *meterHead) []byte {
	s := &h.Summary
	c := byte('{')
	b = codec.Key(b, &c, `"summary":`)
	c = '{'
	b = codec.Str(b, &c, `"delimiter":`, s.Delimiter)
	b = codec.Key(b, &c, `"header":`)
	b = codec.AppendStrings(b, s.Header)
	b = codec.Int(b, &c, `"time_column":`, int64(s.TimeColumn))
	if s.DateColumn != 0 {
		b = codec.Int(b, &c, `"date_column":`, int64(s.DateColumn))
	}
	if s.MeterColumn != 0 {
		b = codec.Int(b, &c, `"meter_column":`, int64(s.MeterColumn))
	}
	b = codec.Int(b, &c, `"value_column":`, int64(s.ValueColumn))
	b = codec.Str(b, &c, `"unit":`, s.Unit)
	b = codec.Str(b, &c, `"unit_from":`, s.UnitFrom)
	b = codec.Int(b, &c, `"step_minutes":`, int64(s.StepMinutes))
	for _, t := range []struct {
		key string
		t   time.Time
	}{{`"first":`, s.First}, {`"last":`, s.Last}} {
		if t.t.IsZero() {
			continue
		}
		if y := t.t.Year(); y < 0 || y > 9999 {
			panic("calc: Marshal: json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year outside of range [0,9999]")
		}
		b = codec.Key(b, &c, t.key)
		b = append(t.t.AppendFormat(append(b, '"'), time.RFC3339Nano), '"')
	}
	b = codec.Int(b, &c, `"rows":`, int64(s.Rows))
	b = codec.Int(b, &c, `"meters":`, int64(s.Meters))
	b = codec.Key(b, &c, `"total_wh":`)
	b = append(strconv.AppendInt(append(b, '"'), s.TotalWh, 10), '"')
	return codec.End(codec.End(b, c), ',')
}
