//go:build js && wasm

package main

import (
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/syumai/workers"
)

// In workerd the Worker serves the same handler through syumai/workers,
// with the associations' tables from a KV namespace bound as
// ASSOCIATION_KV or an R2 bucket bound as ASSOCIATION_R2 (wrangler.toml).
func main() {
	s, err := newServer(factors.Files(), policy.Files(), boundStore())
	if err != nil {
		panic(err) // the embedded tables are checked by the calc/factors tests
	}
	workers.Serve(s)
}
