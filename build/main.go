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
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"syscall"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("build: ")
	out := "dist"
	if len(os.Args) > 1 && os.Args[1] == "serve" {
		fs := flag.NewFlagSet("serve", flag.ExitOnError)
		addr := fs.String("addr", "127.0.0.1:8080", "address to serve on")
		fs.Parse(os.Args[2:])
		// Bind before building, so that a taken port is said at once and
		// "serving" is printed only once the address is ours.
		ln, err := listen(*addr)
		if err != nil {
			log.Fatal(err)
		}
		report(Build(out))
		log.Printf("serving %s on http://%s/", out, ln.Addr())
		log.Fatal(http.Serve(ln, Handler(out)))
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

// listen binds addr, and says in words when it cannot: a port already in
// use names the port and how to choose another.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return nil, fmt.Errorf("cannot serve on %s: the port is already in use by another program; stop it, or choose another address with make serve ADDR=127.0.0.1:9000", addr)
	case err != nil:
		return nil, fmt.Errorf("cannot serve on %s: %v (ADDR is host:port, as in make serve ADDR=127.0.0.1:9000)", addr, err)
	}
	return ln, nil
}
