package meter

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzParseCSV feeds ParseCSV arbitrary bytes. The seeds, in
// testdata/fuzz/FuzzParseCSV, are good files and one of each refusal; run
// go test -fuzz FuzzParseCSV -fuzztime 60s ./calc/meter/ to search further.
//
// The properties: nothing panics; an accepted series has complete hours
// that add up to the summary's total, none below zero, as many as the rows
// make; a refusal is Problems, each with a code and a UTF-8 message, at
// most MaxProblems and the count of the rest.
func FuzzParseCSV(f *testing.F) {
	f.Add([]byte("time,kWh\n2024-01-01 00:00,1\n2024-01-01 01:00,2\n"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, unitChoice uint8) {
		opt := Options{Unit: []string{"", "kWh", "MWh", "Wh"}[unitChoice%4]}
		s, sum, err := ParseCSV(bytes.NewReader(data), opt)
		if err != nil {
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("got %T %v, want Problems", err, err)
			}
			if len(ps) == 0 || len(ps) > MaxProblems+1 {
				t.Fatalf("got %d problems", len(ps))
			}
			for i, p := range ps {
				if p.Code == "" || p.Message == "" || !utf8.ValidString(p.Message) || p.Row < 0 || p.Column < 0 {
					t.Fatalf("got problem %+v", p)
				}
				if p.Code == CodeMore && i != MaxProblems {
					t.Fatalf("got %q at %d", p.Code, i)
				}
			}
			if s.Hours != nil {
				t.Fatal("got hours with an error")
			}
			return
		}
		var total int64
		for i, h := range s.Hours {
			if h < 0 {
				t.Fatalf("got hour %d = %d", i, h)
			}
			total += h
		}
		if total != sum.TotalWh {
			t.Fatalf("got hours adding to %d, summary total %d", total, sum.TotalWh)
		}
		if sum.StepMinutes == 0 || len(s.Hours) == 0 || len(s.Hours)*60/sum.StepMinutes != sum.Rows {
			t.Fatalf("got %d hours of %d-minute steps from %d rows", len(s.Hours), sum.StepMinutes, sum.Rows)
		}
		if !s.Start.Equal(sum.First) || s.Start.Minute() != 0 || s.Start.Second() != 0 {
			t.Fatalf("got start %v, first interval %v", s.Start, sum.First)
		}
		if end := sum.Last.Add(timeMinutes(sum.StepMinutes)); !end.Equal(s.Start.Add(timeMinutes(60 * len(s.Hours)))) {
			t.Fatalf("got last interval %v ending before the last hour ends", sum.Last)
		}
	})
}
