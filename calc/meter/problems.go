package meter

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/greenline-calc/greenline/calc/internal/problem"
)

// Problem codes. The code says what is wrong, so that a page can word it
// in the user's language; the problem's Row, Column and Meter say where.
// The number codes are the same strings as package calc uses for the same
// faults. Each code has one meaning; the parameters each one carries are
// listed by Codes.
const (
	CodeEmpty          = "meter.empty"             // the file is empty
	CodeNoRows         = "meter.no_rows"           // a header but no data rows
	CodeUTF16          = "meter.utf16"             // UTF-16 text
	CodeEncoding       = "meter.encoding"          // the header is not UTF-8 text
	CodeHeaderEmpty    = "meter.header_empty"      // row 1 is empty
	CodeHeaderColumns  = "meter.header_one_column" // the header has one column
	CodeTwoMeters      = "meter.header_meters"     // two columns look like the meter column
	CodeTwoTimes       = "meter.header_times"      // two columns look like the time column
	CodeTwoEnergies    = "meter.header_energies"   // two energy columns
	CodeEndColumn      = "meter.header_end"        // only a column of interval ends
	CodeNoTimeColumn   = "meter.header_no_time"    // no column of dates and times
	CodeNoEnergyColumn = "meter.header_no_energy"  // no energy column
	CodeUnitUnknown    = "meter.unit_unknown"      // the unit chosen is not one Greenline reads
	CodeUnitConflict   = "meter.unit_conflict"     // the header's unit is not the unit chosen
	CodeUnitMissing    = "meter.unit_missing"      // neither the header nor the caller gives the unit
	CodeFields         = "meter.fields"            // a row has not as many fields as the header
	CodeQuoteOpen      = "meter.quote_open"        // a quoted field is not closed on its line
	CodeQuoteText      = "meter.quote_text"        // text after the closing quote of a field
	CodeHeaderTooLong  = "meter.header_too_long"   // the header is longer than MaxLineBytes
	CodeLineTooLong    = "meter.line_too_long"     // a row longer than MaxLineBytes
	CodeTooManyRows    = "meter.too_many_rows"     // more rows than Options.MaxRows
	CodeTooBig         = "meter.too_big"           // more bytes than the most read at once
	CodeIDMissing      = "meter.id_missing"        // a row in a file with a meter column names no meter
	CodeIDTooLong      = "meter.id_too_long"       // a meter id longer than MaxIDBytes
	CodeIDEncoding     = "meter.id_encoding"       // a meter id that is not UTF-8 text
	CodeMeters         = "meter.meters"            // more meters than MaxMeters
	CodeSeveral        = "meter.several"           // several meters where one is read
	CodeTime           = "meter.time"              // not a date and time Greenline reads
	CodeTimeOffset     = "meter.time_offset"       // a date and time with an unreadable UTC offset
	CodeTimeYear       = "meter.time_year"         // a year before the first one read
	CodeTimeDay        = "meter.time_day"          // a day its month does not have
	CodeTime24         = "meter.time_24"           // the hour 24
	CodeTimeNoClock    = "meter.time_no_clock"     // a date without a time of day
	CodeDateAlone      = "meter.date_alone"        // the date column holds more than a date
	CodeStep           = "meter.step"              // an interval length other than 15, 30 or 60 minutes
	CodeOneRow         = "meter.one_row"           // one data row: the interval length cannot be told
	CodeMixed          = "meter.mixed"             // intervals of different lengths in one meter
	CodeMixedMeters    = "meter.mixed_meters"      // meters of a file with different interval lengths
	CodeOrder          = "meter.order"             // a row earlier than the row before it
	CodeDuplicate      = "meter.duplicate"         // an interval given twice
	CodeOffGrid        = "meter.off_grid"          // an interval that does not start on the step grid
	CodeSeconds        = "meter.seconds"           // an interval that starts some seconds past a minute
	CodeGap            = "meter.gap"               // one missing interval
	CodeGaps           = "meter.gaps"              // several missing intervals in a row
	CodeFirstHour      = "meter.first_hour"        // the first hour is not complete
	CodeLastHour       = "meter.last_hour"         // the last hour is not complete
	CodeRequired       = "required"                // an empty energy value
	CodeSyntax         = "number.syntax"           // not a plain decimal number
	CodeNegative       = "number.negative"         // a negative energy value
	CodeTooLarge       = "number.too_large"        // above MaxIntervalWh
	CodeTooLong        = "number.too_long"         // more characters than any sensible number has
	CodePrecision      = "number.precision"        // finer than one watt-hour
	CodeMore           = "more"                    // the last entry of a capped list: how many problems were left off
)

// MaxProblems is how many problems a refusal lists; the rest are counted
// in one final Error with code CodeMore.
const MaxProblems = 50

// An Error is one reason an input was refused: the core's one problem
// type. Row and Column are 1-based, as a spreadsheet numbers them, the
// header being row 1, and 0 when the problem is not in one row or one
// column; a problem with the sequence of one meter's rows (a gap, a
// repeat, the order, the step, the grid, an incomplete hour) in a file
// with a meter column names the meter in Meter. Field is "".
type Error = problem.Error

// Errors is every problem found in one input, in row and column order, at
// most MaxProblems of them followed, when more were found, by one Error
// with code CodeMore saying how many were left off.
type Errors = problem.Errors

// A collector gathers problems up to MaxProblems and counts the rest.
type collector struct {
	list Errors
	more int
}

// full reports whether another problem would only be counted; callers on
// a hot path check it before building a message.
func (c *collector) full() bool { return len(c.list) >= MaxProblems }

// add records problem.New(code, english, params...) at row and col.
func (c *collector) add(row, col int, code, english string, params ...string) {
	c.addMeter("", row, col, code, english, params...)
}

// addMeter adds a problem of the rows of one meter, named in the
// problem's Meter when it is not "".
func (c *collector) addMeter(meter string, row, col int, code, english string, params ...string) {
	if c.full() {
		c.more++
		return
	}
	e := problem.New(code, english, params...)
	e.Row, e.Column, e.Meter = row, col, meter
	c.list = append(c.list, e)
}

// put records e at row and col.
func (c *collector) put(row, col int, e *Error) {
	if c.full() {
		c.more++
		return
	}
	x := *e
	x.Row, x.Column = row, col
	c.list = append(c.list, x)
}

func (c *collector) count() int { return len(c.list) + c.more }

// result returns the problems in the order of their rows and columns (a
// stable sort: problems of one cell keep the order they were found in),
// or nil when there are none.
func (c *collector) result() error {
	if c.count() == 0 {
		return nil
	}
	ps := append(Errors(nil), c.list...)
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Row != ps[j].Row {
			return ps[i].Row < ps[j].Row
		}
		return ps[i].Column < ps[j].Column
	})
	if c.more > 0 {
		noun := "problems"
		if c.more == 1 {
			noun = "problem"
		}
		ps = append(ps, problem.New(CodeMore, "and {count} more "+noun, "count", strconv.Itoa(c.more)))
	}
	return ps
}

// fault returns the problem New(code, english, params...), unplaced.
func fault(code, english string, params ...string) *Error {
	e := problem.New(code, english, params...)
	return &e
}

// text returns b as a parameter: shortened to about 40 bytes (with "…"),
// invalid UTF-8 replaced.
func text(b []byte) string {
	const max = 40
	s := string(b)
	if len(b) > max {
		s = string(b[:max])
		s = strings.ToValidUTF8(s, "\uFFFD")
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
		return s + "…"
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
