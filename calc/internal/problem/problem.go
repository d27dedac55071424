// Package problem is the one shape of an answer the core words for a
// person: a stable code that says what it is (so that a page can word it in
// the user's language), the place it is about, named parameters, and the
// same sentence in English for the command line. An Error is a problem
// with the input; a Note is a reason, note or classification that comes
// with a result. Package calc and its subpackages share both, so that they
// pass between them unchanged.
package problem

import (
	"strconv"
	"strings"
)

// An Error is one problem with the input: its code, where it is, its
// parameters and a message in English.
//
// Field is the path of the field (as "facilities[0].electricity.monthly[3]";
// empty for the whole input or a file). Row and Column are 1-based, as a
// spreadsheet numbers them (0 when the problem is not in one row or one
// column); Cell and Sheet name the place in a workbook ("B5", "Sheet1");
// Meter is the meter whose rows the problem is about. Params holds the
// values the message is made of, by name: numbers as exact decimal
// strings, names and values as the user typed them. Message is the
// English sentence made from Params; a page words the code itself and
// never reads Message.
type Error struct {
	Code    string            `json:"code"`
	Field   string            `json:"field"`
	Row     int               `json:"row,omitempty"`
	Column  int               `json:"column,omitempty"`
	Cell    string            `json:"cell,omitempty"`
	Sheet   string            `json:"sheet,omitempty"`
	Meter   string            `json:"meter,omitempty"`
	Params  map[string]string `json:"params,omitempty"`
	Message string            `json:"message"`
}

// New returns the problem with code whose message is english with every
// {name} replaced by the value of the parameter name. params alternate
// names and values: New("number.negative", "{value} is negative",
// "value", "-3").
func New(code, english string, params ...string) Error {
	p := Params(params...)
	return Error{Code: code, Params: p, Message: Fill(english, p)}
}

// At returns e placed at field.
func (e Error) At(field string) Error {
	e.Field = field
	return e
}

// Error returns the message with its place in front, as the command line
// prints it: "facilities[0].id: …", "row 12, column 2: …",
// "Sheet1!B5: …", and meter "A": … for a problem of one meter's rows.
func (e Error) Error() string {
	var b strings.Builder
	switch {
	case e.Field != "":
		b.WriteString(e.Field + ": ")
	case e.Cell != "":
		if e.Sheet != "" {
			b.WriteString(e.Sheet + "!")
		}
		b.WriteString(e.Cell + ": ")
	case e.Row != 0:
		b.WriteString("row " + strconv.Itoa(e.Row))
		if e.Column != 0 {
			b.WriteString(", column " + strconv.Itoa(e.Column))
		}
		b.WriteString(": ")
	}
	if e.Meter != "" {
		b.WriteString("meter " + strconv.Quote(e.Meter) + ": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// Errors is every problem found in one input, in field order.
type Errors []Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Add records the problem New(code, english, params...) at field.
func (es *Errors) Add(code, field, english string, params ...string) {
	*es = append(*es, New(code, english, params...).At(field))
}

// Put records e at field.
func (es *Errors) Put(field string, e Error) {
	*es = append(*es, e.At(field))
}

// Err returns es as an error, or nil when there is no problem.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// A Note is a reason, a note or a classification that comes with a
// result: its code, its parameters and its message in English made from
// them. Status is set on the reasons for accepting or refusing an
// instrument against the Scope 2 Quality Criteria: "met", "failed" or
// "disclosed".
type Note struct {
	Code    string            `json:"code"`
	Status  string            `json:"status,omitempty"`
	Params  map[string]string `json:"params,omitempty"`
	Message string            `json:"message"`
}

// NewNote returns the note with code whose message is english with its
// parameters filled in, as New does.
func NewNote(code, english string, params ...string) Note {
	p := Params(params...)
	return Note{Code: code, Params: p, Message: Fill(english, p)}
}

// Params makes a parameter map of alternating names and values; nil when
// there are none. A name without a value gets "".
func Params(kv ...string) map[string]string {
	if len(kv) == 0 {
		return nil
	}
	m := make(map[string]string, (len(kv)+1)/2)
	for i := 0; i < len(kv); i += 2 {
		v := ""
		if i+1 < len(kv) {
			v = kv[i+1]
		}
		m[kv[i]] = v
	}
	return m
}

// Fill replaces every {name} in template by params[name]. A brace that
// opens no known name stays as it is.
func Fill(template string, params map[string]string) string {
	if !strings.Contains(template, "{") {
		return template
	}
	var b strings.Builder
	b.Grow(filledLen(template, params)) // one allocation for the message
	for {
		i := strings.IndexByte(template, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(template[i:], '}')
		if j < 0 {
			break
		}
		v, ok := params[template[i+1:i+j]]
		if !ok {
			b.WriteString(template[:i+1])
			template = template[i+1:]
			continue
		}
		b.WriteString(template[:i])
		b.WriteString(v)
		template = template[i+j+1:]
	}
	b.WriteString(template)
	return b.String()
}

// filledLen is the length of Fill(template, params).
func filledLen(template string, params map[string]string) int {
	n := len(template)
	for rest := template; ; {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			return n
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return n
		}
		v, ok := params[rest[i+1:i+j]]
		if !ok {
			rest = rest[i+1:]
			continue
		}
		n += len(v) - (j + 1)
		rest = rest[i+j+1:]
	}
}

// Names returns the names in template's {name} placeholders, in order.
func Names(template string) []string {
	var names []string
	for {
		i := strings.IndexByte(template, '{')
		if i < 0 {
			return names
		}
		j := strings.IndexByte(template[i:], '}')
		if j < 0 {
			return names
		}
		names = append(names, template[i+1:i+j])
		template = template[i+j+1:]
	}
}

// A Code is one code the core can emit with the names of its parameters,
// as a page needs them to word it. Kind says what carries it: "error"
// (an Error), "note" (a Note) or "step" (a step of a trace).
type Code struct {
	Code   string   `json:"code"`
	Kind   string   `json:"kind"`
	Params []string `json:"params"`
}
