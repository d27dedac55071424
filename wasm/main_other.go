//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "wasm: build this package with GOOS=js GOARCH=wasm (go run ./build does)")
	os.Exit(2)
}
