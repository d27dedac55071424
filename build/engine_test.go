package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/greenline-calc/greenline/site"
)

// TestEngineFails: an engine that cannot start, because its worker's
// script or its wasm does not load, is said on the page in its language,
// and a calculation asked of it answers with an error instead of leaving
// the page waiting. The worker is started by boot.js, mostly before the
// page's modules run, so its failure may come before engine.js listens.
func TestEngineFails(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the site and drives Chromium; make test runs it")
	}
	built := filepath.Join(t.TempDir(), "dist")
	if _, err := (Config{Origin: site.DefaultOrigin}).Build(built); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, glob string }{
		{"the worker's script is missing", "worker.*.js"},
		{"the wasm is missing", "greenline.*.wasm*"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dist := filepath.Join(t.TempDir(), "dist")
			if err := os.CopyFS(dist, os.DirFS(built)); err != nil {
				t.Fatal(err)
			}
			gone, _ := filepath.Glob(filepath.Join(dist, "assets", c.glob))
			if len(gone) == 0 {
				t.Fatalf("no assets/%s in the build", c.glob)
			}
			for _, f := range gone {
				os.Remove(f)
			}
			l := newLoopback(t, Handler(dist))
			ctx := newBrowser(t)
			phone(t, ctx)
			do(t, ctx, chromedp.Navigate(l.url()+"/zh/"))
			waitFor(t, ctx, `document.getElementById("status").textContent === "计算器无法在此浏览器中启动。请刷新页面；如仍失败，您的浏览器可能不支持 WebAssembly。"`)
			// A calculation asked now answers with the page's internal
			// error rather than never (it used to wait for a start that
			// would not come).
			got := eval[string](t, ctx, `(async () => {
				const src = document.querySelector("script[type=module]").src;
				const { check } = await import(new URL("engine.js", src));
				return (await check("{}")).errors.map((e) => e.code).join(",");
			})()`)
			if got != "internal" {
				t.Errorf("a check asked of the failed engine answered %q, want the internal error", got)
			}
		})
	}
}
