//go:build js && wasm

package main

import (
	"runtime/debug"
	"syscall/js"
	"unsafe"

	"github.com/greenline-calc/greenline/calc"
)

// meterHours is greenline.meter(input[, unit]) as seen from JavaScript: it
// reads interval data (a Uint8Array of UTF-8 bytes, or a string), with
// unit ("kWh", "MWh", "Wh") for a header naming none, and answers
// {head, hours}: head is the JSON text of calc.ImportMeterHours (the summary and each meter's id, period, rows,
// total and number of hours; or {"errors": …}), and hours, on success, one
// Float64Array of every meter's hourly watt-hours, meter after meter, which
// the worker hands to the page without a copy. Watt-hours are whole
// numbers far below 2^53 (an hour holds at most four intervals of
// meter.MaxIntervalWh), so each is exact as a double. Wrong arguments and
// defects are errors in head, never a panic.
func meterHours(_ js.Value, args []js.Value) (answer any) {
	out := js.Global().Get("Object").New()
	defer func() {
		if r := recover(); r != nil {
			out = js.Global().Get("Object").New()
			out.Set("head", string(calc.Marshal(calc.Outcome{Errors: calc.Errors{calc.Internal(r, debug.Stack())}})))
			answer = out
		}
	}()
	var in []byte
	read := false
	if len(args) > 0 {
		in, read = inputBytes(args[0])
	}
	if !read || len(args) > 2 || len(args) == 2 && args[1].Type() != js.TypeString {
		out.Set("head", string(calc.Marshal(calc.Outcome{Errors: calc.Errors{{
			Code: calc.CodeJSON, Message: "greenline.meter takes interval data as a string or a Uint8Array, and optionally its unit as a string",
		}}})))
		return out
	}
	unit := ""
	if len(args) == 2 {
		unit = args[1].String()
	}
	head, hours, ok := calc.ImportMeterHours(in, unit)
	out.Set("head", string(head))
	if ok {
		n := 0
		for _, h := range hours {
			n += len(h)
		}
		f := make([]float64, 0, n)
		for _, h := range hours {
			for _, wh := range h {
				f = append(f, float64(wh))
			}
		}
		// wasm and JavaScript's typed arrays are both little-endian: the
		// doubles' bytes are copied as they lie.
		b := js.Global().Get("Uint8Array").New(8 * n)
		js.CopyBytesToJS(b, unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(f))), 8*n))
		out.Set("hours", js.Global().Get("Float64Array").New(b.Get("buffer")))
	}
	return out
}
