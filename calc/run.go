package calc

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/internal/problem"
)

// An Outcome is what Run answers when the input is refused: every problem.
type Outcome struct {
	Errors Errors `json:"errors"`
}

// Run is the one calculation every front end calls: it decodes a project
// file, checks it, computes it with the embedded tables and returns the
// result JSON, or {"errors": [...]} when the input is refused. It never
// panics: a defect becomes an error with code "internal".
func Run(data []byte) (out []byte, ok bool) {
	return RunAs(data, func(r Result) []byte { return Marshal(r) })
}

// RunAs is Run with the result written by format instead of as JSON (CSV
// or HourlyCSV); a refused input gives the same errors JSON as Run.
func RunAs(data []byte, format func(Result) []byte) (out []byte, ok bool) {
	return RunWith(data, factors.Default(), format)
}

// RunWith is RunAs with the factor tables of lib instead of the embedded
// ones: a project computed with tables fetched from the Worker
// (factors.Library.With) gives the same bytes in the CLI and the page.
func RunWith(data []byte, lib *factors.Library, format func(Result) []byte) (out []byte, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			out, ok = Marshal(Outcome{Errors{Internal(r, debug.Stack())}}), false
		}
	}()
	p, err := Decode(data)
	if err == nil {
		var r Result
		if r, err = Calculate(p, lib); err == nil {
			return format(r), true
		}
	}
	return Marshal(Outcome{AsErrors(err)}), false
}

// AsErrors is err as the core's problems: its Errors when it holds them,
// else one "internal" problem carrying its text.
func AsErrors(err error) Errors {
	var errs Errors
	if !errors.As(err, &errs) {
		errs = Errors{problem.New(CodeInternal, "{detail}", "detail", err.Error())}
	}
	return errs
}

// A Validation is what validate answers: the problems that refuse the
// project, as calc answers them, and, for a project without any, the
// warnings: what calc would compute but leave out, such as a certificate
// that can never count. Both lists are present, empty when there is
// nothing to say.
type Validation struct {
	Errors   Errors `json:"errors"`
	Warnings Errors `json:"warnings"`
}

// Validate decodes and checks a project file without computing it.
func Validate(data []byte) Validation { return ValidateWith(data, factors.Default()) }

// ValidateWith is Validate with the factor tables of lib.
func ValidateWith(data []byte, lib *factors.Library) Validation {
	v := Validation{Errors: Errors{}, Warnings: Errors{}}
	p, err := Decode(data)
	if err != nil {
		errors.As(err, &v.Errors)
		return v
	}
	m, errs := check(p, lib)
	if len(errs) > 0 {
		v.Errors = errs
		return v
	}
	if w := warnings(m); w != nil {
		v.Warnings = w
	}
	return v
}

// Internal turns a recovered panic into an Error that asks to be reported.
func Internal(r any, stack []byte) Error {
	const keep = 2000
	if len(stack) > keep {
		stack = stack[:keep]
	}
	return problem.New(CodeInternal, "Greenline hit a defect ({detail}); please report it with your input. "+string(stack), "detail", fmt.Sprint(r))
}
