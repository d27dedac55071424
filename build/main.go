// Command build renders the Greenline site into dist/ and serves it.
//
//	go run ./build                 build dist/
//	go run ./build serve [-addr A] build dist/, then serve it on A (127.0.0.1:8080)
//
// A build renders every page in every language from the templ components,
// compiles the core to WebAssembly, copies the matching wasm_exec.js from
// the Go root, names assets by content hash and writes .br and .gz
// variants next to every text and wasm file.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("build: ")
	out := "dist"
	if len(os.Args) > 1 && os.Args[1] == "serve" {
		fs := flag.NewFlagSet("serve", flag.ExitOnError)
		addr := fs.String("addr", "127.0.0.1:8080", "address to serve on")
		fs.Parse(os.Args[2:])
		report(Build(out))
		log.Printf("serving %s on http://%s/", out, *addr)
		log.Fatal(http.ListenAndServe(*addr, Handler(out)))
	}
	if len(os.Args) > 1 {
		fmt.Fprintln(os.Stderr, "usage: go run ./build [serve [-addr 127.0.0.1:8080]]")
		os.Exit(2)
	}
	report(Build(out))
}

func report(m *Manifest, err error) {
	if err != nil {
		log.Fatal(err)
	}
	for _, line := range m.Summary() {
		log.Print(line)
	}
}
