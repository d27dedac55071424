package codec

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A SyntaxError says where and why bytes are not JSON, in encoding/json's
// words.
type SyntaxError struct {
	Offset int    // of the byte at fault; len(data) when the input ends early
	Msg    string // "invalid character 'x' after array element"; "" when the input ends early
}

// A checker reads JSON as encoding/json's scanner does, to the first
// byte that is not JSON.
type checker struct {
	d     []byte
	i     int
	depth int
	// whole is set when reading as Unmarshal does, which at the end of
	// the input reads one more space.
	whole bool
}

func (c *checker) bad(context string) {
	panic(SyntaxError{Offset: c.i, Msg: "invalid character " + quoteChar(c.d[c.i]) + " " + context})
}

func (c *checker) end() { panic(SyntaxError{Offset: len(c.d)}) }

// in returns the byte at the offset inside a number or a literal, where
// a space at the end of the input is out of place.
func (c *checker) in(context string) byte {
	if c.i == len(c.d) && c.whole {
		panic(SyntaxError{Offset: c.i, Msg: "invalid character ' ' " + context})
	}
	return c.at()
}

// at returns the byte at the offset, or stops at the end of the input.
func (c *checker) at() byte {
	if c.i == len(c.d) {
		c.end()
	}
	return c.d[c.i]
}

func (c *checker) space() {
	for c.i < len(c.d) && (c.d[c.i] == ' ' || c.d[c.i] == '\t' || c.d[c.i] == '\n' || c.d[c.i] == '\r') {
		c.i++
	}
}

func (c *checker) push() {
	c.depth++
	if c.depth > maxDepth {
		c.bad("exceeded max depth")
	}
	c.i++
}

func (c *checker) value() {
	c.space()
	switch b := c.at(); {
	case b == '{':
		c.push()
		c.space()
		if c.at() == '}' {
			c.i++
			c.depth--
			return
		}
		for {
			if c.at() != '"' {
				c.bad("looking for beginning of object key string")
			}
			c.str()
			c.space()
			if c.at() != ':' {
				c.bad("after object key")
			}
			c.i++
			c.value()
			c.space()
			switch c.at() {
			case ',':
				c.i++
				c.space()
			case '}':
				c.i++
				c.depth--
				return
			default:
				c.bad("after object key:value pair")
			}
		}
	case b == '[':
		c.push()
		c.space()
		if c.at() == ']' {
			c.i++
			c.depth--
			return
		}
		for {
			c.value()
			c.space()
			switch c.at() {
			case ',':
				c.i++
			case ']':
				c.i++
				c.depth--
				return
			default:
				c.bad("after array element")
			}
		}
	case b == '"':
		c.str()
	case b == '-' || b >= '0' && b <= '9':
		c.number()
	case b == 't':
		c.word("true")
	case b == 'f':
		c.word("false")
	case b == 'n':
		c.word("null")
	default:
		c.bad("looking for beginning of value")
	}
}

func (c *checker) word(w string) {
	c.i++
	for k := 1; k < len(w); k++ {
		if context := "in literal " + w + " (expecting " + quoteChar(w[k]) + ")"; c.in(context) != w[k] {
			c.bad(context)
		}
		c.i++
	}
}

func (c *checker) digits() {
	for c.i < len(c.d) && c.d[c.i] >= '0' && c.d[c.i] <= '9' {
		c.i++
	}
}

func (c *checker) number() {
	if c.d[c.i] == '-' {
		c.i++
		if b := c.in("in numeric literal"); b < '0' || b > '9' {
			c.bad("in numeric literal")
		}
	}
	if c.d[c.i] == '0' {
		c.i++
	} else {
		c.digits()
	}
	if c.i < len(c.d) && c.d[c.i] == '.' {
		c.i++
		if b := c.in("after decimal point in numeric literal"); b < '0' || b > '9' {
			c.bad("after decimal point in numeric literal")
		}
		c.digits()
	}
	if c.i < len(c.d) && (c.d[c.i] == 'e' || c.d[c.i] == 'E') {
		c.i++
		if b := c.in("in exponent of numeric literal"); b == '+' || b == '-' {
			c.i++
		}
		if b := c.in("in exponent of numeric literal"); b < '0' || b > '9' {
			c.bad("in exponent of numeric literal")
		}
		c.digits()
	}
}

func (c *checker) str() {
	c.i++
	for {
		switch b := c.at(); {
		case b == '"':
			c.i++
			return
		case b < 0x20:
			c.bad("in string literal")
		case b == '\\':
			c.i++
			switch c.in("in string escape code") {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				c.i++
			case 'u':
				c.i++
				for range 4 {
					if !isHex(c.in("in \\u hexadecimal character escape")) {
						c.bad("in \\u hexadecimal character escape")
					}
					c.i++
				}
			default:
				c.bad("in string escape code")
			}
		default:
			c.i++
		}
	}
}

