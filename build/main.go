// Command build renders the Greenline site into dist/ and serves it.
//
//	go run ./build [flags]                 build dist/
//	go run ./build serve [-addr A] [flags] build dist/, then serve it on A (127.0.0.1:8080)
//
// Flags, the same for both:
//
//	-origin URL          the absolute address the site is published at
//	-partner ORIGIN      an origin allowed to frame the calculator (repeat for more)
//	-factor-source URL   a factor-table service the page may connect to
//
// A build renders every page in every language from the templ components,
// compiles the core to WebAssembly, writes the matching wasm_exec.js from
// the Go root into the engine's worker script, names assets by content hash, writes .br and .gz variants
// next to every text and wasm file, and writes the response headers the
// site is served with (_headers).
//
// -origin is the absolute address the site is published at, with its path
// when it lives in a folder (https://example.org/greenline/): the pages name
// their other language version by it (hreflang). It defaults to
// site.DefaultOrigin, the address make serve uses; serve on another -addr
// and the origin follows it unless given.
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

	"github.com/greenline-calc/greenline/site"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("build: ")
	out := "dist"
	args, serve := os.Args[1:], false
	if len(args) > 0 && args[0] == "serve" {
		args, serve = args[1:], true
	}
	fs := flag.NewFlagSet("build", flag.ExitOnError)
	fs.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./build [-origin URL] [-partner https://origin ...] [-factor-source URL]\n       go run ./build serve [-addr 127.0.0.1:8080] [same flags]")
		fs.PrintDefaults()
	}
	var c Config
	fs.StringVar(&c.Origin, "origin", "", "absolute address the site is published at (default "+site.DefaultOrigin+", or http://ADDR when serving on -addr)")
	addr := "127.0.0.1:8080"
	if serve {
		fs.StringVar(&addr, "addr", addr, "address to serve on")
	}
	fs.Func("partner", "an origin allowed to frame the calculator, e.g. https://www.example.org (repeat for more)", func(s string) error {
		c.Partners = append(c.Partners, s)
		return nil
	})
	fs.StringVar(&c.FactorSource, "factor-source", "", "address of a factor-table service the page may connect to")
	fs.Parse(args)
	if fs.NArg() > 0 {
		fs.Usage()
		os.Exit(2)
	}
	if c.Origin == "" && serve {
		c.Origin = "http://" + addr + "/"
	}
	if err := c.check(); err != nil {
		log.Fatal(err)
	}
	if !serve {
		report(c.Build(out))
		return
	}
	// Bind before building, so that a taken port is said at once and
	// "serving" is printed only once the address is ours.
	ln, err := listen(addr)
	if err != nil {
		log.Fatal(err)
	}
	report(c.Build(out))
	log.Printf("serving %s on http://%s/", out, ln.Addr())
	log.Fatal(http.Serve(ln, Handler(out)))
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
