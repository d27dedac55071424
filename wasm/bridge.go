// Command wasm is the browser's bridge to the calculation core. Built for
// GOOS=js GOARCH=wasm it runs in a Web Worker and exposes one function,
// greenline.call(op, input[, options]), that takes and returns text (JSON;
// errors are JSON too, an object with "errors"). The bridge only converts
// and dispatches; every answer is exactly what the CLI prints for the same
// input.
package main

import (
	"runtime/debug"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/factors"
)

//go:generate go test -run TestCodecGenerated -update .

// Options are what an operation takes besides its input, given by the
// page as a small JSON object (the third argument of greenline.call).
type Options struct {
	// Tables are the factor tables fetched from the Worker that the calc
	// op adds to the embedded ones, as `greenline calc --tables DIR` does.
	Tables []Kept `json:"tables,omitempty"`
}

// ops are the requests the page can make through greenline.call. Each
// takes a project file as UTF-8 bytes and returns JSON text. Interval
// data goes through greenline.meter (meter_js.go) instead.
var ops = map[string]func(input []byte, o Options) []byte{
	"calc": func(in []byte, o Options) []byte {
		lib, errs := library(o.Tables)
		if errs != nil {
			return calc.Marshal(calc.Outcome{Errors: errs})
		}
		out, _ := calc.RunWith(in, lib, func(r calc.Result) []byte { return calc.Marshal(r) })
		return out
	},
	// validate answers {"errors": [...], "warnings": [...]}: calc.Validation.
	"validate": func(in []byte, _ Options) []byte {
		return calc.Marshal(calc.Validate(in))
	},
	// statements issues the allocation statement of every user of an
	// operator's project: each file's bytes exactly as `greenline
	// statements` writes them (calc.IssueStatements). The answer is one
	// line of JSON, Issued, naming each file with its length in bytes,
	// then the files one after the other, as they are: 17 MB of statements
	// are not escaped into a JSON string and parsed back. The page gets
	// these bytes as they are too (bytesOps), not as text.
	"statements": func(in []byte, _ Options) []byte {
		sts, files, err := calc.IssueStatements(in, factors.Default())
		if err != nil {
			return calc.Marshal(calc.Outcome{Errors: calc.AsErrors(err)})
		}
		head := Issued{Statements: make([]IssuedFile, len(sts))}
		size := 0
		for i, st := range sts {
			head.Statements[i] = IssuedFile{Name: calc.StatementFileName(i, st), User: st.User.Name, Facility: st.User.Facility,
				Supply: st.Supply.ID, Green: st.Annual.Green, SHA256: st.SHA256, Length: len(files[i])}
			size += len(files[i])
		}
		h := encIssued(nil, &head) // as encoding/json's Marshal wrote it
		b := make([]byte, 0, len(h)+1+size)
		b = append(append(b, h...), '\n')
		for _, f := range files {
			b = append(b, f...)
		}
		return b
	},
}

// bytesOps are the operations whose answer the page takes as bytes (a
// Uint8Array), not as text.
var bytesOps = map[string]bool{"statements": true}

// Issued is the first line of the statements op's answer.
type Issued struct {
	Statements []IssuedFile `json:"statements"`
}

// An IssuedFile is one statement: its file name, its length in the
// answer in bytes, and the user, supply, green kWh and hash the page
// lists.
type IssuedFile struct {
	Name     string `json:"name"`
	User     string `json:"user"`
	Facility string `json:"facility"`
	Supply   string `json:"supply"`
	Green    string `json:"green"`
	SHA256   string `json:"sha256"`
	Length   int    `json:"length"`
}

// handle answers one request. It never panics: a Go wasm instance that
// panics is dead for good, so any defect becomes an "internal" error and
// the instance keeps serving.
func handle(op string, input, options []byte) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = calc.Marshal(calc.Outcome{Errors: calc.Errors{calc.Internal(r, debug.Stack())}})
		}
	}()
	f, ok := ops[op]
	if !ok {
		return calc.Marshal(calc.Outcome{Errors: calc.Errors{{Code: calc.CodeUnknown, Field: "op", Message: "unknown operation " + quote(op)}}})
	}
	var o Options
	if len(options) > 0 {
		if err := readOptions(options, true, false, &o); err != nil { // as encoding/json's Unmarshal read it
			return calc.Marshal(calc.Outcome{Errors: calc.Errors{{Code: calc.CodeJSON, Field: "options", Message: "options are not a JSON object: " + err.Error()}}})
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
