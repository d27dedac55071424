package calc

import "github.com/greenline-calc/greenline/calc/internal/problem"

// Error codes. The code says what is wrong, so that a page can show the
// message in the user's language; Field says where.
const (
	CodeRequired    = "required"      // a required value is missing
	CodeSyntax      = "number.syntax" // not a plain decimal number
	CodeNegative    = "number.negative"
	CodeTooLarge    = "number.too_large"
	CodeTooLong     = "number.too_long"  // more characters than any sensible number has
	CodePrecision   = "number.precision" // finer than one watt-hour
	CodeUnknown     = "value.unknown"    // not one of the allowed values
	CodeCount       = "value.count"      // wrong number of items
	CodeJSON        = "input.json"       // the input is not well-formed JSON of the right shape
	CodeInputTooBig = "input.too_large"
	CodeFormat      = "input.format"     // an unsupported project format version
	CodeInternal    = "internal"         // a defect in Greenline; the message says what to report
	CodeRange       = "number.range"     // outside an interval with both ends (from calc/profile)
	CodeNoHours     = "profile.no_hours" // a month's energy with no hour to carry it (from calc/profile)
)

// An Error is one problem with the input: its code, the path of the field
// (as "facilities[0].electricity.monthly[3]"; empty for the whole input)
// and a message in English.
type Error = problem.Error

// Errors is every problem found in one input, in field order.
type Errors = problem.Errors
