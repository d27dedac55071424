//go:build !(js && wasm)

package main

import (
	"flag"
	"log"
	"net/http"
	"os"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/policy"
)

// On the host the Worker is a plain HTTP server, for trying the API without
// workerd: go run ./worker -addr 127.0.0.1:8787 -store DIR.
func main() {
	addr := flag.String("addr", "127.0.0.1:8787", "address to listen on")
	dir := flag.String("store", "", "directory of association tables, laid out as in the KV namespace")
	flag.Parse()
	var store Store
	if *dir != "" {
		store = fsStore{os.DirFS(*dir)}
	}
	s, err := newServer(factors.Files(), policy.Files(), store, 0)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("serving the factor tables on http://%s/v1/tables", *addr)
	log.Fatal(http.ListenAndServe(*addr, s))
}
