package profile

import "github.com/greenline-calc/greenline/calc/internal/problem"

// Error codes. Those with a counterpart in package calc have the same text
// and meaning, so that a page can show the message in the user's language.
const (
	CodeNegative  = "number.negative"
	CodeTooLarge  = "number.too_large"
	CodeRange     = "number.range"          // outside an interval with both ends given
	CodeUnknown   = "value.unknown"         // not one of the allowed values
	CodeYear      = "date.year"             // a year outside the years read
	CodeNoSun     = "profile.no_sun"        // a month's yield with no hour of sun to carry it
	CodeNoSunAll  = "profile.no_sun_period" // no hour of sun in the whole period
	CodeNoWorkday = "profile.no_workday"    // a month's bill with no working day and no base load
)

// An Error is one problem with the input: its code, the input it is about
// (as "monthlyWh[3]" or "site.latitude"; month indices count from the
// first month of the period) and a message in English. It is the core's
// one error shape, shared with package calc.
type Error = problem.Error

// Errors is every problem found in one call's input, in argument order.
type Errors = problem.Errors
