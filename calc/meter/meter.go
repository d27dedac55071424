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
// # Several meters
//
// A park operator exports all its meters in one file ("long format"): a
// column names the meter of each row — "Meter", "Meter ID", "Meter no",
// "Meter number", "Metering point", "表号", "电表编号", "计量点", "测点"
// and the like — or, ranking below them when both are present, the account
// ("户号", "用户编号", "Account number"). Two such columns of one rank are
// refused as ambiguous. The id is the field's text, trimmed, compared as
// written ("A" and "a" are two meters); it must be UTF-8 and at most
// MaxIDBytes long. Rows of different meters may be interleaved (sorted by
// time) or in blocks, in any order. Parse gives one hourly series per
// meter, in the order of the meters' first rows; a file without a meter
// column gives one, with the id "".
//
// Each meter's rows are checked as a file of one meter is, below: one step,
// no gaps, no repeats, whole hours; a problem in a meter's sequence names
// the meter as well as the row and column. All meters of a file share one
// step, told by the first meter to show it; a meter whose second row comes
// a multiple of that step after its first has a gap, and a meter of a
// single row is accepted when the other meters tell the step. Each meter
// has its own period: meters may start and end at different hours, each
// series says its own, and the Summary gives the earliest start and the
// latest. Whether meters that do not cover the same hours can be used
// together is for the caller to decide. A file holds at most MaxMeters
// meters (5,000, the most users one supply of a project may have).
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
// A file of at most Options.MaxBytes bytes (DefaultMaxBytes, 40 MiB,
// unless set), with at most Options.MaxRows rows after the header
// (DefaultMaxRows, 1,100,000, unless set), lines of at most MaxLineBytes
// bytes. 100 meters × a leap year of hourly data (878,400 rows, about
// 27 MB) is accepted; 100 meters × a leap year of 15-minute data
// (3,513,600 rows, about 105 MB) is refused, before any row is read, as
// too large, to be split by meter or by period. A file over either bound
// is refused with that one problem: its size is checked first, and
// once it shows a row too many, the problems of the rows before are
// forgotten. A refusal lists at most
// MaxProblems problems, then how many more were found. Nothing panics on
// any input.
package meter

