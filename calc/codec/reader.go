// Package codec reads and writes the core's JSON without encoding/json,
// which under wasm is slow and, with the reflection it drives, a quarter
// of a megabyte of code. Its Reader walks a document once, strictly
// (a key given twice, or in another case than its field's, or unknown,
// is a Problem with its path) and as encoding/json would decode it (the
// first value of the wrong type is a TypeError with its path); the
// decoders that drive it are generated from the struct tags of the calc
// types (calc/codec_gen.go). Anything that is not JSON stops the Reader;
// Loose and Syntax then say, the slow way, what encoding/json would have
// said.
package codec

import (
	"bytes"
	"io"
	"strconv"
)

// A Kind is what a Type decodes from.
type Kind uint8

// The kinds of Type.
const (
	Other  Kind = iota // a string, number, boolean, map or custom value
	Struct             // an object of named fields
	Slice              // an array of Elem
)

// A Type is what the strict reading knows of a Go type: the JSON names of
// a struct's fields and their types, or a slice's element type.
type Type struct {
	Kind   Kind
	Name   string               // of a Struct: its Go name, "" for an anonymous struct
	Elem   *Type                // of a Slice
	Names  []string             // of a Struct: its fields' JSON names
	Fields []*Type              // of a Struct, in the order of Names
	Index  func(key []byte) int // of a Struct: the index in Names of key, or -1
}

// maxDepth is how deep encoding/json lets arrays and objects nest.
const maxDepth = 10000

// MaxProblems caps the problems a Reader lists; More counts the rest.
const MaxProblems = 50

// What a Problem is.
const (
	Duplicate = iota // a key given twice in one object
	Case             // a key that names a field only when case is ignored
	CaseTwice        // a key given before in another case, in an object that is no struct
	Unknown          // a key that names no field
)

// A Problem is a key the strict reading refuses.
type Problem struct {
	Kind  int
	Field string // the path, of the key (Unknown: of its object)
	Name  string // the key as written
	Other string // the field it names (Case), or the key given before (CaseTwice)
}

// A TypeError is a value of the wrong JSON kind for its Go type.
type TypeError struct {
	Field    string // the path of the value, with array indexes
	Expected string // "string", "integer", "boolean", "array" or "object"
	Found    string // "string", "number", "boolean", "array" or "object"
	Offset   int    // encoding/json's: just past an array's or object's bracket, or a literal
}

// abort stops a Reader at bytes that are not JSON.
type abort struct{}

// A step is one step of a path: an object's key (data[start:end], the
// bytes between its quotes) or an array's index.
type step struct {
	start, end int
	index      int // -1 for a key
	escaped    bool
	// field is the JSON name of the struct field the key names, and
	// owner the struct's Go name, when reading leniently.
	field, owner string
}

// A frame is the state of one open object.
type frame struct {
	t     *Type
	seen  uint64          // fields of t given so far
	keys  map[string]bool // other keys given so far, as written
	fold  map[string]string
	first bool
}

// A Reader decodes one JSON document.
type Reader struct {
	data   []byte
	i      int
	depth  int
	path   []step
	frames []frame
	big    bool // a number out of float64's range was read

	// Problems are the refused keys, at most MaxProblems; Extra counts
	// those beyond.
	Problems []Problem
	Extra    int
	// Type is the first value of the wrong type, if any.
	Type *TypeError
	// Fatal is the first error of a custom decoder, which stops
	// encoding/json's decoding where it occurs.
	Fatal error
	// Watch names a key of the top-level object whose values' raw text
	// is kept in Watched (a project's "format").
	Watch   string
	Watched []string

	// Lenient has the Reader read as encoding/json does without the
	// strict pass: keys match fields up to case, a key given twice is
	// read twice, and the first value of the wrong type, or unknown key
	// when Disallow is set, is Err, in encoding/json's words. T is the Go
	// type of the value read next, which the decoders set for Err.
	Lenient  bool
	Disallow bool
	Err      error
	T        string
}

// A jsonError is an error in encoding/json's words.
type jsonError string

func (e jsonError) Error() string { return string(e) }

// lenientError records the first value of the wrong type as
// encoding/json words it: value is "number", "number 1.5", "string",
// "bool", "array" or "object".
func (r *Reader) lenientError(value string) {
	if r.Err != nil {
		return
	}
	owner, fields := "", ""
	for _, s := range r.path {
		if s.field != "" {
			if fields != "" {
				fields += "."
			}
			fields += s.field
			owner = s.owner
		}
	}
	if fields == "" {
		r.Err = jsonError("json: cannot unmarshal " + value + " into Go value of type " + r.T)
		return
	}
	r.Err = jsonError("json: cannot unmarshal " + value + " into Go struct field " + owner + "." + fields + " of type " + r.T)
}

