//go:build js && wasm

package main

import (
	"time"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"
)

// In workerd the Worker serves the same handler through syumai/workers,
// with the associations' tables from a KV namespace bound as
// ASSOCIATION_KV or an R2 bucket bound as ASSOCIATION_R2 (wrangler.toml).
// The program serves every request of its isolate (worker/worker.mjs), so
// it indexes the tables once and never returns. What it reads from the
// store it keeps for ASSOCIATION_TTL (a Go duration; 60s when unset).
func main() {
	ttl, err := time.ParseDuration(cloudflare.Getenv("ASSOCIATION_TTL"))
	if err != nil {
		ttl = time.Minute
	}
	s, err := newServer(factors.Files(), policy.Files(), boundStore(), ttl)
	if err != nil {
		panic(err) // the embedded tables are checked by the calc/factors tests
	}
	workers.ServeNonBlock(s)
	workers.Ready()
	select {}
}
