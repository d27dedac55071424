// Command wasm is the browser's bridge to the calculation core. Built for
// GOOS=js GOARCH=wasm it runs in a Web Worker and exposes one function,
// greenline.call(op, input), that takes and returns text (JSON, or CSV for
// the csv op; errors are always JSON, beginning with "{"). The bridge
// only converts and dispatches; every answer is exactly what the CLI prints
// for the same input.
package main

import (
	"bytes"
	"runtime/debug"

	"github.com/greenline-calc/greenline/calc"
)

// ops are the requests the page can make. Each takes a project file (or,
// for meter, interval data) as UTF-8 bytes and returns JSON text, except
// csv, which returns CSV text unless the input is refused.
var ops = map[string]func(input []byte) string{
	"calc": func(in []byte) string {
		out, _ := calc.Run(in)
		return string(out)
	},
	// csv answers what `greenline calc --format csv` prints: the result as
	// a table (calc.CSV), or the errors JSON of the calc op.
	"csv": func(in []byte) string {
		out, _ := calc.RunAs(in, calc.CSV)
		return string(out)
	},
	// validate answers {"errors": [...], "warnings": [...]}: calc.Validation.
	"validate": func(in []byte) string {
		return string(calc.Marshal(calc.Validate(in)))
	},
	// meter takes interval data as CSV (UTF-8: the page hands a file's
	// bytes over as they are, and decodes GBK and other encodings with the
	// browser's TextDecoder first) and returns the hourly series with what
	// was detected, or the problems by row and column. A first line
	// "#unit=MWh" states the unit when the header does not.
	"meter": func(in []byte) string {
		unit := ""
		if rest, ok := bytes.CutPrefix(in, []byte("#unit=")); ok {
			var u []byte
			u, in, _ = bytes.Cut(rest, []byte("\n"))
			unit = string(bytes.TrimSpace(u))
		}
		out, _ := calc.ImportMeter(in, unit)
		return string(out)
	},
}

// handle answers one request. It never panics: a Go wasm instance that
// panics is dead for good, so any defect becomes an "internal" error and
// the instance keeps serving.
func handle(op string, input []byte) (out string) {
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
