package meter

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Problem codes. The code says what is wrong, so that a page can show the
// message in the user's language; Row and Column say where. The number
// codes are the same strings as package calc uses for the same faults.
const (
	CodeEmpty       = "meter.empty"         // no header, or no data rows
	CodeEncoding    = "meter.encoding"      // not UTF-8 text
	CodeHeader      = "meter.header"        // the columns are not recognised, or ambiguous
	CodeUnit        = "meter.unit"          // the energy unit is missing, unknown or contradicted
	CodeFields      = "meter.fields"        // a row has not as many fields as the header
	CodeQuote       = "meter.quote"         // a quoted field is not closed, or has text after its closing quote
	CodeLineTooLong = "meter.line_too_long" // a line longer than MaxLineBytes
	CodeTooManyRows = "meter.too_many_rows" // more rows than Options.MaxRows
	CodeTooBig      = "meter.too_big"       // more bytes than Options.MaxBytes
	CodeMeterID     = "meter.id"            // a row's meter is empty, too long or not text
	CodeMeters      = "meter.meters"        // more meters than MaxMeters, or several where one is read
	CodeTime        = "meter.time"          // not a date and time of day Greenline reads
	CodeStep        = "meter.step"          // the interval length cannot be told, or is not 15, 30 or 60 minutes
	CodeMixed       = "meter.mixed"         // intervals of different lengths in one file
	CodeOrder       = "meter.order"         // a row earlier than the row before it
	CodeDuplicate   = "meter.duplicate"     // an interval given twice
	CodeOffGrid     = "meter.off_grid"      // an interval that does not start on the step grid, so overlaps others
	CodeGap         = "meter.gap"           // missing intervals
	CodePartialHour = "meter.partial_hour"  // the first or last hour is not complete
	CodeRequired    = "required"            // an empty energy value
	CodeSyntax      = "number.syntax"       // not a plain decimal number
	CodeNegative    = "number.negative"     // a negative energy value
	CodeTooLarge    = "number.too_large"    // above MaxIntervalWh
	CodeTooLong     = "number.too_long"     // more characters than any sensible number has
	CodePrecision   = "number.precision"    // finer than one watt-hour
	CodeMore        = "more"                // the last entry of a capped list: how many problems were left off
)

// MaxProblems is how many problems a refusal lists; the rest are counted
// in one final Problem with code CodeMore.
const MaxProblems = 50

// A Problem is one reason an input was refused: where (Row and Column are
// 1-based, as a spreadsheet numbers them, the header being row 1; 0 when
// the problem is not in one row or one column), a code and a message in
// English. In a file with a meter column, a problem with the sequence of
// one meter's rows (a gap, a repeat, the order, the step, the grid, an
// incomplete hour) also names the meter, in Meter and at the start of the
// message (meter "A": …).
type Problem struct {
	Row     int    `json:"row"`
	Column  int    `json:"column"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Meter   string `json:"meter,omitempty"`
}

func (p Problem) Error() string {
	switch {
	case p.Row == 0:
		return p.Message
	case p.Column == 0:
		return "row " + strconv.Itoa(p.Row) + ": " + p.Message
	}
	return "row " + strconv.Itoa(p.Row) + ", column " + strconv.Itoa(p.Column) + ": " + p.Message
}

// Problems is every problem found in one input, in row and column order, at most
// MaxProblems of them followed, when more were found, by one Problem with
// code CodeMore saying how many were left off.
type Problems []Problem

func (ps Problems) Error() string {
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Error()
	}
	return strings.Join(msgs, "\n")
}

// A collector gathers problems up to MaxProblems and counts the rest.
type collector struct {
	list Problems
	more int
}

// full reports whether another problem would only be counted; callers on
// a hot path check it before building a message.
func (c *collector) full() bool { return len(c.list) >= MaxProblems }

func (c *collector) add(row, col int, code, format string, args ...any) {
	c.addMeter("", row, col, code, format, args...)
}

// addMeter adds a problem of the rows of one meter; its message starts
// with the meter's id when the id is not "".
func (c *collector) addMeter(meter string, row, col int, code, format string, args ...any) {
	if c.full() {
		c.more++
		return
	}
	msg := fmt.Sprintf(format, args...)
	if meter != "" {
		msg = "meter " + quote([]byte(meter)) + ": " + msg
	}
	c.list = append(c.list, Problem{Row: row, Column: col, Code: code, Message: msg, Meter: meter})
}

func (c *collector) count() int { return len(c.list) + c.more }

// result returns the problems in the order of their rows and columns (a
// stable sort: problems of one cell keep the order they were found in),
// or nil when there are none.
func (c *collector) result() error {
	if c.count() == 0 {
		return nil
	}
	ps := append(Problems(nil), c.list...)
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
		ps = append(ps, Problem{Code: CodeMore, Message: "and " + strconv.Itoa(c.more) + " more " + noun})
	}
	return ps
}