// Lenient reads data leniently (see Reader.Lenient) with read, as
// encoding/json's Unmarshal reads it (whole: nothing may follow the value)
// or its Decoder's Decode (the first value only), and returns
// encoding/json's error. root is the Go type of the value.
func Lenient(data []byte, whole, disallow bool, root string, read func(*Reader)) error {
	if whole {
		if e := Valid(data); e != nil {
			return jsonError(e.Msg)
		}
	} else if r := (&Reader{data: data}); !r.Rest() {
		return io.EOF
	}
	r := &Reader{data: data, Lenient: true, Disallow: disallow, T: root}
	if !r.Run(func() { read(r) }) {
		if e := Syntax(data); e != nil && e.Msg != "" {
			return jsonError(e.Msg)
		}
		return io.ErrUnexpectedEOF
	}
	return r.Err
}

// NewReader returns a Reader of data.
func NewReader(data []byte) *Reader { return &Reader{data: data} }

// Run calls read, and reports false when the bytes it read are not JSON.
func (r *Reader) Run(read func()) (ok bool) {
	defer func() {
		if v := recover(); v != nil {
			if _, is := v.(abort); !is {
				panic(v)
			}
			ok = false
		}
	}()
	read()
	return true
}

// Rest reports whether anything but white space follows the value read.
func (r *Reader) Rest() bool {
	r.space()
	return r.i < len(r.data)
}

func (r *Reader) fail() { panic(abort{}) }

func (r *Reader) space() {
	for r.i < len(r.data) {
		switch r.data[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// peek returns the first byte of the next value.
func (r *Reader) peek() byte {
	r.space()
	if r.i == len(r.data) {
		r.fail()
	}
	return r.data[r.i]
}

// found names the JSON kind starting with c.
func found(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	}
	return "number"
}

// wrong records a value of the wrong kind and skips it.
func (r *Reader) wrong(expected string, c byte) {
	if r.Lenient {
		v := found(c)
		if v == "boolean" {
			v = "bool"
		}
		r.lenientError(v)
		r.Skip()
		return
	}
	start, big := r.i, r.big
	r.Skip()
	if r.Type == nil && r.Fatal == nil {
		off := r.i
		if c == '{' || c == '[' {
			off = start + 1
		} else {
			big = r.big
		}
		r.typeError(expected, found(c), off, big)
	}
}

// typeError records the first value of the wrong type. Its path is
// encoding/json's tokens', or, where a number out of float64's range came
// first and stopped them, the struct fields of encoding/json's error.
func (r *Reader) typeError(expected, found string, offset int, big bool) {
	field := ""
	if !big {
		field = r.Path()
	}
	if field == "" {
		field = r.Keys()
	}
	r.Type = &TypeError{Field: field, Expected: expected, Found: found, Offset: offset}
}

// Path is the path of the value being read as encoding/json's tokens
// give it: "facilities[2].electricity.annual".
func (r *Reader) Path() string {
	var b []byte
	for n, s := range r.path {
		switch {
		case s.index >= 0:
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(s.index), 10)
			b = append(b, ']')
		default:
			k, _ := Unquote(r.data[s.start-1 : s.end+1])
			if len(k) == 0 {
				continue
			}
			if n > 0 {
				b = append(b, '.')
			}
			b = append(b, k...)
		}
	}
	return string(b)
}

// strictPath is the path as the strict reading writes it, with key after
// it when key is not "": keys as written unless escaped.
func (r *Reader) strictPath(key string) string {
	var b []byte
	for _, s := range r.path {
		if s.index >= 0 {
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(s.index), 10)
			b = append(b, ']')
			continue
		}
		if len(b) > 0 {
			b = append(b, '.')
		}
		b = append(b, r.key(s)...)
	}
	if key != "" {
		if len(b) > 0 {
			b = append(b, '.')
		}
		b = append(b, key...)
	}
	return string(b)
}

// key is a key as the strict reading names it: as written, or unescaped.
func (r *Reader) key(s step) string {
	if !s.escaped {
		return string(r.data[s.start:s.end])
	}
	k, _ := Unquote(r.data[s.start-1 : s.end+1])
	return string(k)
}