// check runs read and returns where it stopped at bytes that are not JSON.
func (c *checker) check(read func()) (err *SyntaxError) {
	defer func() {
		if v := recover(); v != nil {
			e, ok := v.(SyntaxError)
			if !ok {
				panic(v)
			}
			err = &e
		}
	}()
	read()
	return nil
}

// Syntax returns what encoding/json's Decoder says of the first value of
// data, or nil when it is JSON.
func Syntax(data []byte) *SyntaxError {
	c := &checker{d: data}
	return c.check(c.value)
}

// Valid returns what encoding/json's Unmarshal says of data as a whole
// (nil when it is one JSON value and white space), Msg "unexpected end
// of JSON input" when it ends early.
func Valid(data []byte) *SyntaxError {
	c := &checker{d: data, whole: true}
	err := c.check(func() {
		c.value()
		c.space()
		if c.i < len(c.d) {
			c.bad("after top-level value")
		}
	})
	if err != nil && err.Msg == "" {
		err.Msg = "unexpected end of JSON input"
	}
	return err
}

// validString reports whether raw, quotes included, is one JSON string.
func validString(raw []byte) bool {
	c := &checker{d: raw}
	return c.check(c.str) == nil && c.i == len(raw)
}

// quoteChar quotes a byte as encoding/json's messages do.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

// Unquote returns the string raw (quotes included) holds as encoding/json
// decodes it: escapes resolved, bytes that are not UTF-8 and lone
// surrogates made U+FFFD.
func Unquote(raw []byte) ([]byte, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return nil, false
	}
	s := raw[1 : len(raw)-1]
	plain := true
	for _, c := range s {
		if c == '\\' || c == '"' || c < ' ' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return s, true
	}
	b := make([]byte, 0, len(s)+2*utf8.UTFMax)
	for r := 0; r < len(s); {
		switch c := s[r]; {
		case c == '\\':
			r++
			if r >= len(s) {
				return nil, false
			}
			switch s[r] {
			case '"', '\\', '/', '\'':
				b = append(b, s[r])
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				rr := getu4(s[r-1:])
				if rr < 0 {
					return nil, false
				}
				r += 5
				if utf16.IsSurrogate(rr) {
					if dec := utf16.DecodeRune(rr, getu4(s[r:])); dec != utf8.RuneError {
						r += 6
						b = utf8.AppendRune(b, dec)
						continue
					}
					rr = utf8.RuneError
				}
				b = utf8.AppendRune(b, rr)
				continue
			default:
				return nil, false
			}
			r++
		case c == '"', c < ' ':
			return nil, false
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			r += size
			b = utf8.AppendRune(b, rr)
		}
	}
	return b, true
}

// getu4 decodes \uXXXX from the start of s, or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	n, err := strconv.ParseUint(string(s[2:6]), 16, 64)
	if err != nil {
		return -1
	}
	return rune(n)
}

// equalFold is strings.EqualFold, as encoding/json's strict reading
// matched a key to a field.
func equalFold(a, b string) bool { return strings.EqualFold(a, b) }

// foldCase folds a key for comparing two keys up to case.
func foldCase(s string) string { return strings.ToLower(strings.ToUpper(s)) }

// PathAt returns the path, with array indexes, of the token of data (one
// JSON value) that ends at or after offset, as calc's old pathAt read it
// with encoding/json's Decoder.Token: "" when there is none.
func PathAt(data []byte, offset int) string {
	type frame struct {
		array bool
		key   string
		n     int
	}
	var stack []frame
	expectKey := false
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
	c := &checker{d: data}
	for {
		c.space()
		for c.i < len(data) && (data[c.i] == ',' || data[c.i] == ':') {
			c.i++
			c.space()
		}
		if c.i == len(data) {
			return ""
		}
		start := c.i
		b := data[c.i]
		switch b {
		case '{', '[', '}', ']':
			c.i++
		default:
			if c.check(c.value) != nil {
				return ""
			}
			if b == '-' || b >= '0' && b <= '9' {
				if _, err := strconv.ParseFloat(string(data[start:c.i]), 64); err != nil {
					return "" // Token stops at a number out of float64's range
				}
			}
		}
		if c.i >= offset {
			return path()
		}
		switch b {
		case '{':
			stack = append(stack, frame{})
			expectKey = true
		case '[':
			stack = append(stack, frame{array: true})
		case '}', ']':
			if len(stack) == 0 {
				return ""
			}
			stack = stack[:len(stack)-1]
			value()
		case '"':
			if len(stack) > 0 && !stack[len(stack)-1].array && expectKey {
				k, _ := Unquote(data[start:c.i])
				stack[len(stack)-1].key = string(k)
				expectKey = false
				continue
			}
			value()
		default:
			value()
		}
	}
}
