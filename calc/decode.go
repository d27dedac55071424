package calc

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/greenline-calc/greenline/calc/internal/problem"
)

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
	if errs := strict(data); errs != nil {
		return p, errs
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields() // strict names them with their place; this is the backstop
	if err := dec.Decode(&p); err != nil {
		return p, Errors{jsonError(data, err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return p, Errors{problem.New(CodeTrailing, "unexpected data after the project object")}
	}
	return p, nil
}

// maxStrictProblems caps the problems strict lists; one CodeMore entry
// counts the rest (a file may repeat one key millions of times).
const maxStrictProblems = 50

// strict reads the first JSON value of data token by token along the
// Project type and returns what encoding/json would let pass or word in
// Go's terms: a top-level value that is not an object, a newer format, a
// key given twice in one object, a key that matches a field only when
// case is ignored (encoding/json would take it), and unknown fields named
// with the path of their object. It returns nil when it finds nothing, or
// when the value is not well-formed JSON: Decode's own error then says
// where the syntax breaks.
func strict(data []byte) Errors {
	s := scanner{dec: json.NewDecoder(bytes.NewReader(data))}
	s.dec.UseNumber()
	tok, err := s.dec.Token()
	if err != nil {
		return nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return Errors{problem.New(CodeNotObject, "a project is a JSON object, not a JSON {found}", "found", tokenKind(tok))}
	}
	if err := s.object(reflect.TypeFor[Project](), ""); err != nil {
		if s.newer != "" {
			return s.newerError()
		}
		return nil
	}
	if s.newer != "" {
		return s.newerError()
	}
	if s.more > 0 {
		s.errs.Add(CodeMore, "", "and {count} more problems of the same kinds", "count", strconv.Itoa(s.more))
	}
	return s.errs
}

// A scanner walks JSON tokens alongside the Go type they decode into.
type scanner struct {
	dec   *json.Decoder
	errs  Errors
	more  int    // problems found beyond maxStrictProblems
	newer string // the format of a file newer than FormatVersion
}

func (s *scanner) add(code, field, english string, params ...string) {
	if len(s.errs) >= maxStrictProblems {
		s.more++
		return
	}
	s.errs.Add(code, field, english, params...)
}

func (s *scanner) newerError() Errors {
	return Errors{problem.New(CodeFormatNewer, "this file was made by a newer Greenline (format {format}); this version reads format {supported}: open it with the newer version",
		"format", s.newer, "supported", strconv.Itoa(FormatVersion)).At("format")}
}

// value reads the rest of the value that begins with tok, of Go type t
// (nil when unknown), at path.
func (s *scanner) value(tok json.Token, t reflect.Type, path string) error {
	d, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if d == '{' {
		return s.object(t, path)
	}
	var elem reflect.Type
	if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
		elem = t.Elem()
	}
	for i := 0; s.dec.More(); i++ {
		tok, err := s.dec.Token()
		if err != nil {
			return err
		}
		if err := s.value(tok, elem, path+"["+strconv.Itoa(i)+"]"); err != nil {
			return err
		}
	}
	_, err := s.dec.Token() // ']'
	return err
}

// object reads the members of an object whose '{' was read.
func (s *scanner) object(t reflect.Type, path string) error {
	fields := jsonFields(t)
	seen := map[string]bool{}     // keys as written
	folded := map[string]string{} // key folded for case → its first spelling
	for s.dec.More() {
		tok, err := s.dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		at := key
		if path != "" {
			at = path + "." + key
		}
		fold := strings.ToLower(strings.ToUpper(key))
		prev, caseDup := folded[fold]
		if !caseDup {
			folded[fold] = key
		}
		var ft reflect.Type
		switch f, exact := fields[key]; {
		case seen[key]:
			s.add(CodeDuplicateKey, at, "\"{name}\" is given twice in one object; give each field once", "name", key)
		case exact:
			ft = f.typ
		case fields != nil:
			if name, ok := foldField(fields, key); ok {
				s.add(CodeKeyCase, at, "\"{name}\" is not \"{field}\": field names are written exactly, in lower case", "name", key, "field", name)
			} else {
				s.add(CodeUnknownField, path, "\"{name}\" is not a field Greenline reads here", "name", key)
			}
		case caseDup:
			s.add(CodeKeyCase, at, "\"{name}\" differs from \"{field}\", given before, only in case: give each key once", "name", key, "field", prev)
		}
		seen[key] = true
		tok, err = s.dec.Token()
		if err != nil {
			return err
		}
		if path == "" && key == "format" {
			if n, ok := tok.(json.Number); ok {
				if v, err := strconv.Atoi(string(n)); err == nil && v > FormatVersion {
					s.newer = string(n)
				}
			}
		}
		if err := s.value(tok, ft, at); err != nil {
			return err
		}
	}
	_, err := s.dec.Token() // '}'
	return err
}

// A jsonField is one field of a struct as encoding/json names it.
type jsonField struct{ typ reflect.Type }

// jsonFields maps the JSON names of t's fields to their types, or is nil
// when t is not a struct (a map, or a value of the wrong type, which
// Decode refuses itself).
func jsonFields(t reflect.Type) map[string]jsonField {
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	out := map[string]jsonField{}
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		out[name] = jsonField{f.Type}
	}
	return out
}

