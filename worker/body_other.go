//go:build !(js && wasm)

package main

import "net/http"

// writeBody writes the body of a response.
func writeBody(w http.ResponseWriter, b []byte) { w.Write(b) }
