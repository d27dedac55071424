package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/a-h/templ"
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/greenline-calc/greenline/site"
)

// A Manifest records what a build wrote: every file with its raw, gzip and
// brotli sizes, and which files a first visit to a page loads.
type Manifest struct {
	Files     map[string]Sizes `json:"files"`      // path in dist → sizes
	FirstLoad []string         `json:"first_load"` // files a first visit to /en/ fetches
}

// Sizes are a file's sizes in bytes.
type Sizes struct {
	Raw    int `json:"raw"`
	Gzip   int `json:"gzip"`
	Brotli int `json:"brotli"`
}

// Build writes the whole site into dir, replacing what was there.
func (c Config) Build(dir string) (*Manifest, error) {
	origin, factorSource := c.Origin, c.FactorSource
	if origin == "" {
		origin = site.DefaultOrigin
	}
	origin, err := site.CheckOrigin(origin)
	if err != nil {
		return nil, err
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	w := &writer{dir: dir, m: &Manifest{Files: map[string]Sizes{}}, sum: sha256.New()}
	wasm, err := compileWasm()
	if err != nil {
		return nil, err
	}
	execJS, err := os.ReadFile(filepath.Join(goEnv("GOROOT"), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return nil, fmt.Errorf("wasm_exec.js from the Go root: %w", err)
	}
	static := func(name string) []byte {
		b, err := fs.ReadFile(site.Static, "static/"+name)
		if err != nil {
			panic(err) // embedded at compile time: cannot be missing
		}
		return b
	}
	wasmName := w.asset("greenline.wasm", wasm)
	// The app's version, printed in every report, is the content hash of
	// the calculation engine: the same hash, the same arithmetic.
	version := strings.TrimSuffix(strings.TrimPrefix(path.Base(wasmName), "greenline."), ".wasm")
	// wasm_exec.js, Go's glue for the wasm, is written into the worker's
	// script where it says so, after the line that starts the wasm's
	// download: one request fewer before the engine can start.
	workerSrc := string(static("worker.js"))
	for _, mark := range []string{`importScripts("__WASM_EXEC__");`, `"__WASM__"`} {
		if strings.Count(workerSrc, mark) != 1 {
			return nil, fmt.Errorf("site/static/worker.js: %s must occur once, where the build writes it", mark)
		}
	}
	workerJS := strings.NewReplacer(
		`importScripts("__WASM_EXEC__");`, "\n"+string(execJS),
		`"__WASM__"`, `"`+path.Base(wasmName)+`"`,
	).Replace(workerSrc)
	modules := w.modules(static, site.Modules)
	w.head = w.reach(c, static, modules)
	assets := site.Assets{
		Origin:  origin,
		CSS:     w.asset("style.css", bundle(static, site.StyleSheets)),
		App:     modules + site.EntryModule,
		Worker:  w.asset("worker.js", []byte(workerJS)),
		Boot:    w.asset("boot.js", static("boot.js")),
		Factors: w.asset("factors.js", static("factors.js")),
	}
	for _, name := range site.Modules {
		if name != site.EntryModule && name != site.EngineModule && !slices.Contains(site.LazyModules, name) {
			assets.Preload = append(assets.Preload, modules+name)
		}
	}
	assets.Root = w.asset("root.js", static("root.js"))
	w.icons()
	if err := w.page("index.html", site.RootPage(assets)); err != nil {
		return nil, err
	}
	lib, pol := factors.Default(), policy.Default()
	for _, lang := range site.Langs {
		calcView := site.NewCalcView(lang, assets, lib, version)
		calcView.FactorSource = workerBase(factorSource)
		pages := map[site.Page]templ.Component{
			site.PageCalc:    site.CalcPage(calcView),
			site.PageFactors: site.FactorsPage(site.NewFactorsView(lang, assets, lib)),
			site.PageMethod:  site.MethodPage(site.NewMethodView(lang, assets, lib, pol)),
			site.PageEmbed:   site.EmbedPage(site.NewEmbedView(lang, assets)),
		}
		for _, p := range site.Pages {
			if err := w.page(p.File(lang), pages[p]); err != nil {
				return nil, err
			}
		}
	}
	if w.err != nil {
		return nil, w.err
	}
	w.headers(c)
	w.m.FirstLoad = []string{"index.html", "en/index.html", assets.CSS, assets.Boot, assets.Worker, wasmName}
	for _, name := range site.Modules {
		if !slices.Contains(site.LazyModules, name) {
			w.m.FirstLoad = append(w.m.FirstLoad, modules+name)
		}
	}
	w.serviceWorker(static("sw.js"))
	b, _ := json.MarshalIndent(w.m, "", "  ")
	return w.m, os.WriteFile(filepath.Join(dir, "build.json"), append(b, '\n'), 0o644)
}

// workerBase is the Worker's address as the page's factor source takes it,
// without the API's path: "-factor-source https://f.example/v1/" and
// "https://f.example" both give "https://f.example".
func workerBase(flag string) string {
	s := strings.TrimSuffix(flag, "/")
	s = strings.TrimSuffix(s, "/v1/tables")
	return strings.TrimSuffix(s, "/v1")
}

// bundle joins static files into one, in order, each starting on a new
// line, so that a first visit fetches one script and one stylesheet.
func bundle(static func(string) []byte, names []string) []byte {
	var b bytes.Buffer
	for _, n := range names {
		b.Write(static(n))
		if b.Len() > 0 && b.Bytes()[b.Len()-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// modules writes the page's ES modules into one folder named by the hash
// of all of them together, assets/app.HASH/, and returns that folder's
// path with a trailing slash.
//
// Why a hashed folder: the modules import each other by plain relative
// names ("./engine.js") and need nothing rewritten, no bundler and no
// import map. An import map would have to be an inline <script
// type="importmap"> (browsers do not load one from a file), which a
// Content-Security-Policy of script-src 'self' forbids; a hashed folder
// keeps every script an external file, so that policy stays possible. The
// folder changes whenever any module does, so the assets stay immutable
// and cacheable forever; the cost is that a change to one module makes a
// returning visitor fetch them all again (tens of kilobytes compressed).
func (w *writer) modules(static func(string) []byte, names []string) string {
	sum := sha256.New()
	for _, n := range names {
		b := static(n)
		fmt.Fprintf(sum, "%s %d\n", n, len(b))
		sum.Write(b)
	}
	dir := "assets/app." + hex.EncodeToString(sum.Sum(nil))[:12] + "/"
	for _, n := range names {
		w.write(dir+n, static(n))
	}
	return dir
}

// writer writes files into the output folder, each with its compressed
// variants, and keeps the first error.
type writer struct {
	dir  string
	m    *Manifest
	sum  hash.Hash // of every name and content written, in order
	err  error
	head site.Head // what every page's <head> links
}

// asset writes data under assets/ with a content hash in its name and
// returns its path relative to the site root.
func (w *writer) asset(name string, data []byte) string {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	hashed := "assets/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:12] + ext
	w.write(hashed, data)
	return hashed
}

func (w *writer) page(name string, c templ.Component) error {
	var b bytes.Buffer
	if err := c.Render(site.WithHead(context.Background(), w.head), &b); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.write(name, b.Bytes())
	return nil
}

func (w *writer) write(name string, data []byte) {
	if w.err != nil {
		return
	}
	full := filepath.Join(w.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		w.err = err
		return
	}
	gz, br := gzipBytes(data), brotliBytes(data)
	for _, f := range []struct {
		suffix string
		data   []byte
	}{{"", data}, {".gz", gz}, {".br", br}} {
		if err := os.WriteFile(full+f.suffix, f.data, 0o644); err != nil {
			w.err = err
			return
		}
	}
	w.m.Files[name] = Sizes{Raw: len(data), Gzip: len(gz), Brotli: len(br)}
	fmt.Fprintf(w.sum, "%s %d\n", name, len(data))
	w.sum.Write(data)
}

// compileWasm builds ./wasm for the browser, stripped and with no local
// paths in it.
func compileWasm() ([]byte, error) {
	tmp, err := os.MkdirTemp("", "greenline-wasm")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "greenline.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./wasm")
	cmd.Dir = moduleRoot()
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("compile wasm: %v\n%s", err, b)
	}
	return os.ReadFile(out)
}

func goEnv(name string) string {
	b, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// moduleRoot is the folder of go.mod, so that the build works from any
// folder of the module, tests included.
func moduleRoot() string { return filepath.Dir(goEnv("GOMOD")) }

// Summary describes the build in a few lines: the size of the wasm and of
// a first visit, raw and compressed.
func (m *Manifest) Summary() []string {
	var lines []string
	var total Sizes
	names := append([]string(nil), m.FirstLoad...)
	sort.Strings(names)
	for _, n := range names {
		s := m.Files[n]
		total.Raw += s.Raw
		total.Gzip += s.Gzip
		total.Brotli += s.Brotli
		if strings.HasSuffix(n, ".wasm") {
			lines = append(lines, fmt.Sprintf("wasm %s: %d bytes raw, %d gzip, %d brotli", n, s.Raw, s.Gzip, s.Brotli))
		}
	}
	lines = append(lines, fmt.Sprintf("first load (%d files): %d bytes raw, %d gzip, %d brotli", len(names), total.Raw, total.Gzip, total.Brotli))
	return lines
}
