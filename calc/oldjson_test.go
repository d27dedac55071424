package calc

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc/internal/problem"
)

// oldDecode is Decode as it was on encoding/json, kept for the
// differential test. It reads a project from JSON. It refuses oversized input, a file of
// a newer format, anything but an object at the top, a key given twice in
// one object (or twice up to case), a key that names a field only when
// case is ignored, unknown fields and trailing data, and reports where the
// JSON went wrong: the field path, or the line and column.
func oldDecode(data []byte) (Project, error) {
	var p Project
	if len(data) > MaxProjectBytes {
		return p, Errors{problem.New(CodeInputTooBig, "the project is {bytes} bytes; at most {max} are accepted",
			"bytes", strconv.Itoa(len(data)), "max", strconv.Itoa(MaxProjectBytes))}
	}
	if errs := strict(data, reflect.TypeFor[Project]()); errs != nil {
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

// strict reads the first JSON value of data byte by byte along the type
// t (Project or Statement) and returns what encoding/json would let pass
// or word in Go's terms: a top-level value that is not an object (for a
// project), a newer project format, a key given twice in one object, a
// key that matches a field only when case is ignored (encoding/json would
// take it), and unknown fields named with the path of their object. It
// returns nil when it finds nothing, or when an object is not well-formed
// JSON: Decode's own error then says where the syntax breaks. (A byte
// scanner: json.Decoder.Token took longer than the decode itself over a
// year of hourly readings.)
func strict(data []byte, t reflect.Type) Errors {
	s := scanner{data: data, fields: map[reflect.Type]map[string]jsonField{}, project: t == reflect.TypeFor[Project]()}
	s.space()
	if s.i == len(data) {
		return nil
	}
	if c := data[s.i]; c != '{' {
		kind := map[byte]string{'[': "array", '"': "string", 't': "boolean", 'f': "boolean", 'n': "null"}[c]
		if kind == "" && (c == '-' || c >= '0' && c <= '9') {
			kind = "number"
		}
		if !json.Valid(data) {
			var v any
			return Errors{jsonError(data, json.Unmarshal(data, &v))} // where the syntax breaks
		}
		if !s.project {
			return nil // Decode says what it found
		}
		return Errors{problem.New(CodeNotObject, "a project is a JSON object, not a JSON {found}", "found", kind)}
	}
	ok := s.value(t)
	if s.newer != "" {
		return Errors{problem.New(CodeFormatNewer, "this file was made by a newer Greenline (format {format}); this version reads format {supported}: open it with the newer version",
			"format", s.newer, "supported", strconv.Itoa(FormatVersion)).At("format")}
	}
	if !ok {
		return nil
	}
	if s.more > 0 {
		s.errs.Add(CodeMore, "", "and {count} more problems of the same kinds", "count", strconv.Itoa(s.more))
	}
	return s.errs
}

// A scanner walks the bytes of a JSON value alongside the Go type it
// decodes into.
type scanner struct {
	data   []byte
	i      int
	path   []pathStep // where the scanner is, made into a string only for a problem
	errs   Errors
	more   int    // problems found beyond maxStrictProblems
	newer  string // the format of a project newer than FormatVersion
	fields map[reflect.Type]map[string]jsonField
	// project is set when the value is a project, whose top-level
	// "format" is looked at for a newer version.
	project bool
}

// A pathStep is a step of a path: an object's key, or an array's index.
type pathStep struct {
	key   string
	index int // -1 for a key
}

// at is the path of the scanner, with key after it when key is not "".
func (s *scanner) at(key string) string {
	var b strings.Builder
	for _, st := range s.path {
		if st.index >= 0 {
			b.WriteString("[" + strconv.Itoa(st.index) + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(st.key)
	}
	if key != "" {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(key)
	}
	return b.String()
}

func (s *scanner) add(code, field, english string, params ...string) {
	if len(s.errs) >= maxStrictProblems {
		s.more++
		return
	}
	s.errs.Add(code, field, english, params...)
}

func (s *scanner) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// value reads one value of Go type t (nil when unknown) and reports
// whether it was well-formed as far as the scanner looks.
func (s *scanner) value(t reflect.Type) bool {
	s.space()
	if s.i == len(s.data) {
		return false
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch s.data[s.i] {
	case '{':
		s.i++
		return s.object(t)
	case '[':
		s.i++
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		s.space()
		if s.i < len(s.data) && s.data[s.i] == ']' {
			s.i++
			return true
		}
		s.path = append(s.path, pathStep{index: 0})
		defer func() { s.path = s.path[:len(s.path)-1] }()
		for n := 0; ; n++ {
			s.path[len(s.path)-1].index = n
			if !s.value(elem) {
				return false
			}
			s.space()
			if s.i == len(s.data) {
				return false
			}
			s.i++
			switch s.data[s.i-1] {
			case ']':
				return true
			case ',':
			default:
				return false
			}
		}
	case '"':
		_, ok := s.str(false)
		return ok
	}
	start := s.i // a number, true, false or null
	for s.i < len(s.data) && !strings.ContainsRune(",]} \t\n\r", rune(s.data[s.i])) {
		s.i++
	}
	lit := s.data[start:s.i]
	switch string(lit) {
	case "true", "false", "null":
		return true
	}
	return len(lit) > 0 && len(bytes.Trim(lit, "0123456789+-.eE")) == 0 && (lit[0] == '-' || lit[0] >= '0' && lit[0] <= '9')
}

// str reads a string and returns it unescaped when keep is set.
func (s *scanner) str(keep bool) (string, bool) {
	start := s.i
	s.i++
	escaped := false
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case '\\':
			escaped = true
			s.i += 2
			continue
		case '"':
			s.i++
			raw := s.data[start:s.i]
			if !keep {
				return "", !escaped || json.Valid(raw)
			}
			if !escaped {
				return string(raw[1 : len(raw)-1]), true
			}
			var v string
			return v, json.Unmarshal(raw, &v) == nil
		}
		s.i++
	}
	return "", false
}

// object reads the members of an object whose '{' was read.
func (s *scanner) object(t reflect.Type) bool {
	fields := s.jsonFields(t)
	seen := map[string]bool{}     // keys as written
	folded := map[string]string{} // key folded for case → its first spelling
	s.space()
	if s.i < len(s.data) && s.data[s.i] == '}' {
		s.i++
		return true
	}
	for {
		s.space()
		if s.i == len(s.data) || s.data[s.i] != '"' {
			return false
		}
		key, ok := s.str(true)
		if !ok {
			return false
		}
		fold := strings.ToLower(strings.ToUpper(key))
		prev, caseDup := folded[fold]
		if !caseDup {
			folded[fold] = key
		}
		var ft reflect.Type
		switch f, exact := fields[key]; {
		case seen[key]:
			s.add(CodeDuplicateKey, s.at(key), "\"{name}\" is given twice in one object; give each field once", "name", key)
		case exact:
			ft = f.typ
		case fields != nil:
			if name, ok := foldField(fields, key); ok {
				s.add(CodeKeyCase, s.at(key), "\"{name}\" is not \"{field}\": field names are written exactly, in lower case", "name", key, "field", name)
			} else {
				s.add(CodeUnknownField, s.at(""), "\"{name}\" is not a field Greenline reads here", "name", key)
			}
		case caseDup:
			s.add(CodeKeyCase, s.at(key), "\"{name}\" differs from \"{field}\", given before, only in case: give each key once", "name", key, "field", prev)
		}
		seen[key] = true
		s.space()
		if s.i == len(s.data) || s.data[s.i] != ':' {
			return false
		}
		s.i++
		s.space()
		start := s.i
		s.path = append(s.path, pathStep{key: key, index: -1})
		ok = s.value(ft)
		s.path = s.path[:len(s.path)-1]
		if !ok {
			return false
		}
		if s.project && len(s.path) == 0 && key == "format" {
			if v, err := strconv.Atoi(string(s.data[start:s.i])); err == nil && v > FormatVersion {
				s.newer = strconv.Itoa(v)
			}
		}
		s.space()
		if s.i == len(s.data) {
			return false
		}
		s.i++
		switch s.data[s.i-1] {
		case '}':
			return true
		case ',':
		default:
			return false
		}
	}
}

// A jsonField is one field of a struct as encoding/json names it.
type jsonField struct{ typ reflect.Type }

// jsonFields maps the JSON names of t's fields to their types, or is nil
// when t is not a struct (a map, or a value of the wrong type, which
// Decode refuses itself).
func (s *scanner) jsonFields(t reflect.Type) map[string]jsonField {
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	if out, ok := s.fields[t]; ok {
		return out
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
	s.fields[t] = out
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
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "integer" // format, step_minutes, priority…: 1.5 or 1e400 is the wrong type
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "object"
}

// oldDecodeStatement is DecodeStatement as it was on encoding/json, kept
// for the differential test.
func oldDecodeStatement(data []byte) (Statement, error) {
	var o oldStatement
	s, err := oldDecodeStatementInto(data, &o)
	{
		s = Statement{Annual: o.Annual, Flags: o.Flags, Hourly: StatementHours{Green: KWhSeries(o.Hourly.Green), Load: KWhSeries(o.Hourly.Load), Unit: o.Hourly.Unit},
			Monthly: o.Monthly, Operator: o.Operator, Period: o.Period, Plant: o.Plant, ProjectSHA256: o.ProjectSHA256, Rule: o.Rule,
			Format: o.Format, SHA256: o.SHA256, Supply: o.Supply, User: o.User}
	}
	return s, err
}

// oldKWh is KWhSeries with the UnmarshalJSON it had on encoding/json.
type oldKWh []int64

func (k *oldKWh) UnmarshalJSON(data []byte) error {
	var s []string
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	out := make(oldKWh, len(s))
	for i, v := range s {
		wh, e := parseWh(v, "kWh", maxHourWh)
		if e != nil {
			return errors.New("[" + strconv.Itoa(i) + "]: " + e.Message)
		}
		out[i] = wh
	}
	*k = out
	return nil
}

// oldStatement is Statement with its hours in oldKWh
// (TestOldStatementMirror holds the two alike).
type oldStatement struct {
	Annual        StatementTotals  `json:"annual"`
	Flags         []string         `json:"flags,omitempty"`
	Hourly        oldHours         `json:"hourly"`
	Monthly       []StatementMonth `json:"monthly"`
	Operator      Party            `json:"operator"`
	Period        StatementPeriod  `json:"period"`
	Plant         StatementPlant   `json:"plant"`
	ProjectSHA256 string           `json:"project_sha256"`
	Rule          StatementRule    `json:"rule"`
	Format        int              `json:"statement_format"`
	SHA256        string           `json:"statement_sha256,omitempty"`
	Supply        StatementSupply  `json:"supply"`
	User          Party            `json:"user"`
}

type oldHours struct {
	Green oldKWh `json:"green"`
	Load  oldKWh `json:"load"`
	Unit  string `json:"unit"`
}

func oldDecodeStatementInto(data []byte, s *oldStatement) (Statement, error) {
	if len(data) > MaxStatementBytes {
		var errs Errors
		errs.Add(CodeInputTooBig, "", "the statement is {bytes} bytes; at most {max} are accepted", "bytes", strconv.Itoa(len(data)), "max", strconv.Itoa(MaxStatementBytes))
		return Statement{}, errs
	}
	if errs := strict(data, reflect.TypeFor[oldStatement]()); errs != nil {
		return Statement{}, errs
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(s); err != nil {
		return Statement{}, Errors{jsonError(data, err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		var errs Errors
		errs.Add(CodeTrailing, "", "unexpected data after the statement object")
		return Statement{}, errs
	}
	return Statement{}, nil
}

// The mirror of Statement the old decoder reads is Statement but for the
// type of its hours.
func TestOldStatementMirror(t *testing.T) {
	a, b := reflect.TypeFor[Statement](), reflect.TypeFor[oldStatement]()
	if a.NumField() != b.NumField() {
		t.Fatalf("%d fields, want %d", b.NumField(), a.NumField())
	}
	for i := range a.NumField() {
		fa, fb := a.Field(i), b.Field(i)
		if fa.Name != fb.Name || fa.Tag != fb.Tag || (fa.Type != fb.Type && fa.Name != "Hourly") {
			t.Errorf("field %d: %s %s %s, want %s %s %s", i, fb.Name, fb.Type, fb.Tag, fa.Name, fa.Type, fa.Tag)
		}
	}
	h, o := reflect.TypeFor[StatementHours](), reflect.TypeFor[oldHours]()
	for i := range h.NumField() {
		if h.Field(i).Name != o.Field(i).Name || h.Field(i).Tag != o.Field(i).Tag {
			t.Errorf("hours field %d differs", i)
		}
	}
}

// oldMarshal is Marshal as it was on encoding/json, kept for the
// differential test.
func oldMarshal(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic("calc: Marshal: " + err.Error())
	}
	return indent(b.Bytes())
}

// oldHourlyMark is how the old canonical form of a statement without
// hours wrote its hours.
var oldHourlyMark = []byte(`"hourly":{"green":[],"load":[],`)

// oldEncode is Statement.encode as it was on encoding/json.
func oldEncode(s Statement, hash string) []byte {
	green, load := s.Hourly.Green, s.Hourly.Load
	s.Hourly.Green, s.Hourly.Load, s.SHA256 = KWhSeries{}, KWhSeries{}, hash
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic("calc: Statement.encode: " + err.Error())
	}
	small := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	i := bytes.Index(small, oldHourlyMark)
	out := make([]byte, 0, len(small)+12*(len(green)+len(load)))
	out = append(out, small[:i]...)
	out = append(out, `"hourly":{"green":`...)
	out = appendSeries(out, green)
	out = append(out, `,"load":`...)
	out = appendSeries(out, load)
	out = append(out, ',')
	return append(out, small[i+len(oldHourlyMark):]...)
}