func (r *Reader) problem(p Problem) {
	if len(r.Problems) >= MaxProblems {
		r.Extra++
		return
	}
	r.Problems = append(r.Problems, p)
}

// Null reads a null and reports true, or reports false and reads nothing.
func (r *Reader) Null() bool {
	if r.peek() != 'n' {
		return false
	}
	r.literal()
	return true
}

// literal reads true, false, null or a number, and returns it.
func (r *Reader) literal() []byte {
	d, start := r.data, r.i
	i := start
	word := func(w string) {
		if len(d)-i < len(w) || string(d[i:i+len(w)]) != w {
			r.fail()
		}
		i += len(w)
	}
	digits := func() {
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	switch c := d[i]; {
	case c == 't':
		word("true")
	case c == 'f':
		word("false")
	case c == 'n':
		word("null")
	case c == '-' || c >= '0' && c <= '9':
		if c == '-' {
			i++
		}
		switch {
		case i < len(d) && d[i] == '0':
			i++
		case i < len(d) && d[i] >= '1' && d[i] <= '9':
			digits()
		default:
			r.fail()
		}
		if i < len(d) && d[i] == '.' {
			i++
			if i == len(d) || d[i] < '0' || d[i] > '9' {
				r.fail()
			}
			digits()
		}
		if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
			i++
			if i < len(d) && (d[i] == '+' || d[i] == '-') {
				i++
			}
			if i == len(d) || d[i] < '0' || d[i] > '9' {
				r.fail()
			}
			digits()
		}
		if lit := d[start:i]; len(lit) > 300 || bytes.ContainsAny(lit, "eE") {
			if _, err := strconv.ParseFloat(string(lit), 64); err != nil {
				r.big = true
			}
		}
	default:
		r.fail()
	}
	r.i = i
	return d[start:i]
}

