// Package meter reads interval meter data, as utilities and meters export
// it, into an exact hourly series of whole watt-hours.
//
// # The file
//
// ParseCSV reads UTF-8 text (a leading byte-order mark is skipped) with LF
// or CRLF line endings. Row 1 is the header (there are no lines before
// it); the delimiter is whichever of comma, semicolon and tab splits it
// into columns Greenline recognises. A field may be quoted ("1,200.5"); a
// quoted field cannot span lines, so every line is one row, numbered as a
// spreadsheet numbers it. Blank rows, and rows holding nothing but
// delimiters, are skipped.
//
// The header names, in English or Chinese, without regard to case:
//   - the time each interval starts: "Start", "Interval start", "开始时间"
//     (preferred when several columns hold times), "Timestamp",
//     "Datetime", "日期时间", "Time", "时间", "时段", "采集时间" and the
//     like; or a "Date"/"日期" column beside a column of times of day,
//     which is used when the first data row's time column holds only a
//     time of day. A column of interval ends ("End", "结束时间") is never
//     read, and nor is any other column;
//   - the energy of each interval: "Energy", "Consumption", "Value",
//     "Usage", "Generation", "电量", "用电量", "有功电量", "发电量" and the
//     like, or just its unit. The unit is read from the header when it
//     gives one ("Energy (kWh)", "电量（千瓦时）", "用电量/kWh", "MWh",
//     "电量(度)"; kWh, MWh and Wh, also as 千瓦时, 兆瓦时, 瓦时 and 度, compared
//     without regard to case), else from Options.Unit; a header and an
//     option that disagree are refused. A column naming another unit, such
//     as "Energy (kvarh)", is not an energy column.
//
// A timestamp column header may give the UTC offset of its times: "Time
// (UTC)", "时间(UTC+8)", "开始时间（北京时间）".
//
// # Times
//
// Each row gives the START of its interval, as 2024-01-01 00:15,
// 2024-01-01 00:15:00, 2024-01-01T00:15 or 2024/1/1 0:15 (the date
// separator may be '-', '/' or '.'), optionally followed by a UTC offset
// (Z, +08:00, +0800). Times without an offset are wall-clock times of
// Options.Location, or of the offset the header gives; times with one are
// converted to Options.Location. A time of 24:00 is refused: the start of
// that interval is 00:00 of the next day.
//
// The interval length, the step, is the time between the first two rows
// and must be 15, 30 or 60 minutes. Every later row must start one step
// after the row before it: a row that repeats an interval, goes back in
// time, does not start on the step grid (minute % step = 0, whole
// minutes), or starts after a gap is refused, each naming the rows or the
// missing intervals; a gap is never filled in. A row whose interval is
// shorter than the step (a 60-minute file turning to 15-minute rows) is
// refused once as mixed intervals. The data must begin at the top of an
// hour and end at the end of one, so that every hour of the series is
// complete; 15- and 30-minute intervals are summed into hours exactly.
//
// # Values
//
// A value is a plain decimal: digits with an optional decimal point
// ("1200", "0.25"); in a comma-delimited file, commas may group the whole
// part in threes ("1,200.5", quoted). In a file delimited by semicolons or
// tabs, where a comma is often a decimal comma, a comma in a value is
// refused rather than guessed at. Every value must be a whole number of
// watt-hours: kWh take at most three non-zero decimal places and MWh six;
// a finer value is refused, never rounded. Empty values, text, negative
// values, exponents and values above MaxIntervalWh are refused.
//
// # Bounds
//
// At most Options.MaxRows rows after the header (DefaultMaxRows unless
// set), lines of at most MaxLineBytes bytes. A refusal lists at most
// MaxProblems problems, then how many more were found. Nothing panics on
// any input.
package meter