// foldField returns the field that key names when case is ignored, as
// encoding/json matches it.
func foldField(fields map[string]jsonField, key string) (string, bool) {
	for name := range fields {
		if strings.EqualFold(name, key) {
			return name, true
		}
	}
	return "", false
}

// tokenKind names the JSON kind of a token that begins a value.
func tokenKind(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			return "array"
		}
		return "object"
	case string:
		return "string"
	case json.Number, float64:
		return "number"
	case bool:
		return "boolean"
	}
	return "null"
}

// unknownField starts encoding/json's message for a field that
// DisallowUnknownFields refuses.
const unknownField = "json: unknown field "

// jsonError turns a decoding error into an Error naming the field or the
// line and column.
func jsonError(data []byte, err error) Error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if p := pathAt(data, typeErr.Offset); p != "" {
			field = p // with array indexes, which encoding/json leaves out
		}
		return problem.New(CodeType, "has the wrong type: expected {expected}, found a JSON {found}",
			"expected", jsonKind(typeErr.Type), "found", foundKind(typeErr.Value)).At(field)
	case errors.As(err, &syntaxErr):
		// The offset is just past the character that broke the syntax.
		line, col := position(data, syntaxErr.Offset-1)
		return problem.New(CodeJSON, "line {line}, column {column}: "+syntaxErr.Error(), "line", strconv.Itoa(line), "column", strconv.Itoa(col))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(data, int64(len(data)))
		return problem.New(CodeJSON, "line {line}, column {column}: the project is empty or cut short", "line", strconv.Itoa(line), "column", strconv.Itoa(col))
	case strings.HasPrefix(err.Error(), unknownField):
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), unknownField))
		return problem.New(CodeUnknownField, "\"{name}\" is not a field Greenline reads here", "name", name)
	default:
		return problem.New(CodeUnreadable, "the project cannot be read: {detail}", "detail", err.Error())
	}
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

// pathAt returns the field path, with array indexes, of the value that ends
// at offset in data ("facilities[2].electricity.annual"), or "" when it
// cannot tell. It re-reads data as tokens, keeping a stack of keys and
// indexes.
func pathAt(data []byte, offset int64) string {
	type frame struct {
		array bool
		key   string
		n     int // values seen so far in an array
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []frame
	expectKey := false
	// value marks one value read in the current container.
	value := func() {
		if len(stack) == 0 {
			return
		}
		top := &stack[len(stack)-1]
		if top.array {
			top.n++
		} else {
			expectKey = true
		}
	}
	path := func() string {
		var b strings.Builder
		for i, f := range stack {
			switch {
			case f.array:
				b.WriteString("[" + strconv.Itoa(f.n) + "]")
			case f.key != "":
				if i > 0 {
					b.WriteByte('.')
				}
				b.WriteString(f.key)
			}
		}
		return b.String()
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if dec.InputOffset() >= offset {
			// The value at offset is the one just read: its path is the
			// stack as it stands (an array's index is the count so far).
			return path()
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, frame{})
				expectKey = true
			case '[':
				stack = append(stack, frame{array: true})
			case '}', ']':
				stack = stack[:len(stack)-1]
				value()
			}
		case string:
			if len(stack) > 0 && !stack[len(stack)-1].array && expectKey {
				stack[len(stack)-1].key = t
				expectKey = false
				continue
			}
			value()
		default:
			value()
		}
	}
}

// foundKind is the JSON kind encoding/json found: "number", not "number
// 1.5" ("bool" is said "boolean").
func foundKind(value string) string {
	kind, _, _ := strings.Cut(value, " ")
	if kind == "bool" {
		return "boolean"
	}
	return kind
}

// jsonKind names the JSON kind a Go type is decoded from: "string",
// "number", "boolean", "array" or "object".
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "object"
}