// str reads a string and returns the bytes between its quotes, and
// whether they hold an escape or a byte that is not plain ASCII.
func (r *Reader) str() ([]byte, bool) {
	d := r.data
	start := r.i + 1
	i := start
	for i < len(d) {
		c := d[i]
		if c == '"' {
			r.i = i + 1
			return d[start:i], false
		}
		if c == '\\' || c < 0x20 || c >= 0x80 {
			break
		}
		i++
	}
	special := false
	for i < len(d) {
		c := d[i]
		switch {
		case c == '"':
			r.i = i + 1
			return d[start:i], special
		case c < 0x20:
			r.fail()
		case c >= 0x80:
			special = true
			i++
		case c == '\\':
			special = true
			if i+1 == len(d) {
				r.fail()
			}
			switch d[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if len(d)-i < 6 {
					r.fail()
				}
				for _, h := range d[i+2 : i+6] {
					if !isHex(h) {
						r.fail()
					}
				}
				i += 6
			default:
				r.fail()
			}
		default:
			i++
		}
	}
	r.fail()
	return nil, false
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// String reads a string into v; null leaves v as it is.
func (r *Reader) String(v *string) {
	switch c := r.peek(); c {
	case '"':
		raw, special := r.str()
		if !special {
			*v = string(raw)
			return
		}
		s, _ := Unquote(r.data[r.i-len(raw)-2 : r.i])
		*v = string(s)
	case 'n':
		r.literal()
	default:
		r.wrong("string", c)
	}
}

// Bool reads true or false into v; null leaves v as it is.
func (r *Reader) Bool(v *bool) {
	switch c := r.peek(); c {
	case 't', 'f':
		*v = r.literal()[0] == 't'
	case 'n':
		r.literal()
	default:
		r.wrong("boolean", c)
	}
}

// Int reads an integer into v; null leaves v as it is.
func (r *Reader) Int(v *int) {
	c := r.peek()
	switch {
	case c == 'n':
		r.literal()
	case c == '-' || c >= '0' && c <= '9':
		lit := r.literal()
		n, err := strconv.ParseInt(string(lit), 10, 64)
		if err != nil && r.Lenient {
			r.lenientError("number " + string(lit))
			return
		}
		if err != nil {
			if r.Type == nil && r.Fatal == nil {
				r.typeError("integer", "number", r.i, r.big)
			}
			return
		}
		*v = int(n)
	default:
		r.wrong("integer", c)
	}
}

// Object starts reading an object of type t and reports true; it reads
// a null, or skips and records a value of another kind, and reports false.
func (r *Reader) Object(t *Type) bool {
	switch c := r.peek(); c {
	case '{':
		r.i++
		r.open()
		r.frames = append(r.frames, frame{t: t, first: true})
		return true
	case 'n':
		r.literal()
	default:
		r.wrong("object", c)
	}
	return false
}

func (r *Reader) open() {
	r.depth++
	if r.depth > maxDepth {
		r.fail()
	}
}

// More reads up to the next key of the open object and reports true, or
// reads its end and reports false.
func (r *Reader) More() bool {
	f := &r.frames[len(r.frames)-1]
	r.space()
	if r.i == len(r.data) {
		r.fail()
	}
	c := r.data[r.i]
	if f.first {
		f.first = false
		if c == '}' {
			r.i++
			r.close()
			return false
		}
		return true
	}
	r.path = r.path[:len(r.path)-1]
	r.i++
	switch c {
	case ',':
		return true
	case '}':
		r.close()
		return false
	}
	r.fail()
	return false
}

func (r *Reader) close() {
	r.depth--
	r.frames = r.frames[:len(r.frames)-1]
}

// Key reads a key and its colon, and returns the index of the field it
// names in the open object's type; for an object that is no struct, 0.
// It returns -1 for a key the strict reading refuses, whose value the
// caller skips.
func (r *Reader) Key() int {
	f := &r.frames[len(r.frames)-1]
	r.space()
	if r.i == len(r.data) || r.data[r.i] != '"' {
		r.fail()
	}
	raw, special := r.str()
	st := step{start: r.i - len(raw) - 1, end: r.i - 1, index: -1, escaped: special && hasEscape(raw)}
	if r.Lenient {
		return r.lenientKey(f, st)
	}
	n := -1
	if f.t != nil && f.t.Kind == Struct {
		var k []byte = raw
		if st.escaped {
			k, _ = Unquote(r.data[st.start-1 : st.end+1])
		}
		n = f.t.Index(k)
		switch {
		case n >= 0 && f.seen&(1<<n) == 0:
			f.seen |= 1 << n
		case n >= 0:
			r.problem(Problem{Kind: Duplicate, Field: r.strictPath(string(k)), Name: string(k)})
			n = -1
		default:
			key := r.key(st)
			switch {
			case f.keys[key]:
				r.problem(Problem{Kind: Duplicate, Field: r.strictPath(key), Name: key})
			case fold(f.t, key) != "":
				r.problem(Problem{Kind: Case, Field: r.strictPath(key), Name: key, Other: fold(f.t, key)})
			default:
				r.problem(Problem{Kind: Unknown, Field: r.strictPath(""), Name: key})
			}
			if f.keys == nil {
				f.keys = map[string]bool{}
			}
			f.keys[key] = true
		}
	} else if r.other(f, r.key(st)) {
		n = 0
	}
	r.space()
	if r.i == len(r.data) || r.data[r.i] != ':' {
		r.fail()
	}
	r.i++
	r.path = append(r.path, st)
	if r.Watch != "" && len(r.path) == 1 {
		if c := r.peek(); (c == '-' || c >= '0' && c <= '9') && r.unescaped(st) == r.Watch {
			start := r.i
			r.Watched = append(r.Watched, string(r.literal()))
			r.i = start
		}
	}
	return n
}

// lenientKey matches a key as encoding/json does: exactly, or else up to
// case; it reads the colon.
func (r *Reader) lenientKey(f *frame, st step) int {
	n := 0
	if f.t != nil && f.t.Kind == Struct {
		k, _ := Unquote(r.data[st.start-1 : st.end+1])
		n = f.t.Index(k)
		if n < 0 {
			for i, name := range f.t.Names {
				if bytes.EqualFold([]byte(name), k) {
					n = i
					break
				}
			}
		}
		if n < 0 {
			if r.Disallow && r.Err == nil {
				r.Err = jsonError("json: unknown field " + strconv.Quote(string(k)))
			}
		} else {
			st.field, st.owner = f.t.Names[n], f.t.Name
		}
	}
	r.space()
	if r.i == len(r.data) || r.data[r.i] != ':' {
		r.fail()
	}
	r.i++
	r.path = append(r.path, st)
	return n
}

// other checks a key of an object that is no struct, and reports whether
// the strict reading lets it pass.
func (r *Reader) other(f *frame, key string) bool {
	folded := foldCase(key)
	prev, twice := f.fold[folded]
	if !twice {
		if f.fold == nil {
			f.fold = map[string]string{}
		}
		f.fold[folded] = key
	}
	ok := true
	switch {
	case f.keys[key]:
		r.problem(Problem{Kind: Duplicate, Field: r.strictPath(key), Name: key})
		ok = false
	case twice:
		r.problem(Problem{Kind: CaseTwice, Field: r.strictPath(key), Name: key, Other: prev})
		ok = false
	}
	if f.keys == nil {
		f.keys = map[string]bool{}
	}
	f.keys[key] = true
	return ok
}

func hasEscape(b []byte) bool {
	for _, c := range b {
		if c == '\\' {
			return true
		}
	}
	return false
}

// unescaped is the key of s as encoding/json unescapes it.
func (r *Reader) unescaped(s step) string {
	k, _ := Unquote(r.data[s.start-1 : s.end+1])
	return string(k)
}

// MapKey returns the last key read, as encoding/json unescapes it.
func (r *Reader) MapKey() string {
	s := r.path[len(r.path)-1]
	k, _ := Unquote(r.data[s.start-1 : s.end+1])
	return string(k)
}

// Array starts reading an array and reports true; it skips and records a
// value of another kind and reports false. The caller reads null.
func (r *Reader) Array() bool {
	switch c := r.peek(); c {
	case '[':
		r.i++
		r.open()
		r.path = append(r.path, step{index: -1})
		return true
	default:
		r.wrong("array", c)
	}
	return false
}

// Next reads up to the next element of the open array and reports true,
// or reads its end and reports false.
func (r *Reader) Next() bool {
	s := &r.path[len(r.path)-1]
	r.space()
	if r.i == len(r.data) {
		r.fail()
	}
	c := r.data[r.i]
	if s.index < 0 {
		if c == ']' {
			r.i++
			r.depth--
			r.path = r.path[:len(r.path)-1]
			return false
		}
		s.index = 0
		return true
	}
	r.i++
	switch c {
	case ',':
		s.index++
		return true
	case ']':
		r.depth--
		r.path = r.path[:len(r.path)-1]
		return false
	}
	r.fail()
	return false
}

// Skip reads a value the strict reading knows no type of: its objects'
// keys are checked for duplicates only.
func (r *Reader) Skip() {
	switch c := r.peek(); c {
	case '{':
		r.i++
		r.open()
		r.frames = append(r.frames, frame{first: true})
		for r.More() {
			r.Key()
			r.Skip()
		}
	case '[':
		r.Array()
		for r.Next() {
			r.Skip()
		}
	case '"':
		r.str()
	default:
		r.literal()
	}
}

// Raw skips a value as Skip does and returns its bytes.
func (r *Reader) Raw() []byte {
	r.space()
	start := r.i
	r.Skip()
	return r.data[start:r.i]
}

// Keys are the keys of the path of the value being read, joined by dots
// and without indexes, as encoding/json names the field of an error its
// Unmarshaler returns.
func (r *Reader) Keys() string {
	var b []byte
	for _, s := range r.path {
		if s.index < 0 {
			if len(b) > 0 {
				b = append(b, '.')
			}
			b = append(b, r.unescaped(s)...)
		}
	}
	return string(b)
}

// PathAt is PathAt of the Reader's data.
func (r *Reader) PathAt(offset int) string { return PathAt(r.data, offset) }

// Offset is the offset of the next byte to read.
func (r *Reader) Offset() int { return r.i }

// fold returns the field of t that key names when case is ignored, as
// encoding/json matches it ("" when none).
func fold(t *Type, key string) string {
	for _, name := range t.Names {
		if equalFold(name, key) {
			return name
		}
	}
	return ""
}

// Elems decodes a list into s with dec, as encoding/json does: null makes
// it nil, [] empty; elemT is the elements' Go type when reading leniently.
func Elems[T any](r *Reader, s *[]T, elemT string, dec func(*Reader, *T)) {
	if r.Null() {
		*s = nil
		return
	}
	if !r.Array() {
		return
	}
	*s = (*s)[:0]
	for r.Next() {
		if len(*s) < cap(*s) {
			*s = (*s)[:len(*s)+1] // encoding/json decodes into what is there
		} else {
			var zero T
			*s = append(*s, zero)
		}
		if r.Lenient {
			r.T = elemT
		}
		dec(r, &(*s)[len(*s)-1])
	}
	if *s == nil {
		*s = []T{}
	}
}

// Ptr decodes into *p with dec, as encoding/json does: null makes it nil,
// anything else is decoded into the value *p points to, new if none.
func Ptr[T any](r *Reader, p **T, dec func(*Reader, *T)) {
	if r.Null() {
		*p = nil
		return
	}
	if *p == nil {
		*p = new(T)
	}
	dec(r, *p)
}
