package calc

import (
	"strconv"
	"unicode/utf8"

	"github.com/greenline-calc/greenline/calc/codec"
	"github.com/greenline-calc/greenline/calc/internal/problem"
)

//go:generate go test -run TestCodecGenerated -update .

// Decode reads a project from JSON. It refuses oversized input, a file of
// a newer format, anything but an object at the top, a key given twice in
// one object (or twice up to case), a key that names a field only when
// case is ignored, unknown fields and trailing data, and reports where the
// JSON went wrong: the field path, or the line and column.
func Decode(data []byte) (Project, error) {
	var p Project
	if len(data) > MaxProjectBytes {
		return p, Errors{problem.New(CodeInputTooBig, "the project is {bytes} bytes; at most {max} are accepted",
			"bytes", strconv.Itoa(len(data)), "max", strconv.Itoa(MaxProjectBytes))}
	}
	errs := decode(data, &tyProject, func(r *codec.Reader) { decProject(r, &p) })
	if watchDecode != nil {
		watchDecode(data, p, errs)
	}
	if errs != nil {
		return p, errs
	}
	return p, nil
}

// watchDecode, when set (by the tests), sees every project Decode reads
// and what it made of it.
var watchDecode func(data []byte, p Project, errs Errors)

// decode reads data, one JSON value of type t (a project's, or else a
// statement's), with read, in one pass. It refuses what encoding/json
// would refuse, and what it would let pass or word in Go's terms: a
// top-level value that is not an object (for a project), a newer project
// format, a key given twice in one object, a key that matches a field
// only when case is ignored, and unknown fields, named with the path of
// their object. It words each problem as Greenline did when it read
// projects with encoding/json, after a strict byte scan
// (oldjson_test.go keeps both; the differential test holds them equal).
// Trailing data is the caller's to refuse.
func decode(data []byte, t *codec.Type, read func(*codec.Reader)) Errors {
	project := t == &tyProject
	i := 0
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	if i == len(data) {
		return Errors{cutShort(data)}
	}
	object := data[i] == '{'
	if !object {
		if e := codec.Valid(data); e != nil {
			off := e.Offset
			if off == len(data) {
				off-- // Unmarshal places the end of the input on its last byte
			}
			return Errors{syntaxError(data, off, e.Msg)}
		}
		if project {
			kind := map[byte]string{'[': "array", '"': "string", 't': "boolean", 'f': "boolean", 'n': "null"}[data[i]]
			if kind == "" {
				kind = "number"
			}
			return Errors{problem.New(CodeNotObject, "a project is a JSON object, not a JSON {found}", "found", kind)}
		}
	}
	r := codec.NewReader(data)
	if project {
		r.Watch = "format"
	}
	if !r.Run(func() { read(r) }) {
		problems, more, watched, ok := codec.Loose(data, t, r.Watch)
		if errs := newer(watched); errs != nil {
			return errs
		}
		if ok && len(problems) > 0 {
			return strictErrors(problems, more)
		}
		e := codec.Syntax(data)
		if e == nil || e.Msg == "" {
			return Errors{cutShort(data)}
		}
		return Errors{syntaxError(data, e.Offset, e.Msg)}
	}
	if errs := newer(r.Watched); errs != nil {
		return errs
	}
	if object && len(r.Problems) > 0 {
		return strictErrors(r.Problems, r.Extra)
	}
	if r.Fatal != nil {
		return Errors{r.Fatal.(Error)}
	}
	if e := r.Type; e != nil {
		return Errors{problem.New(CodeType, "has the wrong type: expected {expected}, found a JSON {found}",
			"expected", e.Expected, "found", e.Found).At(e.Field)}
	}
	if r.Rest() {
		what := "project"
		if !project {
			what = "statement"
		}
		return Errors{problem.New(CodeTrailing, "unexpected data after the "+what+" object")}
	}
	return nil
}

// newer refuses a project of a newer format than FormatVersion, given
// the raw text of its "format" values.
func newer(formats []string) Errors {
	found := ""
	for _, f := range formats {
		if v, err := strconv.Atoi(f); err == nil && v > FormatVersion {
			found = strconv.Itoa(v)
		}
	}
	if found == "" {
		return nil
	}
	return Errors{problem.New(CodeFormatNewer, "this file was made by a newer Greenline (format {format}); this version reads format {supported}: open it with the newer version",
		"format", found, "supported", strconv.Itoa(FormatVersion)).At("format")}
}

// strictErrors words the keys the strict reading refuses.
func strictErrors(problems []codec.Problem, more int) Errors {
	var errs Errors
	for _, p := range problems {
		switch p.Kind {
		case codec.Duplicate:
			errs.Add(CodeDuplicateKey, p.Field, "\"{name}\" is given twice in one object; give each field once", "name", p.Name)
		case codec.Case:
			errs.Add(CodeKeyCase, p.Field, "\"{name}\" is not \"{field}\": field names are written exactly, in lower case", "name", p.Name, "field", p.Other)
		case codec.CaseTwice:
			errs.Add(CodeKeyCase, p.Field, "\"{name}\" differs from \"{field}\", given before, only in case: give each key once", "name", p.Name, "field", p.Other)
		default:
			errs.Add(CodeUnknownField, p.Field, "\"{name}\" is not a field Greenline reads here", "name", p.Name)
		}
	}
	if more > 0 {
		errs.Add(CodeMore, "", "and {count} more problems of the same kinds", "count", strconv.Itoa(more))
	}
	return errs
}

// cutShort is the problem of input that ends before its value does.
func cutShort(data []byte) Error {
	line, col := position(data, int64(len(data)))
	return problem.New(CodeJSON, "line {line}, column {column}: the project is empty or cut short", "line", strconv.Itoa(line), "column", strconv.Itoa(col))
}

// syntaxError is the problem of the byte at offset, which breaks the
// JSON syntax as msg says.
func syntaxError(data []byte, offset int, msg string) Error {
	line, col := position(data, int64(offset))
	return problem.New(CodeJSON, "line {line}, column {column}: "+msg, "line", strconv.Itoa(line), "column", strconv.Itoa(col))
}

// position returns the line and column (in characters, from 1) of the
// byte at offset in data.
func position(data []byte, offset int64) (line, col int) {
	line, col = 1, 1
	for _, b := range data[:max(0, min(int(offset), len(data)))] {
		switch {
		case b == '\n':
			line, col = line+1, 1
		case utf8.RuneStart(b):
			col++
		}
	}
	return line, col
}

// index formats a field path element such as "facilities[2]".
func index(name string, i int) string { return name + "[" + strconv.Itoa(i) + "]" }
