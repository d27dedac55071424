package profile

import "strings"

// Error codes. Those with a counterpart in package calc have the same text
// and meaning, so that a page can show the message in the user's language.
const (
	CodeNegative = "number.negative"
	CodeTooLarge = "number.too_large"
	CodeRange    = "number.range"     // outside an interval with both ends given
	CodeUnknown  = "value.unknown"    // not one of the allowed values
	CodeNoHours  = "profile.no_hours" // energy for a month none of whose hours may carry it
)

// An Error is one problem with the input: its code, the input it is about
// (as "monthlyWh[3]" or "site.latitude"; month indices count from the
// first month of the period) and a message in English.
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

// Errors is every problem found in one call's input, in argument order.
type Errors []Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

func (es *Errors) add(code, field, msg string) {
	*es = append(*es, Error{Code: code, Field: field, Message: msg})
}

// err returns es as an error, or nil when there is no problem.
func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}
