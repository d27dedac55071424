// Package problem is the one shape of an input problem in the core: a
// code that says what is wrong (so that a page can word it in the user's
// language), the field it is about and a message in English. Package calc
// and its subpackages share it, so that errors pass between them unchanged.
package problem

import (
	"fmt"
	"strings"
)

// An Error is one problem with the input: its code, the path of the field
// (as "facilities[0].electricity.monthly[3]"; empty for the whole input)
// and a message in English.
type Error struct {
	Code    string `json:"code"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

func (e Error) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + ": " + e.Message
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

// Add records a problem at field, its message formatted as by fmt.Sprintf.
func (es *Errors) Add(code, field, format string, args ...any) {
	*es = append(*es, Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)})
}

// Err returns es as an error, or nil when there is no problem.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}
