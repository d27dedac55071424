//go:build js && wasm

package main

import (
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
	ops["boom"] = func([]byte, Options) string { panic("deliberate test panic") }
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
	bytes := js.Global().Get("Uint8Array").New(len(good))
	js.CopyBytesToJS(bytes, []byte(good))
	if got := g.Call("call", "calc", bytes).String(); got != string(want) {
		t.Errorf("calc from bytes = %.200s\nwant (from text) %.200s", got, want)
	}
	if got := errorCode(t, g.Call("call", "calc", js.Global().Get("Array").New(3)).String()); got != calc.CodeJSON {
		t.Errorf("an array for input: code %q, want %q", got, calc.CodeJSON)
	}
	if got := g.Get("format").Int(); got != calc.FormatVersion {
		t.Errorf("format = %d, want %d", got, calc.FormatVersion)
	}
}
