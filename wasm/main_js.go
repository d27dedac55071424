//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/factors"
)

func main() {
	factors.Default() // parse the embedded tables now, not on the first request
	register()
	select {} // serve calls until the worker is terminated
}

// register installs globalThis.greenline = {call(op, input), format}.
func register() {
	js.Global().Set("greenline", js.ValueOf(map[string]any{
		"call":   js.FuncOf(call),
		"format": calc.FormatVersion,
	}))
}

// call is greenline.call(op, input) as seen from JavaScript. Arguments of
// the wrong type are refused with an error, not a panic.
func call(_ js.Value, args []js.Value) any {
	if len(args) != 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
		return string(calc.Marshal(calc.Outcome{Errors: calc.Errors{{
			Code: calc.CodeJSON, Message: "greenline.call takes two strings: an operation and a JSON input",
		}}}))
	}
	return handle(args[0].String(), args[1].String())
}
