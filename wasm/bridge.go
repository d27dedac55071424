// Command wasm is the browser's bridge to the calculation core. Built for
// GOOS=js GOARCH=wasm it runs in a Web Worker and exposes one function,
// greenline.call(op, input), that takes and returns JSON text. The bridge
// only converts and dispatches; every answer is exactly what the CLI prints
// for the same input.
package main

import (
	"runtime/debug"
	"strings"

	"github.com/greenline-calc/greenline/calc"
)

// ops are the requests the page can make. Each takes a project file and
// returns JSON text.
var ops = map[string]func(input string) string{
	"calc": func(in string) string {
		out, _ := calc.Run([]byte(in))
		return string(out)
	},
	"validate": func(in string) string {
		return string(calc.Marshal(calc.Outcome{Errors: orEmpty(calc.Validate([]byte(in)))}))
	},
	// meter takes interval data as CSV text (the page decodes GBK and other
	// encodings with the browser's TextDecoder first) and returns the hourly
	// series with what was detected, or the problems by row and column. A
	// first line "#unit=MWh" states the unit when the header does not.
	"meter": func(in string) string {
		unit := ""
		if rest, ok := strings.CutPrefix(in, "#unit="); ok {
			unit, in, _ = strings.Cut(rest, "\n")
			unit = strings.TrimSpace(unit)
		}
		out, _ := calc.ImportMeter([]byte(in), unit)
		return string(out)
	},
}

func orEmpty(errs calc.Errors) calc.Errors {
	if errs == nil {
		return calc.Errors{}
	}
	return errs
}

// handle answers one request. It never panics: a Go wasm instance that
// panics is dead for good, so any defect becomes an "internal" error and
// the instance keeps serving.
func handle(op, input string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = string(calc.Marshal(calc.Outcome{Errors: calc.Errors{calc.Internal(r, debug.Stack())}}))
		}
	}()
	f, ok := ops[op]
	if !ok {
		return string(calc.Marshal(calc.Outcome{Errors: calc.Errors{{Code: calc.CodeUnknown, Field: "op", Message: "unknown operation " + quote(op)}}}))
	}
	return f(input)
}

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return `"` + s + `"`
}