import (
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

// A Meter is the hourly series of one meter of a file, with what was read
// for it.
type Meter struct {
	ID string // as the meter column gives it, trimmed; "" in a file without a meter column
	Series
	First   time.Time // start of its first interval, in Options.Location
	Last    time.Time // start of its last interval
	Rows    int       // its data rows
	TotalWh int64     // the sum of its hours
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
	// MaxBytes bounds the size of the file; 0 or less means
	// DefaultMaxBytes, and values above MaxBytesLimit are lowered to it.
	MaxBytes int
}

const (
	// DefaultMaxRows is the default bound on rows: 100 meters × a leap
	// year of hourly data is 878,400 rows, and the rest is headroom.
	DefaultMaxRows = 1_100_000
	// MaxRowsLimit is the largest bound accepted, low enough that the sum
	// of all intervals (each at most MaxIntervalWh) fits in an int64.
	MaxRowsLimit = 8_000_000
	// DefaultMaxBytes is the default bound on the size of a file, 40 MiB:
	// 100 meters × a leap year of hourly rows of up to 47 bytes each
	// ("3301234567890,2024-01-01 00:00:00,123.456" and a line ending).
	// A browser reads that within the second Greenline allows an import;
	// 100 meters of 15-minute data (about 105 MB) is refused, to be split.
	DefaultMaxBytes = 40 << 20
	// MaxBytesLimit is the largest bound on bytes accepted.
	MaxBytesLimit = 512 << 20
	// MaxMeters bounds the meters of one file: 5,000, the most users one
	// supply of a project may have (docs/project-format.md), so a file
	// never holds more meters than a project can use.
	MaxMeters = 5_000
	// MaxIDBytes bounds a meter's id.
	MaxIDBytes = 100
)

// ChinaStandardTime is UTC+8, the default Location.
var ChinaStandardTime = time.FixedZone("UTC+8", 8*60*60)

// A Summary says what Parse found, so that a page can show it before
// the user accepts the series. When the file is refused it says as much as
// was found before and despite the problems. In a file of several meters
// it is the whole file's: First is the earliest start of any meter's first
// interval, Last the latest start of any meter's last one.
type Summary struct {
	Delimiter   string    `json:"delimiter"`              // ",", ";" or "\t"
	Header      []string  `json:"header"`                 // the header's cells, trimmed
	TimeColumn  int       `json:"time_column"`            // 1-based column of interval starts (times of day when DateColumn is set)
	DateColumn  int       `json:"date_column,omitempty"`  // 1-based column of dates when dates and times are separate columns, else 0
	MeterColumn int       `json:"meter_column,omitempty"` // 1-based column naming the meter of each row, else 0
	ValueColumn int       `json:"value_column"`           // 1-based column of energy values
	Unit        string    `json:"unit"`                   // "kWh", "MWh" or "Wh", once known
	UnitFrom    string    `json:"unit_from"`              // "header" or "options"
	StepMinutes int       `json:"step_minutes"`           // 15, 30 or 60, once known; the same for every meter
	First       time.Time `json:"first,omitzero"`         // start of the first interval, in Options.Location
	Last        time.Time `json:"last,omitzero"`          // start of the last interval, in Options.Location
	Rows        int       `json:"rows"`                   // data rows read: every row after the header but blank ones
	Meters      int       `json:"meters"`                 // meters whose rows were read (1 in a file without a meter column)
	TotalWh     int64     `json:"total_wh,string"`        // sum of the values read (on success, of every series)
}

// Parse reads interval meter data (see the package documentation for the
// format) into one hourly series per meter, in the order in which the
// meters first appear; a file without a meter column gives one, with the
// id "". When the data is refused, the error is Problems listing what is
// wrong, each problem naming its row and column, and the meters are nil.
// The Summary is returned in every case. data is not kept.
func Parse(data []byte, opt Options) ([]Meter, Summary, error) {
	p := newParser(opt)
	p.run(data)
	p.finish()
	sum := p.summary()
	if err := p.probs.result(); err != nil {
		return nil, sum, err
	}
	ms := make([]Meter, len(p.tracks))
	for i, tr := range p.tracks {
		ms[i] = Meter{ID: tr.id, Series: Series{Start: p.toTime(tr.hourBase), Hours: tr.hours},
			First: p.toTime(tr.first), Last: p.toTime(tr.prev), Rows: tr.rows, TotalWh: tr.total}
	}
	return ms, sum, nil
}

// ParseCSV reads interval meter data of one meter from r into an hourly
// series, as Parse does; a file naming several meters is refused. When
// reading r fails, the error is that failure.
func ParseCSV(r io.Reader, opt Options) (Series, Summary, error) {
	max := newParser(opt).maxBytes
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return Series{}, Summary{}, err
	}
	ms, sum, err := Parse(data, opt)
	switch {
	case err != nil:
		return Series{}, sum, err
	case len(ms) > 1:
		var c collector
		c.add(0, sum.MeterColumn, CodeSeveral, "the file holds {meters} meters (column {column} names them); read one meter at a time",
			"meters", strconv.Itoa(len(ms)), "column", strconv.Itoa(sum.MeterColumn))
		return Series{}, sum, c.result()
	}
	return ms[0].Series, sum, nil
}

type parser struct {
	opt      Options
	loc      *time.Location
	maxRows  int
	maxBytes int
	unit     unit
	haveUnit bool
	probs    collector
	sum      Summary
	stop     bool // nothing more is worth reading

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

	// The meters.
	multi    bool              // the header names a meter column
	tracks   []*track          // in order of first appearance
	byKey    map[string]*track // by the meter column's text
	cur      *track            // the meter of the latest row
	step     int64             // the file's step: the first a meter shows; 0 until known
	stepOf   *track            // the meter that showed it
	runsLeft int               // runs that may still be remembered, over all meters
}

