//go:build js && wasm

package main

import (
	"net/http"
	"syscall/js"
)

// rawBodyWriter is syumai/workers' response writer that takes a JS value
// as the whole body.
type rawBodyWriter interface{ WriteRawJSBody(js.Value) }

var uint8Array = js.Global().Get("Uint8Array")

// writeBody hands the body to workerd as one Uint8Array when it can,
// instead of pumping it through a pipe into a ReadableStream chunk by
// chunk: one copy and no round trip per chunk. Every body must go this
// way: syumai/workers v0.32.0 closes a channel when a piped body ends,
// which is fine for its one request per program but panics on the second
// piped body of a program that serves many (worker/worker.mjs).
func writeBody(w http.ResponseWriter, b []byte) {
	rw, ok := w.(rawBodyWriter)
	if !ok {
		w.Write(b)
		return
	}
	a := uint8Array.New(len(b))
	js.CopyBytesToJS(a, b)
	rw.WriteRawJSBody(a)
}
