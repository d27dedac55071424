package meter

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"reflect"
	"strconv"
	"testing"
	"unicode/utf8"
)

// FuzzParseCSV feeds Parse and ParseCSV arbitrary bytes. The seeds, in
// testdata/fuzz/FuzzParseCSV, are good files of one meter and of several,
// and one of each refusal; run
// go test -fuzz FuzzParseCSV -fuzztime 60s ./calc/meter/ to search further.
//
// The properties: nothing panics; lines are split as a bufio.Reader
// splits them; an accepted meter has complete hours that add up to its
// total, none below zero, as many as its rows make, and the meters add up
// to the summary; a refusal is Problems, each with a code and a UTF-8
// message, at most MaxProblems and the count of the rest; ParseCSV gives
// what Parse gives for a file of one meter; a file of more rows than
// Options.MaxRows is refused as when the rows were counted before any was
// read.
func FuzzParseCSV(f *testing.F) {
	f.Add([]byte("time,kWh\n2024-01-01 00:00,1\n2024-01-01 01:00,2\n"), uint8(0))
	f.Add([]byte("Meter,time,kWh\nA,2024-01-01 00:00,1\nB,2024-01-01 00:00,1\nA,2024-01-01 01:00,2\nB,2024-01-01 01:00,2\n"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, unitChoice uint8) {
		checkLines(t, data)
		opt := Options{Unit: []string{"", "kWh", "MWh", "Wh"}[unitChoice%4]}
		checkRowBound(t, data, opt)
		ms, sum, err := Parse(data, opt)
		s, sum1, err1 := ParseCSV(bytes.NewReader(data), opt)
		if !reflect.DeepEqual(sum, sum1) {
			t.Fatalf("Parse summary %+v, ParseCSV %+v", sum, sum1)
		}
		switch {
		case err == nil && len(ms) == 1:
			if err1 != nil || !reflect.DeepEqual(s, ms[0].Series) {
				t.Fatalf("ParseCSV gives %v %v, Parse %v", s, err1, ms[0].Series)
			}
		case err == nil:
			if brief(err1) != "0:"+itoa(sum.MeterColumn)+" "+CodeSeveral {
				t.Fatalf("ParseCSV of %d meters: %v", len(ms), err1)
			}
		case err.Error() != err1.Error():
			t.Fatalf("Parse refuses with\n%v\nParseCSV with\n%v", err, err1)
		}
		if err != nil {
			var ps Errors
			if !errors.As(err, &ps) {
				t.Fatalf("got %T %v, want Errors", err, err)
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
			if ms != nil {
				t.Fatal("got meters with an error")
			}
			return
		}
		if len(ms) == 0 || len(ms) > MaxMeters || len(ms) != sum.Meters || (sum.MeterColumn == 0) != (len(ms) == 1 && ms[0].ID == "") {
			t.Fatalf("got %d meters, summary %+v", len(ms), sum)
		}
		var total int64
		rows := 0
		seen := map[string]bool{}
		for _, m := range ms {
			if seen[m.ID] || !utf8.ValidString(m.ID) || len(m.ID) > MaxIDBytes {
				t.Fatalf("got meter id %q", m.ID)
			}
			seen[m.ID] = true
			var mt int64
			for i, h := range m.Hours {
				if h < 0 {
					t.Fatalf("got hour %d = %d", i, h)
				}
				mt += h
			}
			if mt != m.TotalWh {
				t.Fatalf("got hours adding to %d, meter total %d", mt, m.TotalWh)
			}
			total += mt
			rows += m.Rows
			if sum.StepMinutes == 0 || len(m.Hours) == 0 || len(m.Hours)*60/sum.StepMinutes != m.Rows {
				t.Fatalf("got %d hours of %d-minute steps from %d rows", len(m.Hours), sum.StepMinutes, m.Rows)
			}
			if !m.Start.Equal(m.First) || m.Start.Minute() != 0 || m.Start.Second() != 0 || m.First.Before(sum.First) || m.Last.After(sum.Last) {
				t.Fatalf("got start %v, first interval %v, file from %v to %v", m.Start, m.First, sum.First, sum.Last)
			}
			if end := m.Last.Add(timeMinutes(sum.StepMinutes)); !end.Equal(m.Start.Add(timeMinutes(60 * len(m.Hours)))) {
				t.Fatalf("got last interval %v ending before the last hour ends", m.Last)
			}
		}
		if total != sum.TotalWh || rows != sum.Rows {
			t.Fatalf("got meters adding to %d Wh, %d rows; summary %d Wh, %d rows", total, rows, sum.TotalWh, sum.Rows)
		}
	})
}

func itoa(i int) string { return strconv.Itoa(i) }

// checkLines compares nextLine with a bufio.Reader reading lines as the
// parser once did.
func checkLines(t *testing.T, data []byte) {
	br := bufio.NewReaderSize(bytes.NewReader(data), 2*MaxLineBytes)
	rest := data
	for n := 1; ; n++ {
		want, wantLong, err := readLine(br)
		wantOK := !(err == io.EOF && len(want) == 0 && !wantLong)
		got, next, long, ok := nextLine(rest)
		if ok != wantOK || long != wantLong || !bytes.Equal(got, want) {
			t.Fatalf("line %d: got %q long %v ok %v; want %q long %v ok %v", n, got, long, ok, want, wantLong, wantOK)
		}
		if !ok {
			return
		}
		if n == 1 && countLines(next) != countLinesSlowly(next) {
			t.Fatalf("counted %d lines, want %d", countLines(next), countLinesSlowly(next))
		}
		rest = next
		if err == io.EOF {
			if _, _, _, ok := nextLine(rest); ok {
				t.Fatalf("line %d: more after the end", n)
			}
			return
		}
	}
}

func countLinesSlowly(data []byte) int {
	n := 0
	for {
		_, rest, _, ok := nextLine(data)
		if !ok {
			return n
		}
		n, data = n+1, rest
	}
}

// readLine is how the parser read lines before it took the whole file:
// the next line without its line ending (LF or CRLF); a line longer than
// MaxLineBytes consumed whole and reported as long, with no text; err is
// io.EOF with the last line or after it.
func readLine(br *bufio.Reader) (line []byte, long bool, err error) {
	line, err = br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		for err == bufio.ErrBufferFull {
			_, err = br.ReadSlice('\n')
		}
		return nil, true, err
	}
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	if len(line) > MaxLineBytes {
		return nil, true, err
	}
	return line, false, err
}

// checkRowBound reads data with a bound of one to three rows, and checks
// the answer against the way the parser once refused a file too long:
// after the header, count the lines left, and when they are too many, add
// that problem to the header's and stop, the summary the header's.
func checkRowBound(t *testing.T, data []byte, opt Options) {
	t.Helper()
	opt.MaxRows = 1 + len(data)%3
	line, rest, long, ok := nextLine(data)
	if !ok || len(data) > DefaultMaxBytes {
		return
	}
	p := newParser(opt)
	if !p.header(line, long) || countLines(rest) <= opt.MaxRows {
		return
	}
	p.probs.add(opt.MaxRows+2, 0, CodeTooManyRows, "the file has more than {max_rows} rows after the header, the most read at once; split it", "max_rows", itoa(opt.MaxRows))
	ms, sum, err := Parse(data, opt)
	if want := p.probs.result(); ms != nil || !reflect.DeepEqual(err, want) || !reflect.DeepEqual(sum, p.sum) {
		t.Fatalf("%d rows at most: got %v, summary %+v\nwant %v, summary %+v", opt.MaxRows, err, sum, want, p.sum)
	}
}
