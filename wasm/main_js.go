//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/policy"
)

func main() {
	register()
	select {} // serve calls until the worker is terminated
}

// register installs globalThis.greenline = {call(op, input, options),
// meter(input, unit), tables(), format}.
func register() {
	js.Global().Set("greenline", js.ValueOf(map[string]any{
		"call":   js.FuncOf(call),
		"meter":  js.FuncOf(meterHours),
		"tables": js.FuncOf(tables),
		"format": calc.FormatVersion,
	}))
}

// tables reads the embedded factor and policy tables, which every
// calculation uses. The worker calls it just after it has said the engine
// is ready, not before, so that the page is told sooner; a call that comes
// first reads them itself, as any first use does.
func tables(js.Value, []js.Value) any {
	factors.Default()
	policy.Default()
	return nil
}

// call is greenline.call(op, input[, options]) as seen from JavaScript:
// input is a string, or a Uint8Array of UTF-8 bytes (a file handed over as
// read, with no text conversion of its megabytes on either side); options,
// when given, is a JSON object as a string. The answer is text, or for
// the operations in bytesOps a Uint8Array of its UTF-8 bytes. Arguments of
// the wrong type are refused with an error, not a panic.
func call(_ js.Value, args []js.Value) any {
	var opts []byte
	if len(args) == 3 && args[2].Type() == js.TypeString {
		opts = []byte(args[2].String())
		args = args[:2]
	}
	if len(args) == 2 && args[0].Type() == js.TypeString {
		if in, ok := inputBytes(args[1]); ok {
			op := args[0].String()
			out := handle(op, in, opts)
			if !bytesOps[op] {
				return string(out)
			}
			a := js.Global().Get("Uint8Array").New(len(out))
			js.CopyBytesToJS(a, out)
			return a
		}
	}
	return string(calc.Marshal(calc.Outcome{Errors: calc.Errors{{
		Code: calc.CodeJSON, Message: "greenline.call takes an operation, its input as a string or a Uint8Array, and optionally its options as a JSON string",
	}}}))
}

// inputBytes is a file's bytes as the page hands them over: a string, or
// a Uint8Array of UTF-8 bytes (a file as read, with no text conversion of
// its megabytes on either side); ok is false for anything else.
func inputBytes(v js.Value) (in []byte, ok bool) {
	switch {
	case v.Type() == js.TypeString:
		return []byte(v.String()), true
	case v.InstanceOf(js.Global().Get("Uint8Array")):
		in = make([]byte, v.Get("length").Int())
		js.CopyBytesToGo(in, v)
		return in, true
	}
	return nil, false
}
