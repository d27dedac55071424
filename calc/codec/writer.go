package codec

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

const hex = "0123456789abcdef"

// AppendString appends s as a JSON string, escaped as encoding/json
// escapes it without HTML escaping: quote, backslash and control
// characters escaped, bytes that are not UTF-8 written \ufffd, and U+2028
// and U+2029 escaped.
func AppendString(b []byte, s string) []byte { return appendString(b, s, false) }

// AppendStringHTML is AppendString with <, > and & escaped too, as
// encoding/json's Marshal writes strings.
func AppendStringHTML(b []byte, s string) []byte { return appendString(b, s, true) }

func appendString(b []byte, s string, html bool) []byte {
	b = reserve(b, len(s)+2)
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && !(html && (c == '<' || c == '>' || c == '&')) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// AppendStrings appends a list of strings, null when it is nil.
func AppendStrings(b []byte, v []string) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range v {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendString(b, s)
	}
	return append(b, ']')
}

// AppendMap appends a map of strings with its keys sorted, null when it
// is nil.
func AppendMap(b []byte, m map[string]string) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendString(b, k)
		b = append(b, ':')
		b = AppendString(b, m[k])
	}
	return append(b, '}')
}

// The encoders' helpers, kept out of line: the browser's wasm is smaller
// for a call per member than for the appends written out.

// Key appends c (the object's '{', or a comma) and key ("\"name\":").
//
//go:noinline
func Key(b []byte, c *byte, key string) []byte {
	b = reserve(b, 64)
	b = append(b, *c)
	*c = ','
	return append(b, key...)
}

// Str appends the member key: s.
//
//go:noinline
func Str(b []byte, c *byte, key, s string) []byte { return appendString(Key(b, c, key), s, false) }

// StrHTML appends the member key: s, with <, > and & escaped.
//
//go:noinline
func StrHTML(b []byte, c *byte, key, s string) []byte { return appendString(Key(b, c, key), s, true) }

// Int appends the member key: n.
//
//go:noinline
func Int(b []byte, c *byte, key string, n int64) []byte {
	return strconv.AppendInt(Key(b, c, key), n, 10)
}

// Bool appends the member key: v.
//
//go:noinline
func Bool(b []byte, c *byte, key string, v bool) []byte {
	return strconv.AppendBool(Key(b, c, key), v)
}

// End closes an object whose last byte written was c.
//
//go:noinline
func End(b []byte, c byte) []byte {
	if c == '{' {
		b = append(b, '{')
	}
	return append(b, '}')
}

// Ints appends a list of integers, null when it is nil.
func Ints(b []byte, v []int) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, n := range v {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return append(b, ']')
}

// List appends a list of values with enc, null when it is nil.
func List[T any](b []byte, v []T, enc func([]byte, *T) []byte) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range v {
		if i > 0 {
			b = append(b, ',')
		}
		b = enc(b, &v[i])
	}
	return append(b, ']')
}

// Opt appends *p with enc, null when p is nil.
func Opt[T any](b []byte, p *T, enc func([]byte, *T) []byte) []byte {
	if p == nil {
		return append(b, "null"...)
	}
	return enc(b, p)
}

// reserve makes room for n more bytes in b, doubling its capacity when it
// must grow, as bytes.Buffer does: append grows a large slice by a quarter,
// which copies a result of many megabytes over and over.
func reserve(b []byte, n int) []byte {
	if cap(b)-len(b) >= n {
		return b
	}
	return slices.Grow(b, cap(b)+n)
}
