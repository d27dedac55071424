package meter

import (
	"strconv"
	"strings"

	"github.com/greenline-calc/greenline/calc/internal/problem"
)

// Column kinds a header cell can name.
const (
	kindOther  = iota
	kindEnergy // energy per interval
	kindDate   // a date, perhaps with the time of day
	kindTime   // a time of day, perhaps with the date
	kindEnd    // the end of each interval: never read
	kindMeter  // the meter each row belongs to
)

// Names of columns, compared after normalising a header cell (see
// normName). A time column's rank breaks ties between several: a column
// that says it holds the start of each interval wins over a full date and
// time, which wins over a plain "time".
var (
	energyNames = set("energy", "consumption", "energy consumption", "value", "usage", "active energy",
		"electricity", "import", "active import", "generation", "output", "",
		"电量", "用电量", "有功电量", "正向有功电量", "正向有功", "耗电量", "用电", "发电量", "上网电量", "数值")
	startNames = set("start", "start time", "starttime", "interval start", "interval start time", "start date time",
		"start datetime", "period start", "from", "开始时间", "起始时间", "开始")
	stampNames = set("timestamp", "time stamp", "datetime", "date time", "date and time", "日期时间", "时间戳")
	timeNames  = set("time", "interval", "period", "reading time", "时间", "时段", "采集时间", "数据时间")
	dateNames  = set("date", "day", "日期")
	endNames   = set("end", "end time", "endtime", "interval end", "interval end time", "end date time",
		"end datetime", "period end", "to", "结束时间", "截止时间", "结束")
	// Columns naming the meter of each row, in a file holding several.
	// An account or customer number ranks below a meter's own number, so
	// that a file with both is read by meter.
	meterNames = set("meter", "meter id", "meterid", "meter no", "meter nr", "meter number", "meter name", "meter code",
		"meter serial", "meter serial number", "meter point", "metering point", "metering point id", "mpan", "mprn",
		"表号", "电表号", "电表编号", "表计编号", "电表", "表计", "计量点", "计量点编号", "计量点名称", "计量点号",
		"电表名称", "表计名称", "测点", "测点名称", "回路", "回路名称")
	accountNames = set("account", "account no", "account number", "customer", "customer no", "customer number",
		"户号", "用户编号", "用户号", "户名")
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// A cell is one header cell, understood.
type cell struct {
	text    string // as written, trimmed
	kind    int
	rank    int    // for kindTime: 3 start, 2 full date and time, 1 plain time; for kindMeter: 2 meter, 1 account
	unit    string // "kWh", "MWh", "Wh" when the cell names one
	zoned   bool   // the cell gives the UTC offset of its times, as "Time (UTC+8)"
	offset  int64  // that offset in minutes east of UTC
	bracket string // bracketed text that is neither a unit nor an offset
}

// unitOf returns the unit s names, compared without case, spaces, dots
// and middle dots ("kW·h", "KWH", "千瓦时", "度"), or "".
func unitOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case ' ', '.', '·', '⋅', '\u3000':
			continue
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	switch b.String() {
	case "kwh", "千瓦时", "度":
		return "kWh"
	case "mwh", "兆瓦时":
		return "MWh"
	case "wh", "瓦时":
		return "Wh"
	}
	return ""
}

// offsetOf reads an offset written in a header: "UTC", "GMT", "UTC+8",
// "UTC+08:00", "GMT-0500" or 北京时间 (Beijing time, UTC+8).
func offsetOf(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	if s == "北京时间" {
		return 8 * 60, true
	}
	if len(s) < 3 || !strings.EqualFold(s[:3], "UTC") && !strings.EqualFold(s[:3], "GMT") {
		return 0, false
	}
	rest := strings.TrimSpace(s[3:])
	if rest == "" {
		return 0, true
	}
	// Allow one-digit hours: "UTC+8".
	if len(rest) >= 2 && (rest[0] == '+' || rest[0] == '-') && isDigit(rest[1]) && (len(rest) == 2 || !isDigit(rest[2])) {
		rest = rest[:1] + "0" + rest[1:]
	}
	return parseOffset([]byte(rest))
}

var brackets = [][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}, {"【", "】"}, {"［", "］"}}

// readCell understands one header cell.
func readCell(text string) cell {
	c := cell{text: strings.TrimSpace(strings.Trim(text, " \t\u3000"))}
	rest := c.text
	// Take out bracketed parts: a unit, an offset, or something else.
	for _, br := range brackets {
		for {
			i := strings.Index(rest, br[0])
			if i < 0 {
				break
			}
			j := strings.Index(rest[i:], br[1])
			if j < 0 {
				break
			}
			inner := rest[i+len(br[0]) : i+j]
			rest = rest[:i] + " " + rest[i+j+len(br[1]):]
			if u := unitOf(inner); u != "" {
				c.unit = u
			} else if off, ok := offsetOf(inner); ok {
				c.zoned, c.offset = true, off
			} else if strings.TrimSpace(inner) != "" {
				c.bracket = inner
			}
		}
	}
	name := normName(rest)
	// A unit at the end: "energy kwh", "kwh", "电量千瓦时".
	if c.unit == "" {
		if u := unitOf(name); u != "" {
			c.unit, name = u, ""
		} else if i := strings.LastIndexByte(name, ' '); i >= 0 && unitOf(name[i+1:]) != "" {
			c.unit, name = unitOf(name[i+1:]), name[:i]
		} else {
			for _, suffix := range []string{"千瓦时", "兆瓦时"} {
				if strings.HasSuffix(name, suffix) {
					c.unit, name = unitOf(suffix), strings.TrimSpace(strings.TrimSuffix(name, suffix))
				}
			}
		}
	}
	switch {
	case energyNames[name] && c.bracket == "" && (name != "" || c.unit != ""):
		c.kind = kindEnergy
	case c.unit != "":
		// A unit on a column that is not energy by name: not read.
	case startNames[name]:
		c.kind, c.rank = kindTime, 3
	case stampNames[name]:
		c.kind, c.rank = kindTime, 2
	case timeNames[name]:
		c.kind, c.rank = kindTime, 1
	case dateNames[name]:
		c.kind = kindDate
	case endNames[name]:
		c.kind = kindEnd
	case meterNames[name]:
		c.kind, c.rank = kindMeter, 2
	case accountNames[name]:
		c.kind, c.rank = kindMeter, 1
	}
	return c
}