// A track follows the rows of one meter.
type track struct {
	key   string // the meter column's text, trimmed, as written
	id    string // key, with doubled quotes undone
	index int    // in parser.tracks

	timing       bool // false once the intervals cannot be followed
	haveFirst    bool
	first, prev  int64 // civil minutes of the first and latest accepted rows
	firstRow     int
	prevRow      int
	secondRow    int // the row that told the step
	firstOffGrid bool
	onGrid       bool  // prev is on the step grid
	skipped      int   // rows since prev whose time could not be read
	step         int64 // minutes; 0 until known
	prevSlot     int64 // steps from first to prev
	runs         []run // where the accepted rows are, while tracking
	tracking     bool

	hours    []int64
	hourBase int64 // civil minutes of the first hour
	rows     int
	total    int64
}

func newParser(opt Options) *parser {
	p := &parser{opt: opt, loc: opt.Location, maxRows: opt.MaxRows, maxBytes: opt.MaxBytes, runsLeft: maxRuns}
	if p.loc == nil {
		p.loc = ChinaStandardTime
	}
	if p.maxRows <= 0 {
		p.maxRows = DefaultMaxRows
	}
	p.maxRows = min(p.maxRows, MaxRowsLimit)
	if p.maxBytes <= 0 {
		p.maxBytes = DefaultMaxBytes
	}
	p.maxBytes = min(p.maxBytes, MaxBytesLimit)
	return p
}

func (p *parser) newTrack(key, id string) *track {
	tr := &track{key: key, id: id, index: len(p.tracks), timing: true, tracking: true}
	p.tracks = append(p.tracks, tr)
	return tr
}

func (p *parser) run(data []byte) {
	if len(data) > p.maxBytes {
		p.probs.add(0, 0, CodeTooBig, "the file has more than {max_bytes} bytes ({max_mib} MiB), the most read at once: about a year of hourly data for 100 meters; split it by meter or by period",
			"max_bytes", strconv.Itoa(p.maxBytes), "max_mib", strconv.Itoa(p.maxBytes>>20))
		return
	}
	rest := data
	var head Summary        // what the header told
	var headProbs collector // and what it found wrong
	for row := 1; ; row++ {
		line, next, long, ok := nextLine(rest)
		if !ok {
			if row == 1 {
				p.probs.add(0, 0, CodeEmpty, "the file is empty")
			}
			return
		}
		rest = next
		switch {
		case row == 1:
			if !p.header(line, long) {
				return
			}
			head, headProbs = p.sum, p.probs
			headProbs.list = slices.Clone(headProbs.list)
		case row == p.maxRows+2:
			p.tooManyRows(head, headProbs)
			return
		case long:
			p.sum.Rows++
			p.probs.add(row, 0, CodeLineTooLong, "the row is longer than {max_bytes} bytes, the most a row may have", "max_bytes", strconv.Itoa(MaxLineBytes))
			p.skipRow(nil)
		case !blank(line, p.delim):
			p.row(line, row)
			if p.stop {
				if row-1+countLines(rest) > p.maxRows {
					p.tooManyRows(head, headProbs)
				}
				return
			}
		}
	}
}

// tooManyRows refuses a file of more than p.maxRows rows after its header
// with that problem, as if no row had been read: head and probs are the
// summary and the problems as the header left them. The rows are counted
// as they are read, not in a pass of their own before (one pass less over
// the megabytes of the largest files, the ones whose speed matters); what
// was read of a file too long is then forgotten.
func (p *parser) tooManyRows(head Summary, probs collector) {
	p.sum, p.probs, p.tracks = head, probs, nil
	p.probs.add(p.maxRows+2, 0, CodeTooManyRows, "the file has more than {max_rows} rows after the header, the most read at once; split it", "max_rows", strconv.Itoa(p.maxRows))
}

