//go:build js && wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall/js"
	"testing"

	"github.com/greenline-calc/greenline/calc"
)

// TestJSBridge drives greenline.call through the real syscall/js boundary
// under Node: wrong argument types, a panic inside an operation, then a
// good input that must still compute.
func TestJSBridge(t *testing.T) {
	register()
	g := js.Global().Get("greenline")
	ops["boom"] = func([]byte, Options) []byte { panic("deliberate test panic") }
	defer delete(ops, "boom")

	if got := errorCode(t, g.Call("call", 42, js.Null()).String()); got != calc.CodeJSON {
		t.Errorf("wrong argument types: code %q, want %q", got, calc.CodeJSON)
	}
	if got := errorCode(t, g.Call("call", "calc").String()); got != calc.CodeJSON {
		t.Errorf("missing argument: code %q, want %q", got, calc.CodeJSON)
	}
	if got := errorCode(t, g.Call("call", "boom", good).String()); got != calc.CodeInternal {
		t.Errorf("panicking op: code %q, want %q", got, calc.CodeInternal)
	}
	if got := errorCode(t, g.Call("call", "calc", strings.Replace(good, "1000", "1e400", 1)).String()); got != calc.CodeSyntax {
		t.Errorf("1e400: code %q, want %q", got, calc.CodeSyntax)
	}
	want, _ := calc.Run([]byte(good))
	if got := g.Call("call", "calc", good).String(); got != string(want) {
		t.Errorf("after a panic, calc = %s\nwant %s", got, want)
	}
	// A file's bytes, as a Uint8Array, give what its text gives.
	in := js.Global().Get("Uint8Array").New(len(good))
	js.CopyBytesToJS(in, []byte(good))
	if got := g.Call("call", "calc", in).String(); got != string(want) {
		t.Errorf("calc from bytes = %.200s\nwant (from text) %.200s", got, want)
	}
	if got := errorCode(t, g.Call("call", "calc", js.Global().Get("Array").New(3)).String()); got != calc.CodeJSON {
		t.Errorf("an array for input: code %q, want %q", got, calc.CodeJSON)
	}
	if got := g.Get("format").Int(); got != calc.FormatVersion {
		t.Errorf("format = %d, want %d", got, calc.FormatVersion)
	}
	// The statements op answers its bytes as they are, in a Uint8Array.
	park, err := os.ReadFile(filepath.Join("..", "docs", "examples", "park-direct-line.json"))
	if err != nil {
		t.Fatal(err)
	}
	a := g.Call("call", "statements", string(park))
	if !a.InstanceOf(js.Global().Get("Uint8Array")) {
		t.Fatalf("statements answered %s, want a Uint8Array", a.Type())
	}
	got := make([]byte, a.Get("length").Int())
	js.CopyBytesToGo(got, a)
	if want := handle("statements", park, nil); !bytes.Equal(got, want) || !bytes.HasPrefix(got, []byte(`{"statements":[`)) {
		t.Errorf("statements through call: %.200s\nwant %.200s", got, want)
	}
}
