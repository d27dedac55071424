//go:build js && wasm

package main

import "testing"

// workerd is not reachable from inside a wasm test binary.
func workerd(t *testing.T) string {
	t.Skip("the Worker in workerd is tested from the host")
	return ""
}