// header reads row 1 and reports whether the rows after it can be read.
func (p *parser) header(line []byte, long bool) bool {
	if long {
		p.probs.add(1, 0, CodeHeaderTooLong, "the header is longer than {max_bytes} bytes, the most a row may have; this is not a meter data file, or its lines do not end in LF or CRLF", "max_bytes", strconv.Itoa(MaxLineBytes))
		return false
	}
	if len(line) >= 2 && (line[0] == 0xFF && line[1] == 0xFE || line[0] == 0xFE && line[1] == 0xFF) {
		p.probs.add(1, 0, CodeUTF16, "the file is UTF-16 text; save it as CSV UTF-8")
		return false
	}
	line = bytesTrimPrefix(line, "\xEF\xBB\xBF")
	if !utf8.Valid(line) {
		p.probs.add(1, 0, CodeEncoding, "the header is not UTF-8 text (perhaps GBK, as Excel saves plain CSV in Chinese); save the file as CSV UTF-8")
		return false
	}
	if blank(line, ',') && blank(line, ';') {
		p.probs.add(1, 0, CodeHeaderEmpty, "row 1 is empty; the first row must be the header, naming the time and energy columns")
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
		if len(best.fields) == 1 && best.probs[0].Code != CodeQuoteOpen && best.probs[0].Code != CodeQuoteText {
			p.probs.add(1, 0, CodeHeaderColumns, "the header has one column; it must name a time column and an energy column, separated by commas, semicolons or tabs")
			return false
		}
		for i := range best.probs {
			p.probs.put(best.probs[i].Row, best.probs[i].Column, &best.probs[i])
		}
		return false
	}
	p.sum.TimeColumn = p.l.time + 1
	p.sum.ValueColumn = p.l.energy + 1
	if p.l.meter >= 0 {
		p.multi = true
		p.sum.MeterColumn = p.l.meter + 1
		p.byKey = make(map[string]*track)
	} else {
		p.cur = p.newTrack("", "")
	}
	p.resolveUnit()
	return true
}

type headerTry struct {
	delim  byte
	fields []string
	l      layout
	probs  Errors
}