import (
	"bufio"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// A Series is an hourly energy series: Hours[i] is the energy, in whole
// watt-hours, of the hour of local wall-clock time starting i hours after
// Start, which is the top of an hour.
type Series struct {
	Start time.Time
	Hours []int64
}

// Options say what the file itself may not.
type Options struct {
	// Unit is the unit of the energy values, "kWh", "MWh" or "Wh", when
	// the header does not say; "" to take it from the header.
	Unit string
	// Location is where the meter's clock runs: times without an offset
	// are read as its wall-clock times, and the series is in its hours.
	// It should be a fixed offset (time.FixedZone); with a zone that
	// observes daylight saving time the clock's skipped hour shows as a
	// gap and its repeated hour as a duplicate, both refused. Nil means
	// ChinaStandardTime.
	Location *time.Location
	// MaxRows bounds the rows after the header, blank rows included; 0
	// or less means DefaultMaxRows, and values above MaxRowsLimit are
	// lowered to it.
	MaxRows int
}

const (
	// DefaultMaxRows is the default bound on rows: a leap year of
	// 15-minute data for one meter is 35,136 rows, so this leaves room
	// for thirty meter-years.
	DefaultMaxRows = 1_100_000
	// MaxRowsLimit is the largest bound accepted, low enough that the sum
	// of all intervals (each at most MaxIntervalWh) fits in an int64.
	MaxRowsLimit = 8_000_000
)

// ChinaStandardTime is UTC+8, the default Location.
var ChinaStandardTime = time.FixedZone("UTC+8", 8*60*60)

// A Summary says what ParseCSV found, so that a page can show it before
// the user accepts the series. When the file is refused it says as much as
// was found before and despite the problems.
type Summary struct {
	Delimiter   string    `json:"delimiter"`             // ",", ";" or "\t"
	Header      []string  `json:"header"`                // the header's cells, trimmed
	TimeColumn  int       `json:"time_column"`           // 1-based column of interval starts (times of day when DateColumn is set)
	DateColumn  int       `json:"date_column,omitempty"` // 1-based column of dates when dates and times are separate columns, else 0
	ValueColumn int       `json:"value_column"`          // 1-based column of energy values
	Unit        string    `json:"unit"`                  // "kWh", "MWh" or "Wh", once known
	UnitFrom    string    `json:"unit_from"`             // "header" or "options"
	StepMinutes int       `json:"step_minutes"`          // 15, 30 or 60, once known
	First       time.Time `json:"first,omitzero"`        // start of the first interval, in Options.Location
	Last        time.Time `json:"last,omitzero"`         // start of the last interval, in Options.Location
	Rows        int       `json:"rows"`                  // data rows read: every row after the header but blank ones
	TotalWh     int64     `json:"total_wh,string"`       // sum of the values read (on success, of the series)
}

// ParseCSV reads interval meter data from r (see the package
// documentation for the format) into an hourly series. When the data is
// refused, the error is Problems listing what is wrong, each problem
// naming its row and column; when reading r fails, it is that failure. The
// Summary is returned in every case.
func ParseCSV(r io.Reader, opt Options) (Series, Summary, error) {
	p := newParser(opt)
	if err := p.run(r); err != nil {
		return Series{}, p.summary(), err
	}
	p.finish()
	sum := p.summary()
	if err := p.probs.result(); err != nil {
		return Series{}, sum, err
	}
	return Series{Start: p.toTime(p.hourBase), Hours: p.hours}, sum, nil
}

type parser struct {
	opt      Options
	loc      *time.Location
	maxRows  int
	unit     unit
	haveUnit bool
	probs    collector
	sum      Summary

	// The header.
	l        layout
	delim    byte
	nfields  int
	grouping bool // commas may group digits

	// Per row, reused.
	line      []byte // the row being read
	fields    []span // its fields
	days      dayCache
	modeKnown bool
	combined  bool // dates and times of day in separate columns

	// Time checks.
	timing       bool // false once the intervals cannot be followed
	haveFirst    bool
	first, prev  int64 // civil minutes of the first and latest accepted rows
	firstRow     int
	prevRow      int
	firstOffGrid bool
	onGrid       bool  // prev is on the step grid
	skipped      int   // rows since prev whose time could not be read
	step         int64 // minutes; 0 until known
	prevSlot     int64 // steps from first to prev
	runs         []run // where the accepted rows are, while tracking
	tracking     bool

	hours    []int64
	hourBase int64 // civil minutes of the first hour
}

func newParser(opt Options) *parser {
	p := &parser{opt: opt, loc: opt.Location, maxRows: opt.MaxRows, timing: true, tracking: true}
	if p.loc == nil {
		p.loc = ChinaStandardTime
	}
	if p.maxRows <= 0 {
		p.maxRows = DefaultMaxRows
	}
	if p.maxRows > MaxRowsLimit {
		p.maxRows = MaxRowsLimit
	}
	return p
}

func (p *parser) run(r io.Reader) error {
	br := bufio.NewReaderSize(r, readBuffer)
	row := 0
	for {
		line, long, err := readLine(br)
		if err != nil && err != io.EOF {
			return err
		}
		if err == io.EOF && len(line) == 0 && !long {
			if row == 0 {
				p.probs.add(0, 0, CodeEmpty, "the file is empty")
			}
			return nil
		}
		row++
		switch {
		case row == 1:
			if !p.header(line, long) {
				return nil
			}
		case row-1 > p.maxRows:
			p.probs.add(row, 0, CodeTooManyRows, "the file has more than %d rows after the header, the most read at once; split it", p.maxRows)
			return nil
		case long:
			p.sum.Rows++
			p.probs.add(row, 0, CodeLineTooLong, "the row is longer than %d bytes, the most a row may have", MaxLineBytes)
			p.skipped++
		case !blank(line, p.delim):
			p.row(line, row)
		}
		if err == io.EOF {
			return nil
		}
	}
}

// header reads row 1 and reports whether the rows after it can be read.
func (p *parser) header(line []byte, long bool) bool {
	if long {
		p.probs.add(1, 0, CodeLineTooLong, "the header is longer than %d bytes, the most a row may have; this is not a meter data file, or its lines do not end in LF or CRLF", MaxLineBytes)
		return false
	}
	if len(line) >= 2 && (line[0] == 0xFF && line[1] == 0xFE || line[0] == 0xFE && line[1] == 0xFF) {
		p.probs.add(1, 0, CodeEncoding, "the file is UTF-16 text; save it as CSV UTF-8")
		return false
	}
	line = bytesTrimPrefix(line, "\xEF\xBB\xBF")
	if !utf8.Valid(line) {
		p.probs.add(1, 0, CodeEncoding, "the header is not UTF-8 text (perhaps GBK, as Excel saves plain CSV in Chinese); save the file as CSV UTF-8")
		return false
	}
	if blank(line, ',') && blank(line, ';') {
		p.probs.add(1, 0, CodeHeader, "row 1 is empty; the first row must be the header, naming the time and energy columns")
		return false
	}
	// Try each delimiter; keep those under which the header makes sense,
	// and of those the one giving the most columns.
	var best, fallback *headerTry
	for _, d := range []byte{',', ';', '\t'} {
		t := tryHeader(line, d)
		if fallback == nil || len(t.fields) > len(fallback.fields) {
			fallback = t
		}
		if len(t.probs) == 0 && (best == nil || len(t.fields) > len(best.fields)) {
			best = t
		}
	}
	if best == nil {
		best = fallback
	}
	p.delim, p.nfields, p.l = best.delim, len(best.fields), best.l
	p.grouping = p.delim == ','
	p.sum.Delimiter = string(p.delim)
	p.sum.Header = best.fields
	if len(best.probs) > 0 {
		if len(best.fields) == 1 && best.probs[0].Code != CodeQuote {
			p.probs.add(1, 0, CodeHeader, "the header has one column; it must name a time column and an energy column, separated by commas, semicolons or tabs")
			return false
		}
		for _, pr := range best.probs {
			p.probs.add(pr.Row, pr.Column, pr.Code, "%s", pr.Message)
		}
		return false
	}
	p.sum.TimeColumn = p.l.time + 1
	p.sum.ValueColumn = p.l.energy + 1
	p.resolveUnit()
	return true
}

type headerTry struct {
	delim  byte
	fields []string
	l      layout
	probs  []Problem
}

func tryHeader(line []byte, delim byte) *headerTry {
	t := &headerTry{delim: delim}
	spans, col, msg := splitFields(nil, line, delim)
	for _, f := range spans {
		t.fields = append(t.fields, strings.TrimSpace(strings.ReplaceAll(string(line[f.from:f.to]), `""`, `"`)))
	}
	if msg != "" {
		t.probs = []Problem{{Row: 1, Column: col + 1, Code: CodeQuote, Message: msg}}
		return t
	}
	t.l, t.probs = readHeader(t.fields)
	return t
}

func bytesTrimPrefix(b []byte, prefix string) []byte {
	if len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix {
		return b[len(prefix):]
	}
	return b
}

func (p *parser) resolveUnit() {
	col := p.l.energy + 1
	name := quote([]byte(p.l.cells[p.l.energy].text))
	header := p.l.unit
	switch u, ok := unitNamed(p.opt.Unit); {
	case p.opt.Unit != "" && !ok:
		p.probs.add(0, 0, CodeUnit, "the unit %q is not one Greenline reads; choose kWh, MWh or Wh", p.opt.Unit)
	case header != "" && p.opt.Unit != "" && header != p.opt.Unit:
		p.probs.add(1, col, CodeUnit, "the header %s says %s but %s was chosen; correct one of them", name, header, p.opt.Unit)
	case header != "":
		p.unit, p.haveUnit = mustUnit(header), true
		p.sum.UnitFrom = "header"
	case ok:
		p.unit, p.haveUnit = u, true
		p.sum.UnitFrom = "options"
	default:
		p.probs.add(1, col, CodeUnit, "the energy column %s does not say its unit; name it as \"Energy (kWh)\" or \"电量(kWh)\", or choose the unit (kWh, MWh or Wh)", name)
	}
	p.sum.Unit = p.unit.name
}

func mustUnit(name string) unit {
	u, _ := unitNamed(name)
	return u
}

// row reads one data row.
func (p *parser) row(line []byte, row int) {
	p.sum.Rows++
	fields, col, msg := splitFields(p.fields[:0], line, p.delim)
	p.line, p.fields = line, fields
	if msg != "" {
		p.probs.add(row, col+1, CodeQuote, "%s", msg)
		p.skipped++
		return
	}
	if len(fields) != p.nfields {
		p.probs.add(row, 0, CodeFields, "the row has %d fields; the header has %d", len(fields), p.nfields)
		p.skipped++
		return
	}
	t, offGrid, ok := p.stamp(row)
	// Check the value even without a unit, for its syntax: MWh takes the
	// most decimal places, so only syntax faults are found.
	u := p.unit
	if !p.haveUnit {
		u = mustUnit("MWh")
	}
	v, code, msg := parseWh(p.field(p.l.energy), u, p.grouping)
	valueOK := code == ""
	if !valueOK && (p.haveUnit || code == CodeSyntax || code == CodeRequired || code == CodeNegative || code == CodeTooLong) {
		p.probs.add(row, p.l.energy+1, code, "%s", msg)
	}
	if valueOK && p.haveUnit {
		p.sum.TotalWh += v
	}
	if !ok {
		p.skipped++
		return
	}
	if p.follow(t, offGrid, row) && valueOK && p.probs.count() == 0 {
		switch h := (t - p.hourBase) / 60; {
		case h == int64(len(p.hours)):
			if len(p.hours) == cap(p.hours) {
				// Double, rather than append's gentler growth for large
				// slices: fewer copies of a long series.
				p.hours = slices.Grow(p.hours, len(p.hours)+64)
			}
			p.hours = append(p.hours, v)
		case h == int64(len(p.hours))-1:
			p.hours[h] += v
		}
	}
}

// field returns field i of the row being read.
func (p *parser) field(i int) []byte {
	f := p.fields[i]
	return p.line[f.from:f.to]
}

// stamp reads the time of a row as civil minutes in p.loc.
func (p *parser) stamp(row int) (t int64, offGrid, ok bool) {
	tf := p.field(p.l.time)
	if !p.modeKnown {
		p.modeKnown = true
		p.combined = p.l.date >= 0 && timeOnly(tf)
		if p.combined {
			p.sum.DateColumn = p.l.date + 1
		}
	}
	var st stamp
	var msg string
	if p.combined {
		df := trimSpace(p.field(p.l.date))
		day, n, m := parseDate(df, &p.days)
		if m == "" && n != len(df) {
			m = quote(df) + " is not a date alone; this column holds the dates, as 2024-01-31, and column " + strconv.Itoa(p.l.time+1) + " the times of day"
		}
		if m != "" {
			p.probs.add(row, p.l.date+1, CodeTime, "%s", m)
			return 0, false, false
		}
		tf = trimSpace(tf)
		st, msg = parseClock(tf, tf)
		st.min += day * 1440
	} else {
		st, msg = parseStamp(tf, &p.days)
	}
	if msg != "" {
		p.probs.add(row, p.l.time+1, CodeTime, "%s", msg)
		return 0, false, false
	}
	if !st.zoned && p.l.zoned {
		st.zoned, st.offset = true, p.l.offset
	}
	if st.zoned {
		utc := st.min - st.offset
		_, off := time.Unix(utc*60, 0).In(p.loc).Zone()
		st.min = utc + int64(off)/60
		st.offGrid = st.offGrid || off%60 != 0
	}
	return st.min, st.offGrid, true
}

// A run is n accepted rows on consecutive lines for consecutive
// intervals: the interval slot steps after the first is on line row, the
// next on row+1, and so on. A clean file is one run; the runs let a
// duplicate name the row it repeats without a record per row.
type run struct {
	slot int64
	row  int
	n    int64
}

// maxRuns bounds the runs remembered; a file broken into more is not
// worth the memory, and its duplicates are reported as out of order.
const maxRuns = 10_000

func (p *parser) remember(slot int64, row int) {
	if !p.tracking {
		return
	}
	if k := len(p.runs) - 1; k >= 0 && p.runs[k].slot+p.runs[k].n == slot && p.runs[k].row+int(p.runs[k].n) == row {
		p.runs[k].n++
		return
	}
	if len(p.runs) == maxRuns {
		p.tracking, p.runs = false, nil
		return
	}
	p.runs = append(p.runs, run{slot, row, 1})
}

// rowOf returns the row of the accepted interval starting at t, or 0.
func (p *parser) rowOf(t int64) int {
	if !p.tracking || t < p.first || (t-p.first)%p.step != 0 {
		return 0
	}
	slot := (t - p.first) / p.step
	i := sort.Search(len(p.runs), func(i int) bool { return p.runs[i].slot > slot }) - 1
	if i < 0 || slot >= p.runs[i].slot+p.runs[i].n {
		return 0
	}
	return p.runs[i].row + int(slot-p.runs[i].slot)
}

func allowedStep(d int64) bool { return d == 15 || d == 30 || d == 60 }

// mod is a % b, made non-negative.
func mod(a, b int64) int64 {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// follow checks that a row starting at t follows the rows before it, and
// reports whether it takes its place in the series.
func (p *parser) follow(t int64, offGrid bool, row int) bool {
	if !p.timing {
		return false
	}
	col := p.l.time + 1
	if !p.haveFirst {
		p.haveFirst = true
		p.first, p.prev, p.firstRow, p.prevRow, p.firstOffGrid = t, t, row, row, offGrid
		p.hourBase = t - mod(t, 60)
		p.skipped = 0
		p.remember(0, row)
		return true
	}
	d := t - p.prev
	n := int64(p.skipped) + 1
	if p.step == 0 {
		switch {
		case d == 0:
			p.probs.add(row, col, CodeDuplicate, "repeats the interval starting %s of row %d; remove one of them", formatMin(t), p.prevRow)
			return false
		case d < 0:
			p.probs.add(row, col, CodeOrder, "starts at %s, before row %d (%s); rows must be in time order", formatMin(t), p.prevRow, formatMin(p.prev))
			return false
		case d%n != 0 || !allowedStep(d/n):
			hint := ""
			if d > 60 && d%15 == 0 {
				hint = " (if rows are missing between them, add them)"
			}
			p.probs.add(row, col, CodeStep, "starts %d minutes after row %d; the interval length is read from the first two rows and must be 15, 30 or 60 minutes%s", d, p.prevRow, hint)
			p.timing = false
			return false
		}
		p.step = d / n
		p.sum.StepMinutes = int(p.step)
		p.onGrid = !p.firstOffGrid && mod(p.first, p.step) == 0
		switch {
		case !p.onGrid:
			p.offGrid(p.firstRow, p.first, p.firstOffGrid)
		case mod(p.first, 60) != 0:
			p.probs.add(p.firstRow, col, CodePartialHour, "the first interval starts at %s, so the hour from %s is incomplete; begin the data at the top of an hour", clockMin(p.first), clockMin(p.hourBase))
		}
	}
	if d == p.step && !offGrid && p.onGrid && p.skipped == 0 {
		// The usual row, one step after an accepted row on the grid: it
		// is on the grid too, and takes the next slot.
		p.prevSlot++
		if k := len(p.runs) - 1; k >= 0 && p.runs[k].row+int(p.runs[k].n) == row {
			p.runs[k].n++ // the next line too: the run goes on
		} else {
			p.remember(p.prevSlot, row)
		}
		p.prev, p.prevRow = t, row
		return true
	}
	switch {
	case offGrid || mod(t, p.step) != 0:
		if !offGrid && d > 0 && d < p.step && allowedStep(d) && mod(t, d) == 0 {
			p.probs.add(row, col, CodeMixed, "starts %d minutes after row %d, but the intervals of this file are %d minutes long (from its first two rows); intervals of different lengths are not accepted", d, p.prevRow, p.step)
			p.timing = false
			return false
		}
		p.offGrid(row, t, offGrid)
		p.skipped++ // it may stand for the interval it was meant to be
		return false
	case d == 0:
		p.probs.add(row, col, CodeDuplicate, "repeats the interval starting %s of row %d; remove one of them", formatMin(t), p.prevRow)
		return false
	case d < 0:
		if earlier := p.rowOf(t); earlier != 0 {
			p.probs.add(row, col, CodeDuplicate, "repeats the interval starting %s of row %d; remove one of them", formatMin(t), earlier)
		} else {
			p.probs.add(row, col, CodeOrder, "starts at %s, before row %d (%s); rows must be in time order", formatMin(t), p.prevRow, formatMin(p.prev))
		}
		return false
	case d > n*p.step:
		p.gap(row, col, d)
	}
	p.prevSlot = (t - p.first) / p.step
	p.remember(p.prevSlot, row)
	p.prev, p.prevRow, p.skipped, p.onGrid = t, row, 0, true
	return true
}

func (p *parser) offGrid(row int, t int64, seconds bool) {
	col := p.l.time + 1
	grid := "on the hour"
	switch p.step {
	case 15:
		grid = "at :00, :15, :30 and :45"
	case 30:
		grid = "at :00 and :30"
	}
	if seconds {
		p.probs.add(row, col, CodeOffGrid, "starts at %s and some seconds; intervals of %d minutes start %s, on whole minutes, so this one would overlap its neighbours", formatMin(t), p.step, grid)
		return
	}
	p.probs.add(row, col, CodeOffGrid, "starts at %s; intervals of %d minutes start %s, so this one would overlap its neighbours", formatMin(t), p.step, grid)
}

func (p *parser) gap(row, col int, d int64) {
	missing := d/p.step - 1
	from, to := p.prev+p.step, p.prev+d-p.step
	between := "between row " + strconv.Itoa(p.prevRow) + " and this row"
	if p.skipped > 0 {
		between += ", counting the rows between whose time could not be read as missing"
	}
	if missing == 1 {
		p.probs.add(row, col, CodeGap, "no data for the interval starting %s (%s); a gap is never filled in: add the missing row", formatMin(from), between)
		return
	}
	p.probs.add(row, col, CodeGap, "no data for the %d intervals starting %s to %s (%s); a gap is never filled in: add the missing rows", missing, formatMin(from), formatMin(to), between)
}

// finish makes the checks that need the whole file.
func (p *parser) finish() {
	switch {
	case p.sum.Rows == 0 && p.probs.count() == 0:
		p.probs.add(0, 0, CodeEmpty, "the file has a header but no data rows")
	case !p.timing || !p.haveFirst:
	case p.step == 0:
		if p.probs.count() == 0 {
			p.probs.add(p.firstRow, 0, CodeStep, "this is the only data row; at least two are needed to tell the interval length")
		}
	case !p.onGrid:
		// Off the grid, and already reported.
	case mod(p.prev+p.step, 60) != 0:
		p.probs.add(p.prevRow, p.l.time+1, CodePartialHour, "the last interval starts at %s and ends at %s, so its hour is incomplete; end the data at the end of an hour", clockMin(p.prev), clockMin(p.prev+p.step))
	}
}

func (p *parser) summary() Summary {
	s := p.sum
	if p.haveFirst {
		s.First, s.Last = p.toTime(p.first), p.toTime(p.prev)
	}
	return s
}

// toTime returns civil minutes as a time in p.loc.
func (p *parser) toTime(m int64) time.Time {
	c := time.Unix(m*60, 0).UTC()
	return time.Date(c.Year(), c.Month(), c.Day(), c.Hour(), c.Minute(), 0, 0, p.loc)
}
