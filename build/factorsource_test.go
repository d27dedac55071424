package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The factor tables from the Worker, end to end: the built Worker in
// workerd (worker/dev.mjs, Miniflare on loopback, its KV namespace seeded
// with the example association table), a site built with
// -factor-source pointing at it, and real Chromium. Between the page and
// the Worker stands a gate on loopback that passes requests on, or holds
// them unanswered (a slow network), or changes a table's bytes on the
// way; the Worker behind it can be stopped.

// devWorker is the Worker running in workerd through worker/dev.mjs.
type devWorker struct {
	url   string
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines chan string
}

// startDevWorker builds the Worker as `make worker` does and runs it with
// a store holding a copy of worker/testdata/store.
func startDevWorker(t *testing.T) *devWorker {
	t.Helper()
	root := moduleRoot()
	if _, err := os.Stat(filepath.Join(root, "node_modules", "miniflare")); err != nil {
		t.Fatal("miniflare is not installed: run npm ci (make test does)")
	}
	dir := t.TempDir()
	build := filepath.Join(dir, "build")
	run := func(env []string, name string, args ...string) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = root, append(os.Environ(), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
	}
	run(nil, "go", "run", "github.com/syumai/workers/cmd/workers-assets-gen", "-mode=go", "-o", build)
	run([]string{"GOOS=js", "GOARCH=wasm"}, "go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(build, "app.wasm"), "./worker")
	run(nil, "cp", "worker/worker.mjs", filepath.Join(build, "worker.mjs"))
	store := filepath.Join(dir, "store")
	if err := os.CopyFS(store, os.DirFS(filepath.Join(root, "worker", "testdata", "store"))); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", "worker/dev.mjs", "--port", "0", "--build", build, "--store", store, "--ttl", "0s")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CLOUDFLARE_CF_FETCH_ENABLED=false", "WRANGLER_SEND_METRICS=false")
	cmd.Stderr = os.Stderr
	stdin, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w := &devWorker{cmd: cmd, stdin: stdin, lines: make(chan string, 16)}
	t.Cleanup(w.stop)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			w.lines <- sc.Text()
		}
		close(w.lines)
	}()
	for line := range w.lines {
		if u, ok := strings.CutPrefix(line, "ready "); ok {
			w.url = u
			return w
		}
	}
	t.Fatal("worker/dev.mjs ended before the Worker was ready")
	return nil
}

// put stores a file in the Worker's KV namespace under key, as an
// association publishing a table does.
func (w *devWorker) put(t *testing.T, key, file string) {
	t.Helper()
	if _, err := io.WriteString(w.stdin, "put "+key+" "+file+"\n"); err != nil {
		t.Fatal(err)
	}
	select {
	case line := <-w.lines:
		if !strings.HasPrefix(line, "ok put "+key) {
			t.Fatalf("put %s: %s", key, line)
		}
	case <-time.After(time.Minute):
		t.Fatalf("put %s: no answer from dev.mjs", key)
	}
}

// stop ends workerd (dev.mjs disposes of it on SIGTERM).
func (w *devWorker) stop() {
	if w.cmd.ProcessState != nil {
		return
	}
	w.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { w.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		w.cmd.Process.Kill()
		<-done
	}
}

// gate stands between the page and the Worker.
type gate struct {
	mu      sync.Mutex
	hold    bool   // hold every request unanswered until the page gives up
	tamper  string // a path whose answer has a byte changed
	target  *url.URL
	held    atomic.Int32 // requests held now
	paths   []string     // every path asked for
	forward *httputil.ReverseProxy
}

func newGate(t *testing.T, worker string) *gate {
	u, err := url.Parse(worker)
	if err != nil {
		t.Fatal(err)
	}
	forward := httputil.NewSingleHostReverseProxy(u)
	forward.ErrorLog = log.New(io.Discard, "", 0) // a stopped Worker is a 502, as the test means
	return &gate{target: u, forward: forward}
}

func (g *gate) set(hold bool, tamper string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.hold, g.tamper = hold, tamper
}