func tryHeader(line []byte, delim byte) *headerTry {
	t := &headerTry{delim: delim}
	spans, col, e := splitFields(nil, line, delim)
	for _, f := range spans {
		t.fields = append(t.fields, strings.TrimSpace(strings.ReplaceAll(string(line[f.from:f.to]), `""`, `"`)))
	}
	if e != nil {
		e.Row, e.Column = 1, col+1
		t.probs = Errors{*e}
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
	name := text([]byte(p.l.cells[p.l.energy].text))
	header := p.l.unit
	switch u, ok := unitNamed(p.opt.Unit); {
	case p.opt.Unit != "" && !ok:
		p.probs.add(0, 0, CodeUnitUnknown, "the unit \"{unit}\" is not one Greenline reads; choose kWh, MWh or Wh", "unit", p.opt.Unit)
	case header != "" && p.opt.Unit != "" && header != p.opt.Unit:
		p.probs.add(1, col, CodeUnitConflict, "the header \"{header}\" says {header_unit} but {unit} was chosen; correct one of them",
			"header", name, "header_unit", header, "unit", p.opt.Unit)
	case header != "":
		p.unit, p.haveUnit = mustUnit(header), true
		p.sum.UnitFrom = "header"
	case ok:
		p.unit, p.haveUnit = u, true
		p.sum.UnitFrom = "options"
	default:
		p.probs.add(1, col, CodeUnitMissing, "the energy column \"{header}\" does not say its unit; name it as \"Energy (kWh)\" or \"电量(kWh)\", or choose the unit (kWh, MWh or Wh)", "header", name)
	}
	p.sum.Unit = p.unit.name
}

func mustUnit(name string) unit {
	u, _ := unitNamed(name)
	return u
}

// skipRow counts a row whose time could not be read against its meter,
// when the meter can be told: its next row is then not also reported as
// starting after a gap.
func (p *parser) skipRow(fields []span) {
	if !p.multi {
		p.tracks[0].skipped++
		return
	}
	if p.l.meter < len(fields) {
		f := fields[p.l.meter]
		if tr := p.byKey[string(trimSpace(p.line[f.from:f.to]))]; tr != nil {
			tr.skipped++
		}
	}
}

// row reads one data row.
func (p *parser) row(line []byte, row int) {
	p.sum.Rows++
	fields, col, e := splitFields(p.fields[:0], line, p.delim)
	p.line, p.fields = line, fields
	if e != nil {
		p.probs.put(row, col+1, e)
		p.skipRow(fields[:min(len(fields), col)])
		return
	}
	if len(fields) != p.nfields {
		p.probs.add(row, 0, CodeFields, "the row has {fields} fields; the header has {header_fields}",
			"fields", strconv.Itoa(len(fields)), "header_fields", strconv.Itoa(p.nfields))
		p.skipRow(fields)
		return
	}
	tr := p.cur
	if p.multi {
		if tr = p.meterOf(row); p.stop {
			return
		}
	}
	t, offGrid, ok := p.stamp(row)
	// Check the value even without a unit, for its syntax: MWh takes the
	// most decimal places, so only syntax faults are found.
	u := p.unit
	if !p.haveUnit {
		u = mustUnit("MWh")
	}
	v, e := parseWh(p.field(p.l.energy), u, p.grouping)
	valueOK := e == nil
	if !valueOK && (p.haveUnit || (e.Code != CodePrecision && e.Code != CodeTooLarge)) {
		p.probs.put(row, p.l.energy+1, e)
	}
	if valueOK && p.haveUnit {
		p.sum.TotalWh += v
	}
	if tr == nil {
		return
	}
	tr.rows++
	if !ok {
		tr.skipped++
		return
	}
	if p.follow(tr, t, offGrid, row) && valueOK && p.probs.count() == 0 {
		tr.total += v
		switch h := (t - tr.hourBase) / 60; {
		case h == int64(len(tr.hours)):
			if len(tr.hours) == cap(tr.hours) {
				// Double, rather than append's gentler growth for large
				// slices: fewer copies of a long series.
				tr.hours = slices.Grow(tr.hours, len(tr.hours)+64)
			}
			tr.hours = append(tr.hours, v)
		case h == int64(len(tr.hours))-1:
			tr.hours[h] += v
		}
	}
}

// meterOf returns the track of the meter the row names, starting one for
// a meter not seen before, or nil when the meter cannot be told.
func (p *parser) meterOf(row int) *track {
	b := trimSpace(p.field(p.l.meter))
	if cur := p.cur; cur != nil {
		if string(b) == cur.key {
			return cur // rows in blocks
		}
		next := p.tracks[0]
		if cur.index+1 < len(p.tracks) {
			next = p.tracks[cur.index+1]
		}
		if string(b) == next.key {
			p.cur = next // rows interleaved, the meters in turn
			return next
		}
	}
	if tr := p.byKey[string(b)]; tr != nil {
		p.cur = tr
		return tr
	}
	col := p.l.meter + 1
	switch {
	case len(b) == 0:
		p.probs.add(row, col, CodeIDMissing, "the meter is not named; in a file with a meter column (\"{header}\") every row names its meter",
			"header", text([]byte(p.l.cells[p.l.meter].text)))
		return nil
	case len(b) > MaxIDBytes:
		p.probs.add(row, col, CodeIDTooLong, "the meter \"{id}\" is {bytes} bytes long; a meter's id has at most {max_bytes}",
			"id", text(b), "bytes", strconv.Itoa(len(b)), "max_bytes", strconv.Itoa(MaxIDBytes))
		return nil
	case !utf8.Valid(b):
		p.probs.add(row, col, CodeIDEncoding, "the meter \"{id}\" is not UTF-8 text; save the file as CSV UTF-8", "id", text(b))
		return nil
	case len(p.tracks) == MaxMeters:
		p.probs.add(row, col, CodeMeters, "the meter \"{id}\" is the file's {count}-th; a file holds at most {max} meters, the most users one supply may have; split it",
			"id", text(b), "count", strconv.Itoa(MaxMeters+1), "max", strconv.Itoa(MaxMeters))
		p.stop = true
		return nil
	}
	key := string(b)
	tr := p.newTrack(key, strings.ReplaceAll(key, `""`, `"`))
	p.byKey[key] = tr
	p.cur = tr
	return tr
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
	var e *Error
	if p.combined {
		df := trimSpace(p.field(p.l.date))
		day, n, de := parseDate(df, &p.days)
		if de == nil && n != len(df) {
			de = fault(CodeDateAlone, "\"{value}\" is not a date alone; this column holds the dates, as 2024-01-31, and column {time_column} the times of day",
				"value", text(df), "time_column", strconv.Itoa(p.l.time+1))
		}
		if de != nil {
			p.probs.put(row, p.l.date+1, de)
			return 0, false, false
		}
		tf = trimSpace(tf)
		st, e = parseClock(tf, tf)
		st.min += day * 1440
	} else if min, ok := p.days.quick(tf); ok {
		st.min = min
	} else {
		st, e = parseStamp(tf, &p.days)
	}
	if e != nil {
		p.probs.put(row, p.l.time+1, e)
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

// A run is n accepted rows of one meter for consecutive intervals, on
// lines stride apart: the interval slot steps after the meter's first is
// on line row, the next on row+stride, and so on. A clean file of one
// meter is one run of stride 1, and a file of k meters interleaved is one
// run of stride k per meter; the runs let a duplicate name the row it
// repeats without a record per row.
type run struct {
	slot   int64
	row    int
	n      int64
	stride int // 0 while n is 1
}

// maxRuns bounds the runs remembered over all meters; a file broken into
// more is not worth the memory, and its duplicates are reported as out of
// order.
const maxRuns = 100_000

func (p *parser) remember(tr *track, slot int64, row int) {
	if !tr.tracking {
		return
	}
	if k := len(tr.runs) - 1; k >= 0 {
		r := &tr.runs[k]
		switch {
		case r.slot+r.n != slot:
		case r.n == 1:
			r.stride, r.n = row-r.row, 2
			return
		case r.row+int(r.n)*r.stride == row:
			r.n++
			return
		}
	}
	if p.runsLeft == 0 {
		tr.tracking, tr.runs = false, nil
		return
	}
	p.runsLeft--
	tr.runs = append(tr.runs, run{slot: slot, row: row, n: 1})
}

// rowOf returns the row of the meter's accepted interval starting at t,
// or 0.
func (tr *track) rowOf(t int64) int {
	if !tr.tracking || t < tr.first || (t-tr.first)%tr.step != 0 {
		return 0
	}
	slot := (t - tr.first) / tr.step
	i := sort.Search(len(tr.runs), func(i int) bool { return tr.runs[i].slot > slot }) - 1
	if i < 0 || slot >= tr.runs[i].slot+tr.runs[i].n {
		return 0
	}
	return tr.runs[i].row + int(slot-tr.runs[i].slot)*tr.runs[i].stride
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

// add adds a problem with the rows of meter tr.
func (p *parser) add(tr *track, row, col int, code, english string, params ...string) {
	id := ""
	if p.multi {
		id = tr.id
	}
	p.probs.addMeter(id, row, col, code, english, params...)
}

// duplicate adds the problem of a row repeating the interval of row earlier.
func (p *parser) duplicate(tr *track, row, col int, t int64, earlier int) {
	p.add(tr, row, col, CodeDuplicate, "repeats the interval starting {time} of row {other_row}; remove one of them",
		"time", formatMin(t), "other_row", strconv.Itoa(earlier))
}

// follow checks that a row starting at t follows the rows of its meter
// before it, and reports whether it takes its place in the series.
func (p *parser) follow(tr *track, t int64, offGrid bool, row int) bool {
	if !tr.timing {
		return false
	}
	col := p.l.time + 1
	if !tr.haveFirst {
		tr.haveFirst = true
		tr.first, tr.prev, tr.firstRow, tr.prevRow, tr.firstOffGrid = t, t, row, row, offGrid
		tr.hourBase = t - mod(t, 60)
		tr.skipped = 0
		p.remember(tr, 0, row)
		return true
	}
	d := t - tr.prev
	n := int64(tr.skipped) + 1
	if tr.step == 0 {
		switch {
		case d == 0:
			p.duplicate(tr, row, col, t, tr.prevRow)
			return false
		case d < 0:
			p.add(tr, row, col, CodeOrder, "starts at {time}, before row {previous_row} ({previous_time}); rows must be in time order",
				"time", formatMin(t), "previous_row", strconv.Itoa(tr.prevRow), "previous_time", formatMin(tr.prev))
			return false
		case d%n == 0 && allowedStep(d/n) && p.step != 0 && d/n != p.step:
			p.add(tr, row, col, CodeMixedMeters, "starts {minutes} minutes after row {previous_row}, so this meter's intervals are {step} minutes long, but those of meter \"{other}\" are {other_step} minutes (rows {other_first_row} and {other_second_row}); all meters of a file must have intervals of one length",
				"minutes", strconv.FormatInt(d, 10), "previous_row", strconv.Itoa(tr.prevRow), "step", strconv.FormatInt(d/n, 10), "other", p.stepOf.id,
				"other_step", strconv.FormatInt(p.step, 10), "other_first_row", strconv.Itoa(p.stepOf.firstRow), "other_second_row", strconv.Itoa(p.stepOf.secondRow))
			tr.timing = false
			return false
		case d%n == 0 && allowedStep(d/n):
			tr.step = d / n
		case p.step != 0 && d%p.step == 0:
			// Another meter told the step: this one's second row comes
			// after a gap, reported below.
			tr.step = p.step
		default:
			hint := ""
			if d > 60 && d%15 == 0 {
				hint = " (if rows are missing between them, add them)"
			}
			p.add(tr, row, col, CodeStep, "starts {minutes} minutes after row {previous_row}; the interval length is read from the first two rows and must be 15, 30 or 60 minutes"+hint,
				"minutes", strconv.FormatInt(d, 10), "previous_row", strconv.Itoa(tr.prevRow))
			tr.timing = false
			return false
		}
		tr.secondRow = row
		if p.step == 0 {
			p.step, p.stepOf = tr.step, tr
			p.sum.StepMinutes = int(p.step)
		}
		p.grid(tr)
	}
	if d == tr.step && !offGrid && tr.onGrid && tr.skipped == 0 {
		// The usual row, one step after an accepted row on the grid: it
		// is on the grid too, and takes the next slot.
		tr.prevSlot++
		if k := len(tr.runs) - 1; k >= 0 && tr.runs[k].n > 1 && tr.runs[k].row+int(tr.runs[k].n)*tr.runs[k].stride == row {
			tr.runs[k].n++ // the next line of this meter too: the run goes on
		} else {
			p.remember(tr, tr.prevSlot, row)
		}
		tr.prev, tr.prevRow = t, row
		return true
	}
	switch {
	case offGrid || mod(t, tr.step) != 0:
		if !offGrid && d > 0 && d < tr.step && allowedStep(d) && mod(t, d) == 0 {
			p.add(tr, row, col, CodeMixed, "starts {minutes} minutes after row {previous_row}, but the intervals of this file are {step} minutes long (from its first two rows); intervals of different lengths are not accepted",
				"minutes", strconv.FormatInt(d, 10), "previous_row", strconv.Itoa(tr.prevRow), "step", strconv.FormatInt(tr.step, 10))
			tr.timing = false
			return false
		}
		p.offGrid(tr, row, t, offGrid)
		tr.skipped++ // it may stand for the interval it was meant to be
		return false
	case d == 0:
		p.duplicate(tr, row, col, t, tr.prevRow)
		return false
	case d < 0:
		if earlier := tr.rowOf(t); earlier != 0 {
			p.duplicate(tr, row, col, t, earlier)
		} else {
			p.add(tr, row, col, CodeOrder, "starts at {time}, before row {previous_row} ({previous_time}); rows must be in time order",
				"time", formatMin(t), "previous_row", strconv.Itoa(tr.prevRow), "previous_time", formatMin(tr.prev))
		}
		return false
	case d > n*tr.step:
		p.gap(tr, row, col, d)
	}
	tr.prevSlot = (t - tr.first) / tr.step
	p.remember(tr, tr.prevSlot, row)
	tr.prev, tr.prevRow, tr.skipped, tr.onGrid = t, row, 0, true
	return true
}

// grid checks the first interval of a meter once its step is known.
func (p *parser) grid(tr *track) {
	tr.onGrid = !tr.firstOffGrid && mod(tr.first, tr.step) == 0
	switch {
	case !tr.onGrid:
		p.offGrid(tr, tr.firstRow, tr.first, tr.firstOffGrid)
	case mod(tr.first, 60) != 0:
		p.add(tr, tr.firstRow, p.l.time+1, CodeFirstHour, "the first interval starts at {start}, so the hour from {hour} is incomplete; begin the data at the top of an hour",
			"start", clockMin(tr.first), "hour", clockMin(tr.hourBase))
	}
}

func (p *parser) offGrid(tr *track, row int, t int64, seconds bool) {
	col := p.l.time + 1
	grid := "on the hour"
	switch tr.step {
	case 15:
		grid = "at :00, :15, :30 and :45"
	case 30:
		grid = "at :00 and :30"
	}
	if seconds {
		p.add(tr, row, col, CodeSeconds, "starts at {time} and some seconds; intervals of {step} minutes start "+grid+", on whole minutes, so this one would overlap its neighbours",
			"time", formatMin(t), "step", strconv.FormatInt(tr.step, 10))
		return
	}
	p.add(tr, row, col, CodeOffGrid, "starts at {time}; intervals of {step} minutes start "+grid+", so this one would overlap its neighbours",
		"time", formatMin(t), "step", strconv.FormatInt(tr.step, 10))
}

func (p *parser) gap(tr *track, row, col int, d int64) {
	missing := d/tr.step - 1
	from, to := tr.prev+tr.step, tr.prev+d-tr.step
	between := "between row {previous_row} and this row"
	if tr.skipped > 0 {
		between += ", counting the rows between whose time could not be read as missing"
	}
	if missing == 1 {
		p.add(tr, row, col, CodeGap, "no data for the interval starting {from} ("+between+"); a gap is never filled in: add the missing row",
			"from", formatMin(from), "previous_row", strconv.Itoa(tr.prevRow))
		return
	}
	p.add(tr, row, col, CodeGaps, "no data for the {count} intervals starting {from} to {to} ("+between+"); a gap is never filled in: add the missing rows",
		"count", strconv.FormatInt(missing, 10), "from", formatMin(from), "to", formatMin(to), "previous_row", strconv.Itoa(tr.prevRow))
}

// finish makes the checks that need the whole file.
func (p *parser) finish() {
	if p.sum.Rows == 0 && p.probs.count() == 0 {
		p.probs.add(0, 0, CodeNoRows, "the file has a header but no data rows")
		return
	}
	for _, tr := range p.tracks {
		if !tr.timing || !tr.haveFirst {
			continue
		}
		if tr.step == 0 {
			if p.step == 0 {
				if p.probs.count() == 0 {
					p.add(tr, tr.firstRow, 0, CodeOneRow, "this is the only data row; at least two are needed to tell the interval length")
				}
				continue
			}
			// One row of this meter, the step told by the others.
			tr.step = p.step
			p.grid(tr)
		}
		if tr.onGrid && mod(tr.prev+tr.step, 60) != 0 {
			p.add(tr, tr.prevRow, p.l.time+1, CodeLastHour, "the last interval starts at {start} and ends at {end}, so its hour is incomplete; end the data at the end of an hour",
				"start", clockMin(tr.prev), "end", clockMin(tr.prev+tr.step))
		}
	}
}

func (p *parser) summary() Summary {
	s := p.sum
	var first, last int64
	have := false
	for _, tr := range p.tracks {
		if tr.rows > 0 {
			s.Meters++
		}
		if !tr.haveFirst {
			continue
		}
		if !have || tr.first < first {
			first = tr.first
		}
		if !have || tr.prev > last {
			last = tr.prev
		}
		have = true
	}
	if have {
		s.First, s.Last = p.toTime(first), p.toTime(last)
	}
	return s
}

// toTime returns civil minutes as a time in p.loc.
func (p *parser) toTime(m int64) time.Time {
	c := time.Unix(m*60, 0).UTC()
	return time.Date(c.Year(), c.Month(), c.Day(), c.Hour(), c.Minute(), 0, 0, p.loc)
}
