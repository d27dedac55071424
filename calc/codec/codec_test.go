package codec

import "testing"

// The syntax checker words a break as encoding/json does; the offsets are
// counted by hand from the start of each input.
func TestSyntax(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		msg    string
	}{
		{`{"a":1}`, -1, ""},
		{`{"a" 1}`, 5, "invalid character '1' after object key"},
		{`{"a":1 "b":2}`, 7, "invalid character '\"' after object key:value pair"},
		{`[1,]`, 3, "invalid character ']' looking for beginning of value"},
		{`[01]`, 2, "invalid character '1' after array element"},
		{`{"a":-x}`, 6, "invalid character 'x' in numeric literal"},
		{`{"a":1.}`, 7, "invalid character '}' after decimal point in numeric literal"},
		{`{"a":tru}`, 8, "invalid character '}' in literal true (expecting 'e')"},
		{"{\"a\":\"\x01\"}", 6, "invalid character '\\x01' in string literal"},
		{`{"a":"\x"}`, 7, "invalid character 'x' in string escape code"},
		{`{1:2}`, 1, "invalid character '1' looking for beginning of object key string"},
		{`{"a":`, 5, ""}, // ends early
	}
	for _, tt := range tests {
		e := Syntax([]byte(tt.in))
		switch {
		case tt.offset < 0 && e != nil:
			t.Errorf("%s: %+v, want none", tt.in, *e)
		case tt.offset >= 0 && (e == nil || e.Offset != tt.offset || e.Msg != tt.msg):
			t.Errorf("%s: %+v, want %d %q", tt.in, e, tt.offset, tt.msg)
		}
	}
	// Unmarshal reads one more space at the end, and nothing may follow.
	if e := Valid([]byte(`-`)); e == nil || e.Msg != "invalid character ' ' in numeric literal" {
		t.Errorf("Valid(-): %+v", e)
	}
	if e := Valid([]byte(`1 x`)); e == nil || e.Offset != 2 || e.Msg != "invalid character 'x' after top-level value" {
		t.Errorf("Valid(1 x): %+v", e)
	}
	if e := Valid([]byte(`"a`)); e == nil || e.Msg != "unexpected end of JSON input" {
		t.Errorf(`Valid("a): %+v`, e)
	}
}

func TestUnquote(t *testing.T) {
	for in, want := range map[string]string{
		`"plain"`: "plain", `"a\"b\\c\/d"`: `a"b\c/d`, `"\u00e9\u4e2d"`: "é中",
		`"\ud83d\ude00"`: "😀", `"\ud800x"`: "\ufffdx", "\"\xff\"": "\ufffd", `"\b\f\n\r\t"`: "\b\f\n\r\t",
	} {
		if got, ok := Unquote([]byte(in)); !ok || string(got) != want {
			t.Errorf("Unquote(%s) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// PathAt names the value at an offset as calc's old reading did: the
// offset just past "x" below is 28 (it opens at 25).
func TestPathAt(t *testing.T) {
	data := []byte(`{"a":[{"b":1},{"c":[true,"x"]}]}`)
	if got, want := PathAt(data, 28), "a[1].c[1]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := PathAt([]byte(`{"a":1e999,"b":[]}`), 17); got != "" {
		t.Errorf("after a number out of range: %q, want none", got)
	}
}

func TestAppendString(t *testing.T) {
	for in, want := range map[string]string{"a<b>&": `"a<b>&"`, "\x00\n\u2028\xff": `"\u0000\n\u2028\ufffd"`, `"\`: `"\"\\"`} {
		if got := string(AppendString(nil, in)); got != want {
			t.Errorf("AppendString(%q) = %s, want %s", in, got, want)
		}
	}
	if got, want := string(AppendStringHTML(nil, "<&>")), `"\u003c\u0026\u003e"`; got != want {
		t.Errorf("AppendStringHTML = %s, want %s", got, want)
	}
}