func (g *gate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	hold, tamper := g.hold, g.tamper
	g.paths = append(g.paths, r.URL.Path)
	g.mu.Unlock()
	switch {
	case hold:
		g.held.Add(1)
		defer g.held.Add(-1)
		<-r.Context().Done()
	case r.URL.Path == tamper:
		res, err := http.Get(g.target.String() + r.URL.Path)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		for k, v := range res.Header {
			if k != "Content-Length" {
				w.Header()[k] = v
			}
		}
		w.WriteHeader(res.StatusCode)
		w.Write(bytes.Replace(body, []byte("0.2500"), []byte("0.2501"), 1))
	default:
		g.forward.ServeHTTP(w, r)
	}
}

// publish writes version v of the example park table with Example Park
// east's factor east, signs it with the RFC 8032 test key the Worker's
// tests use, and puts it into the Worker's store.
func publish(t *testing.T, s testSite, w *devWorker, v, east string) {
	t.Helper()
	root := moduleRoot()
	v1 := filepath.Join(root, "worker", "testdata", "store", "example-park-2025", "1")
	dir := t.TempDir()
	manifest, _ := os.ReadFile(filepath.Join(v1, "manifest.json"))
	csv, _ := os.ReadFile(filepath.Join(v1, "example-park-2025.csv"))
	os.WriteFile(filepath.Join(dir, "manifest.json"), bytes.Replace(manifest, []byte(`"version": 1,`), []byte(`"version": `+v+`,`), 1), 0o644)
	os.WriteFile(filepath.Join(dir, "example-park-2025.csv"), bytes.Replace(csv, []byte("0.4000"), []byte(east), 1), 0o644)
	cmd := exec.Command(s.cli, "table", "sign", "--key", filepath.Join(root, "worker", "testdata", "rfc8032-test1.key"), dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("table sign: %v\n%s", err, out)
	}
	for _, f := range []string{"manifest.json", "example-park-2025.csv", "signature.json"} {
		w.put(t, "example-park-2025/"+v+"/"+f, filepath.Join(dir, f))
	}
}

// cliWithTables is `greenline calc --tables DIR` of the project the page
// last computed.
func cliWithTables(t *testing.T, ctx context.Context, s testSite, dir string) (input, out string) {
	t.Helper()
	input = eval[string](t, ctx, st(`s.answer.input`))
	cmd := exec.Command(s.cli, "calc", "--tables", dir, "-")
	cmd.Stdin = strings.NewReader(input)
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("greenline calc --tables %s: %v", dir, err)
	}
	return input, string(b)
}

