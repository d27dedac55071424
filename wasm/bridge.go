// Command wasm is the browser's bridge to the calculation core. Built for
// GOOS=js GOARCH=wasm it runs in a Web Worker and exposes one function,
// greenline.call(op, input[, options]), that takes and returns text (JSON;
// errors are JSON too, an object with "errors"). The bridge only converts
// and dispatches; every answer is exactly what the CLI prints for the same
// input.
package main

import (
	"encoding/json"
	"runtime/debug"

	"github.com/greenline-calc/greenline/calc"
)

// Options are what an operation takes besides its input, given by the
// page as a small JSON object (the third argument of greenline.call).
type Options struct {
	// Unit is the energy unit of interval data whose header names none
	// ("kWh", "MWh"); the meter op uses it only then.
	Unit string `json:"unit,omitempty"`
	// Tables are the factor tables fetched from the Worker that the calc
	// op adds to the embedded ones, as `greenline calc --tables DIR` does.
	Tables []Kept `json:"tables,omitempty"`
}

// ops are the requests the page can make. Each takes a project file (or,
// for meter, interval data) as UTF-8 bytes and returns JSON text.
var ops = map[string]func(input []byte, o Options) string{
	"calc": func(in []byte, o Options) string {
		lib, errs := library(o.Tables)
		if errs != nil {
			return string(calc.Marshal(calc.Outcome{Errors: errs}))
		}
		out, _ := calc.RunWith(in, lib, func(r calc.Result) []byte { return calc.Marshal(r) })
		return string(out)
	},
	// validate answers {"errors": [...], "warnings": [...]}: calc.Validation.
	"validate": func(in []byte, _ Options) string {
		return string(calc.Marshal(calc.Validate(in)))
	},
	// meter takes interval data as CSV (UTF-8: the page hands a file's
	// bytes over as they are, and decodes GBK and other encodings with the
	// browser's TextDecoder first) and returns the hourly series with what
	// was detected, or the problems by row and column. o.Unit states the
	// unit when the header does not.
	"meter": func(in []byte, o Options) string {
		out, _ := calc.ImportMeter(in, o.Unit)
		return string(out)
	},
}

// handle answers one request. It never panics: a Go wasm instance that
// panics is dead for good, so any defect becomes an "internal" error and
// the instance keeps serving.
func handle(op string, input, options []byte) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = string(calc.Marshal(calc.Outcome{Errors: calc.Errors{calc.Internal(r, debug.Stack())}}))
		}
	}()
	f, ok := ops[op]
	if !ok {
		return string(calc.Marshal(calc.Outcome{Errors: calc.Errors{{Code: calc.CodeUnknown, Field: "op", Message: "unknown operation " + quote(op)}}}))
	}
	var o Options
	if len(options) > 0 {
		if err := json.Unmarshal(options, &o); err != nil {
			return string(calc.Marshal(calc.Outcome{Errors: calc.Errors{{Code: calc.CodeJSON, Field: "options", Message: "options are not a JSON object: " + err.Error()}}}))
		}
	}
	return f(input, o)
}

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return `"` + s + `"`
}