// normName lower-cases ASCII letters, turns '_', '-', '/', '.' and ':'
// into spaces and collapses runs of spaces.
func normName(s string) string {
	var b strings.Builder
	space := true // at the start, or after a space
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r == '_', r == '-', r == '/', r == '.', r == ':', r == ' ', r == '\t', r == '\u3000':
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimSuffix(b.String(), " ")
}

// A layout is what a header says about the columns: their 0-based
// indexes (-1 when absent), the unit and the offset of the times.
type layout struct {
	cells  []cell
	time   int // the column of interval starts (a full date and time, or a time of day next to date)
	date   int // a separate date column, or -1
	energy int
	meter  int // the column naming each row's meter, or -1
	unit   string
	zoned  bool
	offset int64
}

// readHeader recognises the columns of a header split into fields. The
// problems it returns are whole-header problems (column 0) or name a
// column.
func readHeader(fields []string) (layout, Errors) {
	l := layout{cells: make([]cell, len(fields)), time: -1, date: -1, energy: -1, meter: -1}
	var probs Errors
	for i, f := range fields {
		l.cells[i] = readCell(f)
	}
	var energies, times, ends, meters []int
	best, bestMeter := 0, 0
	for i, c := range l.cells {
		switch c.kind {
		case kindEnergy:
			energies = append(energies, i)
		case kindTime:
			switch {
			case c.rank > best:
				best, times = c.rank, []int{i}
			case c.rank == best:
				times = append(times, i)
			}
		case kindDate:
			if l.date < 0 {
				l.date = i
			}
		case kindEnd:
			ends = append(ends, i)
		case kindMeter:
			switch {
			case c.rank > bestMeter:
				bestMeter, meters = c.rank, []int{i}
			case c.rank == bestMeter:
				meters = append(meters, i)
			}
		}
	}
	switch {
	case len(meters) == 1:
		l.meter = meters[0]
	case len(meters) > 1:
		probs = append(probs, l.both(CodeTwoMeters, meters, "the meter of each row"))
	}
	switch {
	case len(times) == 1:
		l.time = times[0]
	case len(times) > 1:
		probs = append(probs, l.both(CodeTwoTimes, times, "the time each interval starts"))
	case l.date >= 0:
		// Only a date column: it must hold the time of day as well.
		l.time, l.date = l.date, -1
	case len(ends) > 0:
		e := problem.New(CodeEndColumn, "column {column} \"{header}\" holds the end of each interval; Greenline needs a column of interval starts, such as \"Start\" or \"开始时间\"",
			"column", strconv.Itoa(ends[0]+1), "header", text([]byte(l.cells[ends[0]].text)))
		e.Row, e.Column = 1, ends[0]+1
		probs = append(probs, e)
	default:
		e := problem.New(CodeNoTimeColumn, "no column of dates and times in the header {header}; name it \"Timestamp\", \"Start\", \"时间\" or \"开始时间\"", "header", l.list())
		e.Row = 1
		probs = append(probs, e)
	}
	switch {
	case len(energies) == 1:
		l.energy = energies[0]
		l.unit = l.cells[l.energy].unit
	case len(energies) > 1:
		probs = append(probs, l.both(CodeTwoEnergies, energies, "energy columns"))
	default:
		e := problem.New(CodeNoEnergyColumn, "no energy column in the header {header}; name it \"Energy (kWh)\", \"kWh\", \"电量(kWh)\" or \"用电量（千瓦时）\"", "header", l.list())
		e.Row = 1
		probs = append(probs, e)
	}
	if l.time >= 0 {
		c := l.cells[l.time]
		l.zoned, l.offset = c.zoned, c.offset
		if l.date >= 0 && l.cells[l.date].zoned {
			l.zoned, l.offset = true, l.cells[l.date].offset
		}
	}
	return l, probs
}

// both is the problem of two columns, cols[0] and cols[1], that both look
// like what (as "energy columns"); it is placed at the second.
func (l layout) both(code string, cols []int, what string) Error {
	e := problem.New(code, "both column {first_column} \"{first}\" and column {second_column} \"{second}\" look like "+what+"; keep one",
		"first_column", strconv.Itoa(cols[0]+1), "first", text([]byte(l.cells[cols[0]].text)),
		"second_column", strconv.Itoa(cols[1]+1), "second", text([]byte(l.cells[cols[1]].text)))
	e.Row, e.Column = 1, cols[1]+1
	return e
}

func (l layout) list() string {
	var b strings.Builder
	b.WriteByte('(')
	for i, c := range l.cells {
		if i > 0 {
			b.WriteString(", ")
		}
		if i == 8 {
			b.WriteString("…")
			break
		}
		b.WriteString(quote([]byte(c.text)))
	}
	b.WriteByte(')')
	return b.String()
}