func TestFactorSource(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the site and the Worker and drives Chromium; make test runs it")
	}
	worker := startDevWorker(t)
	g := newGate(t, worker.url)
	front := httptest.NewServer(g)
	t.Cleanup(front.Close)
	s := serveBuildWith(t, front.URL+"/v1/")
	ctx := newBrowser(t)
	const keyID = "21fe31dfa154a261626bf854046fd227" // RFC 8032 test 1's key
	text := func(sel string) string {
		return `(document.querySelector(` + jsString(sel) + `) || {textContent: ""}).textContent`
	}
	results := func() {
		t.Helper()
		press(t, ctx, `.steps [data-goto="results"]`)
		idle(t, ctx)
	}
	source := func(where, ref string) string {
		return eval[string](t, ctx, `(() => { const li = document.querySelector(`+jsString(where+` .gl-sources li[data-table="`+ref+`"]`)+`);
			return li ? li.dataset.source + " | " + li.textContent : "missing"; })()`)
	}

	// A project whose facility takes Example Park east's factor, 1 MWh.
	open(t, ctx, s, "en")
	project := filepath.Join(t.TempDir(), "park.json")
	os.WriteFile(project, []byte(`{"format":1,"organisation":"Example Cables","period":{"start":"2025-01"},"facilities":[{"id":"f1","name":"East works","grid":{"table":"example-park-2025","key":"example-park-east"},"electricity":{"unit":"MWh","annual":"1"}}]}`), 0o644)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS("#project-file"), []string{project}))
	waitFor(t, ctx, st(`s.doc && s.doc.facilities[0].grid.table === "example-park-2025"`))

	t.Run("an association table is used only once its key is trusted", func(t *testing.T) {
		// Offered, not used: the key is not trusted yet.
		waitFor(t, ctx, `document.querySelector('#factor-offers li[data-table="example-park-2025@1"] button[data-key="`+keyID+`"]')`)
		results()
		if got := eval[string](t, ctx, st(`(s.errors || []).map((e) => e.code).join(",")`)); !strings.Contains(got, "factor.table_unknown") {
			t.Errorf("before trusting: problems %q, want factor.table_unknown", got)
		}
		press(t, ctx, `.steps [data-goto="green"]`)
		press(t, ctx, `#factor-offers button[data-key="`+keyID+`"]`)
		waitFor(t, ctx, text("#factor-status")+`.includes("Now using example-park-2025 version 1 from the Worker `+front.URL+`")`)
		results()
		// 1 MWh × 0.4000 kg/kWh = 400 kg = 0.400 t.
		waitFor(t, ctx, text("#live-location")+` === "0.400 tCO2"`)
		if got, want := source("#result-view", "example-park-2025@1"), "worker | example-park-2025 version 1 (Worker "+front.URL+")"; got != want {
			t.Errorf("result's source: %q, want %q", got, want)
		}
		if got := source("#report", "example-park-2025@1"); !strings.HasPrefix(got, "worker | ") {
			t.Errorf("report's source: %q", got)
		}
		// The same bytes as the CLI given the same table files.
		_, want := cliWithTables(t, ctx, s, filepath.Join(moduleRoot(), "worker", "testdata", "store", "example-park-2025", "1"))
		if got := eval[string](t, ctx, st(`s.answer.out`)); got != want {
			t.Errorf("page and greenline calc --tables differ:\npage %.300s\nCLI  %.300s", got, want)
		}
	})

	t.Run("a facility takes a row of a trusted association table from its region list", func(t *testing.T) {
		press(t, ctx, `.steps [data-goto="facilities"]`)
		const region = `document.querySelector("[data-list=facilities] select[data-factor]")`
		if got, want := eval[string](t, ctx, region+`.value`), "example-park-2025 example-park-east"; got != want {
			t.Errorf("the region list shows %q, want the project's %q", got, want)
		}
		group := `[data-list=facilities] optgroup[data-kept="example-park-2025"]`
		if got, want := eval[string](t, ctx, `document.querySelector(`+jsString(group)+`).label`),
			"Example Park grid factors, data year 2025 (test data, not real) (example-park-2025 version 1, from the Worker)"; got != want {
			t.Errorf("the association's group: %q, want %q", got, want)
		}
		if got, want := eval[string](t, ctx, `[...document.querySelectorAll(`+jsString(group+" option")+`)].map((o) => o.textContent).join(" | ")`),
			"Example Park east grid (test data) — 0.4000 kgCO2/kWh | Example Park west grid (test data) — 0.2500 kgCO2/kWh"; got != want {
			t.Errorf("the association's rows: %q, want %q", got, want)
		}
		choose := func(value string) {
			t.Helper()
			eval[bool](t, ctx, `(() => { const s = `+region+`; s.focus(); s.value = `+jsString(value)+`; s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
		}
		// West: 1 MWh × 0.2500 kg/kWh = 250 kg = 0.250 t.
		choose("example-park-2025 example-park-west")
		// The choice is the whole grid: nothing of the one before stays.
		waitFor(t, ctx, st(`JSON.stringify(s.doc.facilities[0].grid) === '{"table":"example-park-2025","key":"example-park-west"}'`))
		waitFor(t, ctx, text("#live-location")+` === "0.250 tCO2"`)
		// Back to an embedded row: Jiangsu's, in the embedded table.
		choose("province-jiangsu")
		waitFor(t, ctx, st(`s.doc.facilities[0].grid.table === document.getElementById("calc").dataset.table && s.doc.facilities[0].grid.key === "province-jiangsu"`))
		// And east again, which the next subtests expect.
		choose("example-park-2025 example-park-east")
		waitFor(t, ctx, text("#live-location")+` === "0.400 tCO2"`)
	})

	t.Run("a newer version in the Worker is picked up and said", func(t *testing.T) {
		publish(t, s, worker, "2", "0.3000")
		open(t, ctx, s, "en")
		waitFor(t, ctx, text("#factor-status")+`.includes("Now using example-park-2025 version 2 from the Worker")`)
		results()
		// 1 MWh × 0.3000 kg/kWh = 0.300 t.
		waitFor(t, ctx, text("#live-location")+` === "0.300 tCO2"`)
		if got := source("#report", "example-park-2025@2"); got != "worker | example-park-2025 version 2 (Worker "+front.URL+")" {
			t.Errorf("report's source: %q", got)
		}
	})

	t.Run("a table whose bytes changed on the way is refused and the page says why", func(t *testing.T) {
		publish(t, s, worker, "3", "0.2000")
		g.set(false, "/v1/tables/example-park-2025/3")
		defer g.set(false, "")
		open(t, ctx, s, "en")
		waitFor(t, ctx, text("#factor-status")+`.includes("Table example-park-2025 version 3 was refused: the SHA-256 of what arrived is")`)
		if got := eval[int](t, ctx, `document.querySelectorAll('#factor-refusals li[data-code="factor.hash"]').length`); got != 1 {
			t.Errorf("%d factor.hash refusals listed, want 1", got)
		}
		results()
		waitFor(t, ctx, text("#live-location")+` === "0.300 tCO2"`) // still version 2
	})

	t.Run("the calculator never waits for the Worker", func(t *testing.T) {
		g.set(true, "")
		defer g.set(false, "")
		open(t, ctx, s, "en")
		results()
		waitFor(t, ctx, text("#live-location")+` === "0.300 tCO2"`)
		// The result is there while the index is still asked for.
		if n := g.held.Load(); n == 0 {
			t.Errorf("no request held when the result appeared")
		}
		if got := eval[string](t, ctx, text("#factor-status")); strings.Contains(got, "could not be reached") {
			t.Errorf("the page gave up on the Worker before showing the result: %q", got)
		}
	})

	t.Run("with the Worker stopped the kept copy computes, in Chinese at phone width", func(t *testing.T) {
		worker.stop()
		do(t, ctx, viewport(screen{390, 844}))
		open(t, ctx, s, "zh")
		// The reason is worded in the page's language too (a code, not the
		// browser's English words for a refused connection).
		waitFor(t, ctx, text("#factor-status")+`.includes("无法连接排放因子表服务")`)
		if got := eval[string](t, ctx, text("#factor-status")); !strings.Contains(got, "（无法建立连接）") {
			t.Errorf("status %q: want the reason 无法建立连接 in Chinese", got)
		}
		results()
		waitFor(t, ctx, text("#live-location")+` === "0.300 tCO2"`)
		if got, want := source("#result-view", "example-park-2025@2"), "worker | example-park-2025 第 2 版（Worker 服务 "+front.URL+"）"; got != want {
			t.Errorf("result's source: %q, want %q", got, want)
		}
		// What this test adds to the page fits a phone (the result's own
		// tables are the results module's, tested with it).
		edge := func(sel string) {
			t.Helper()
			if r := eval[float64](t, ctx, `(() => { const e = document.querySelector(`+jsString(sel)+`); if (!e) return -1;
				return Math.max(...[e, ...e.querySelectorAll("*")].map((x) => x.getBoundingClientRect().right)); })()`); r <= 0 || r > 390 {
				t.Errorf("%s: right edge at %.0f px on a 390 px phone (-1: missing, 0: not shown)", sel, r)
			}
		}
		edge("#factor-status")
		edge("#result-view .gl-sources")
		fits(t, ctx, "the result with a kept table, zh at 390 px")
		// The association's rows are offered in Chinese on a phone too.
		press(t, ctx, `.steps [data-goto="facilities"]`)
		if got, want := eval[string](t, ctx, `[...document.querySelectorAll('[data-list=facilities] optgroup[data-kept] option')].map((o) => o.textContent).join(" | ")`),
			"示例园区东区电网（测试数据） — 0.3000 kgCO2/kWh | 示例园区西区电网（测试数据） — 0.2500 kgCO2/kWh"; got != want {
			t.Errorf("the association's rows in Chinese: %q, want %q", got, want)
		}
		edge("[data-list=facilities] select[data-factor]")
		fits(t, ctx, "the facilities step with an association's table, zh at 390 px")
		press(t, ctx, `.steps [data-goto="green"]`)
		edge(".factor-tables")
		fits(t, ctx, "the green-sources step with the factor tables, zh at 390 px")
		axeCheck(t, ctx, "the green-sources step with the factor tables, zh")
	})
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return "`" + strings.NewReplacer("\\", "\\\\", "`", "\\`", "$", "\\$").Replace(s) + "`"
}
