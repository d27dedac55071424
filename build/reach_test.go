package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/greenline-calc/greenline/site"
)

// The reach tests drive the site as installed app, offline app, updated
// app, embedded calculator and locked-down page, in real Chromium against a
// real build served on loopback.

// loopback serves a handler on one fixed address that can be stopped and
// started again, as a server that goes away and comes back.
type loopback struct {
	addr string
	h    http.Handler
	srv  *http.Server
}

func newLoopback(t *testing.T, h http.Handler) *loopback {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := &loopback{addr: ln.Addr().String(), h: h}
	l.serve(ln)
	t.Cleanup(l.stop)
	return l
}

func (l *loopback) serve(ln net.Listener) {
	l.srv = &http.Server{Handler: l.h}
	go l.srv.Serve(ln)
}

func (l *loopback) stop() {
	if l.srv != nil {
		l.srv.Close()
		l.srv = nil
	}
}

func (l *loopback) start(t *testing.T) {
	t.Helper()
	ln, err := net.Listen("tcp", l.addr)
	if err != nil {
		t.Fatalf("listen again on %s: %v", l.addr, err)
	}
	l.serve(ln)
}

func (l *loopback) url() string { return "http://" + l.addr }

// watch records what a tab does: every request it sends (the worker's and
// the service worker's included, as Chromium reports them to the tab),
// every console message and log entry, and every CSP violation the page
// reports (through a listener added to each document before its scripts).
type watch struct {
	mu         sync.Mutex
	requests   []string // method and URL
	posts      []string // bodies sent
	console    []string
	violations []string
}

const violationHook = `addEventListener("securitypolicyviolation", (e) =>
	console.error("CSP violation: " + e.violatedDirective + " blocked " + e.blockedURI + " at " + e.sourceFile + ":" + e.lineNumber), true);`

func newWatch(t *testing.T, ctx context.Context) *watch {
	t.Helper()
	w := &watch{}
	chromedp.Listen(ctx, func(ev any) {
		w.mu.Lock()
		defer w.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			w.requests = append(w.requests, e.Request.Method+" "+e.Request.URL)
			for _, p := range e.Request.PostDataEntries {
				w.posts = append(w.posts, string(p.Bytes))
			}
		case *cdpruntime.EventConsoleAPICalled:
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
			}
			msg := string(e.Type) + ": " + strings.Join(parts, " ")
			w.console = append(w.console, msg)
			if strings.Contains(msg, "CSP violation") {
				w.violations = append(w.violations, msg)
			}
		case *cdplog.EventEntryAdded:
			msg := string(e.Entry.Level) + " " + string(e.Entry.Source) + ": " + e.Entry.Text + " " + e.Entry.URL
			w.console = append(w.console, msg)
			if strings.Contains(e.Entry.Text, "Content Security Policy") || strings.Contains(e.Entry.Text, "Refused to") {
				w.violations = append(w.violations, msg)
			}
		case *cdpruntime.EventExceptionThrown:
			w.console = append(w.console, "exception: "+e.ExceptionDetails.Text)
		}
	})
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tg, cdplog.Enable, cdp.Empty{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: violationHook})
		return err
	}))
	return w
}

// check fails the test for every violation and every request that left
// origin or carried one of the typed strings, and logs what was seen.
func (w *watch) check(t *testing.T, origin string, typed ...string) {
	t.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, v := range w.violations {
		t.Errorf("CSP violation: %s", v)
	}
	for _, r := range w.requests {
		_, u, _ := strings.Cut(r, " ")
		if !strings.HasPrefix(u, origin+"/") && !strings.HasPrefix(u, "blob:"+origin+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("a request left the origin %s: %s", origin, r)
		}
		for _, s := range typed {
			if strings.Contains(r, s) || strings.Contains(r, strings.ReplaceAll(s, " ", "%20")) || strings.Contains(r, strings.ReplaceAll(s, " ", "+")) {
				t.Errorf("request %s carries %q, which the user typed", r, s)
			}
		}
	}
	for _, p := range w.posts {
		t.Errorf("a request sent a body: %.200s", p)
	}
	t.Logf("%d requests, all to %s; %d console messages, 0 violations", len(w.requests), origin, len(w.console))
	for _, c := range w.console {
		t.Logf("console: %s", c)
	}
	w.requests, w.posts, w.console, w.violations = nil, nil, nil, nil
}

// phone makes the tab 390 CSS pixels wide, as a phone.
func phone(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 390, Height: 844, DeviceScaleFactor: 2, Mobile: true})
		return err
	}))
}

// overlayCore writes a go build -overlay file that adds one source file to
// the wasm package: a changed core, with no change to the tree.
func overlayCore(t *testing.T, mark string) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "zz_release.go")
	code := "package main\n\nvar release = []byte(" + strconv.Quote(mark) + ")\n\nfunc init() {\n\tif len(release) == 0 {\n\t\tpanic(\"no release\")\n\t}\n}\n"
	if err := os.WriteFile(src, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	overlay, _ := json.Marshal(map[string]map[string]string{"Replace": {filepath.Join(moduleRoot(), "wasm", "zz_release.go"): src}})
	path := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(path, overlay, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// hostPage is a partner's page on another origin: the element, a frame of
// a third origin that posts look-alike messages, and a log of every
// message the page receives from the calculator and every event the
// element fires.
func hostPage(calc, evil string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Association</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<h1>Example association</h1>
<script>
window.fromCalc = []; window.events = [];
// Everything the first element's frame sends.
addEventListener("message", (e) => {
	const frame = document.querySelector("greenline-calculator").shadowRoot.querySelector("iframe");
	if (e.origin === ` + strconv.Quote(calc) + ` && e.source === frame.contentWindow) fromCalc.push(e.data);
});
</script>
<greenline-calculator lang="en" name="Test Association" accent="#6b2c91" region="province-jiangsu" steps="facilities,electricity"></greenline-calculator>
<greenline-calculator id="pale" lang="zh" accent="#f0e68c" hidden></greenline-calculator>
<script src="` + calc + `/embed.js"></script>
<script>
for (const t of ["ready", "resize", "result-summary"]) document.querySelector("greenline-calculator").addEventListener("greenline-" + t, (e) => events.push(e.detail));
</script>
<iframe id="evil" src="` + evil + `/evil.html" title="other"></iframe>
</body></html>`
}

// evilPage posts messages shaped like the calculator's to its parent.
const evilPage = `<!DOCTYPE html><html><body><script>
parent.postMessage({greenline: 1, type: "resize", height: 7}, "*");
parent.postMessage({greenline: 1, type: "result-summary", summary: {location_based: {value: "1", unit: "tCO2"}}}, "*");
document.body.dataset.sent = "yes";
</script></body></html>`

func TestReach(t *testing.T) {
	dir := t.TempDir()
	dist := filepath.Join(dir, "dist")
	calc := newLoopback(t, Handler(dist))
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, evilPage)
	}))
	t.Cleanup(evil.Close)
	hostSrv := httptest.NewServer(nil)
	t.Cleanup(hostSrv.Close)
	_, port, _ := net.SplitHostPort(hostSrv.Listener.Addr().String())
	hostOrigin := "http://localhost:" + port
	var plain atomic.Value // the embed page's plain frame (a string), set once the site is built
	hostSrv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if r.URL.Path == "/plain" {
			fmt.Fprint(w, `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>协会</title></head><body><h1>示例协会</h1>`+plain.Load().(string)+`</body></html>`)
			return
		}
		fmt.Fprint(w, hostPage(calc.url(), evil.URL))
	})

	cfg := Config{Partners: []string{hostOrigin}}
	m, err := cfg.Build(dist)
	if err != nil {
		t.Fatal(err)
	}
	versionA := version(m)
	// The engine's boot script runs under the page's policy: it comes
	// after the policy's meta element, in every language.
	for _, l := range site.Langs {
		b, err := os.ReadFile(filepath.Join(dist, string(l), "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		policy, boot := bytes.Index(b, []byte(`http-equiv="Content-Security-Policy"`)), bytes.Index(b, []byte(`data-worker=`))
		if policy < 0 || boot < 0 || boot < policy {
			t.Errorf("/%s/: the policy's meta element at %d, the boot script at %d: the script must come after the policy", l, policy, boot)
		}
	}
	ctx := newBrowser(t)
	w := newWatch(t, ctx)
	phone(t, ctx)

	t.Run("every page in both languages at 390 px: zero violations, nothing leaves the origin", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(calc.url()+"/"), chromedp.WaitReady(chromedp.CSS(`#calc`)))
		for _, l := range site.Langs {
			for _, p := range site.Pages {
				do(t, ctx, chromedp.Navigate(calc.url()+"/"+string(l)+"/"+p.Path()), chromedp.WaitReady(chromedp.CSS(`main h1`)))
				if p == site.PageCalc {
					idle(t, ctx)
				}
				if p == site.PageEmbed {
					// The live example frames the calculator and sizes it.
					waitFor(t, ctx, `document.querySelector("greenline-calculator").shadowRoot.querySelector("iframe").getBoundingClientRect().height > 700`)
					axeCheck(t, ctx, "/"+string(l)+"/embed/")
				}
				if over := eval[int](t, ctx, `document.documentElement.scrollWidth - innerWidth`); over > 0 {
					t.Errorf("/%s/%s is %d px wider than a 390 px phone", l, p.Path(), over)
				}
			}
		}
		w.check(t, calc.url())
	})

	t.Run("installable in both languages", func(t *testing.T) {
		for _, l := range site.Langs {
			do(t, ctx, chromedp.Navigate(calc.url()+"/"+string(l)+"/"))
			idle(t, ctx)
			waitFor(t, ctx, `navigator.serviceWorker.ready.then((r) => !!r.active)`)
			var errs []*page.InstallabilityError
			var man page.GetAppManifestResult
			do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				r, err := cdp.Call(ctx, tg, page.GetInstallabilityErrors, cdp.Empty{})
				errs = r.InstallabilityErrors
				if err != nil {
					return err
				}
				man, err = cdp.Call(ctx, tg, page.GetAppManifest, page.GetAppManifestParams{})
				return err
			}))
			for _, e := range errs {
				t.Errorf("/%s/: installability error %s", l, e.ErrorID)
			}
			for _, e := range man.Errors {
				t.Errorf("/%s/: manifest error %s", l, e.Message)
			}
			if want := calc.url() + "/" + string(l) + "/" + site.ManifestFile; man.URL != want {
				t.Errorf("/%s/: manifest %s, want %s", l, man.URL, want)
			}
			var got struct {
				Name, Display string
				Icons         []struct{ Sizes, Purpose string }
			}
			json.Unmarshal([]byte(man.Data), &got)
			wantName := map[site.Lang]string{site.EN: "Greenline carbon self-assessment", site.ZH: "Greenline 碳排放自评估"}[l]
			if got.Name != wantName || got.Display != "standalone" || len(got.Icons) != 3 {
				t.Errorf("/%s/: manifest %+v, want name %q, standalone, three icons", l, got, wantName)
			}
		}
		w.check(t, calc.url())
	})

	const company = "Reach Cables Ltd"
	t.Run("a full assessment under the policy: zero violations, nothing leaves the origin", func(t *testing.T) {
		open(t, ctx, testSite{url: calc.url()}, "en")
		newProject(t, ctx)
		keys(t, ctx, field("organisation"), company)
		step(t, ctx, "company", "facilities")
		keys(t, ctx, field("facilities[0].grid.key"), "Jiangsu")
		step(t, ctx, "facilities", "electricity")
		for i := range 12 {
			keys(t, ctx, field("facilities[0].electricity.monthly["+strconv.Itoa(i)+"]"), "100000")
		}
		// A meter file, as a workbook: the XLSX module loads and reads it.
		importFile(t, ctx, workbook(t), "sheet")
		keys(t, ctx, "#xlsx-time", kb.ArrowDown)
		keys(t, ctx, "#xlsx-value", kb.ArrowDown)
		press(t, ctx, "#xlsx-read")
		waitFor(t, ctx, st(`s.meter === "read"`))
		press(t, ctx, "#meter-cancel")
		step(t, ctx, "electricity", "green")
		step(t, ctx, "green", "products")
		step(t, ctx, "products", "results")
		// 12 × 100,000 kWh × 0.5827 kgCO2/kWh (Jiangsu, MEE/NBS 2023) = 699.240 t.
		if got := resultText(t, ctx); !strings.Contains(got, "699.240") {
			t.Errorf("the result does not show 699.240: %.300s", got)
		}
		if text := pdfText(t, printPDF(t, ctx)); !strings.Contains(text, company) {
			t.Error("the printed report lacks the company")
		}
		downloads := allowDownloads(t, ctx)
		for _, b := range []string{"#export-json", "#export-csv", "#export-xlsx"} {
			press(t, ctx, b)
		}
		waitFiles(t, downloads, 3)
		w.check(t, calc.url(), company, "100000")
	})

	t.Run("embedded on another origin", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(hostOrigin+"/"), chromedp.WaitReady(chromedp.CSS(`h1`)))
		waitFor(t, frameContext(t, ctx, evil.URL), `document.body.dataset.sent === "yes"`)
		waitFor(t, ctx, `window.fromCalc.some((m) => m.type === "ready")`)
		frameHeight := `document.querySelector("greenline-calculator").shadowRoot.querySelector("iframe").getBoundingClientRect().height`
		// Automatic height: the frame is as tall as its content said, and
		// more than the 40rem it starts with.
		waitFor(t, ctx, `(() => { const r = fromCalc.filter((m) => m.type === "resize"); return r.length > 0 && Math.abs(`+frameHeight+` - r[r.length - 1].height) < 1 && r[r.length - 1].height > 700; })()`)
		if got := eval[string](t, ctx, `JSON.stringify(fromCalc[0])`); got != `{"greenline":1,"type":"ready","lang":"en"}` {
			t.Errorf("first message %s, want ready in English", got)
		}
		// The pale accent fails AA against white and is refused.
		if !eval[bool](t, ctx, `document.getElementById("pale").hasAttribute("data-accent-refused")`) {
			t.Error("an accent of 1.2:1 contrast with white was not refused")
		}

		// Inside the frame: the settings applied.
		frame := frameContext(t, ctx, calc.url()+"/en/?embed=1")
		idle(t, frame)
		if got := eval[string](t, frame, `getComputedStyle(document.documentElement).getPropertyValue("--green").trim()`); got != "#6b2c91" {
			t.Errorf("accent in the frame %q, want #6b2c91", got)
		}
		if got := eval[string](t, frame, `[...document.querySelectorAll(".steps li")].filter((li) => !li.hidden).map((li) => li.querySelector("[data-goto]").dataset.goto).join(",")`); got != "facilities,electricity,results" {
			t.Errorf("steps shown %q, want facilities,electricity,results", got)
		}
		if !eval[bool](t, frame, `getComputedStyle(document.querySelector(".top")).display === "none"`) {
			t.Error("the framed calculator shows the site's header")
		}
		newProject(t, frame)
		waitFor(t, frame, st(`s.current === "facilities"`))
		if got := eval[string](t, frame, `document.querySelector('`+field("facilities[0].grid.key")+`').value`); got != "province-jiangsu" {
			t.Errorf("a new facility's region %q, want province-jiangsu", got)
		}
		press(t, frame, `section[data-step="facilities"] .step-nav [data-goto="electricity"]`)
		keys(t, frame, `[data-field="facilities[0]._mode"][value=annual]`, " ")
		keys(t, frame, field("facilities[0].electricity.annual"), "2000"+kb.Tab)
		idle(t, frame)
		press(t, frame, `section[data-step="electricity"] .step-nav [data-goto="results"]`)
		// 2,000 kWh × 0.5827 kgCO2/kWh = 1.1654 t, shown as 1.165.
		if got := resultText(t, frame); !strings.Contains(got, "1.165") {
			t.Errorf("the framed result does not show 1.165: %.300s", got)
		}
		waitFor(t, frame, `!document.querySelector("div.share").hidden`)
		if eval[bool](t, ctx, `fromCalc.some((m) => m.type === "result-summary")`) {
			t.Fatal("a summary was sent before the user agreed")
		}
		if got := eval[string](t, frame, `document.getElementById("share-open").textContent`); got != "Share this summary with Test Association" {
			t.Errorf("share button %q", got)
		}
		press(t, frame, "#share-open")
		axeCheck(t, frame, "the framed calculator's share preview")
		shown := eval[string](t, frame, `document.getElementById("share-preview").innerText`)
		if eval[bool](t, ctx, `fromCalc.some((m) => m.type === "result-summary")`) {
			t.Fatal("a summary was sent on opening the preview")
		}
		press(t, frame, "#share-send")
		waitFor(t, ctx, `events.some((m) => m.type === "result-summary")`)
		sum := eval[string](t, ctx, `JSON.stringify(fromCalc.find((m) => m.type === "result-summary").summary)`)
		var got struct {
			Period        map[string]string            `json:"period"`
			Regions       []string                     `json:"regions"`
			LocationBased struct{ Value, Unit string } `json:"location_based"`
			MarketBased   struct{ Value, Unit string } `json:"market_based"`
		}
		if err := json.Unmarshal([]byte(sum), &got); err != nil {
			t.Fatal(err)
		}
		if got.LocationBased.Value != "1.165" || got.LocationBased.Unit != "tCO2" || len(got.Regions) != 1 || got.Regions[0] != "province-jiangsu" || got.MarketBased.Value == "" {
			t.Errorf("summary %s", sum)
		}
		for _, v := range []string{got.LocationBased.Value, got.MarketBased.Value, got.Regions[0]} {
			if !strings.Contains(shown, v) && !strings.Contains(shown, strings.ReplaceAll(v, ".", ".")) {
				t.Errorf("the preview %q does not show %s, which was sent", shown, v)
			}
		}
		for _, typed := range []string{"2000", "2,000"} {
			if strings.Contains(sum, typed) {
				t.Errorf("the summary carries the input %s: %s", typed, sum)
			}
		}
		// Everything the frame sent, in order.
		all := eval[string](t, ctx, `JSON.stringify(fromCalc.map((m) => m.type))`)
		t.Logf("the frame sent: %s", all)
		var types []string
		json.Unmarshal([]byte(all), &types)
		for _, ty := range types {
			if ty != "ready" && ty != "resize" && ty != "result-summary" {
				t.Errorf("the frame sent a %q message", ty)
			}
		}
		if n := strings.Count(all, "result-summary"); n != 1 {
			t.Errorf("%d summaries sent, want 1", n)
		}
		// The look-alike messages of the third origin were ignored: no
		// height of 7, no second summary event.
		if eval[bool](t, ctx, `events.some((m) => m.height === 7) || events.filter((m) => m.type === "result-summary").length !== 1`) {
			t.Error("the element passed on a message from another origin")
		}
		if h := eval[float64](t, ctx, frameHeight); h < 100 {
			t.Errorf("the frame is %v px high: a message from another origin resized it", h)
		}
		// A message of the host page itself is not the calculator's either.
		eval[bool](t, ctx, `(postMessage({greenline: 1, type: "resize", height: 9}, "*"), true)`)
		waitFor(t, ctx, `new Promise((ok) => setTimeout(() => ok(true), 0))`)
		if h := eval[float64](t, ctx, frameHeight); h < 100 {
			t.Errorf("the frame is %v px high after the host's own message", h)
		}
		w.mu.Lock()
		w.requests, w.console = nil, nil
		w.mu.Unlock()
	})

	t.Run("the embed page's plain frame, as printed, on a partner's page in Chinese", func(t *testing.T) {
		// The snippet as the Chinese embed page prints it, with this test's
		// address for the site's published one.
		b, err := os.ReadFile(filepath.Join(dist, "zh", "embed", "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`<pre><code>(&lt;iframe .*?)</code></pre>`).FindSubmatch(b)
		if m == nil {
			t.Fatal("no plain frame snippet on /zh/embed/")
		}
		snippet := strings.Replace(html.UnescapeString(string(m[1])), site.DefaultOrigin, calc.url()+"/", 1)
		if !strings.HasPrefix(snippet, `<iframe src="`+calc.url()+"/zh/?embed=1&region=province-jiangsu") {
			t.Fatalf("snippet %q", snippet)
		}
		plain.Store(snippet)
		do(t, ctx, chromedp.Navigate(hostOrigin+"/plain"), chromedp.WaitReady(chromedp.CSS(`h1`)))
		frame := frameContext(t, ctx, calc.url()+"/zh/?embed=1")
		idle(t, frame)
		if got := eval[string](t, frame, `document.documentElement.lang`); got != "zh-Hans" && got != "zh" {
			t.Errorf("the frame's language %q, want Chinese", got)
		}
		if !eval[bool](t, frame, `getComputedStyle(document.querySelector(".top")).display === "none"`) {
			t.Error("the plain frame shows the site's header")
		}
		newProject(t, frame)
		if got := eval[string](t, frame, st(`s.doc.facilities[0].grid.key`)); got != "province-jiangsu" {
			t.Errorf("a new facility's region %q, want the snippet's province-jiangsu", got)
		}
		if over := eval[int](t, frame, `document.documentElement.scrollWidth - innerWidth`); over > 0 {
			t.Errorf("the framed calculator is %d px wider than its frame", over)
		}
		// The host page's own requests are not the calculator's: only the
		// policy is checked here.
		w.mu.Lock()
		for _, v := range w.violations {
			t.Errorf("CSP violation: %s", v)
		}
		w.requests, w.posts, w.console, w.violations = nil, nil, nil, nil
		w.mu.Unlock()
	})

	t.Run("the recorder sees a violation when there is one", func(t *testing.T) {
		// Last on this browser: the late copies of this violation's
		// reports can reach no other check.
		do(t, ctx, chromedp.Navigate(calc.url()+"/en/method/"), chromedp.WaitReady(chromedp.CSS(`main h1`)))
		// An inline script, refused by the policy.
		eval[bool](t, ctx, `(() => { const s = document.createElement("script"); s.textContent = "1"; document.body.append(s); return true; })()`)
		seen := 0
		for deadline := time.Now().Add(30 * time.Second); seen == 0 && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			w.mu.Lock()
			seen = len(w.violations)
			w.mu.Unlock()
		}
		if seen == 0 {
			t.Error("an inline script was added and no violation was recorded: the recorder is blind")
		}
		w.mu.Lock()
		t.Logf("the inline script was recorded as: %s", strings.Join(w.violations, "; "))
		w.requests, w.console, w.violations = nil, nil, nil
		w.mu.Unlock()
	})

	// A fresh browser for the offline and update tests, with nothing of
	// the tests above in it.
	ctx = newBrowser(t)
	phone(t, ctx)

	t.Run("offline after one visit: new tab, calculation, factor browser, method, printed report", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(calc.url()+"/en/"))
		idle(t, ctx)
		waitFor(t, ctx, `document.documentElement.dataset.offline === "ready"`)
		calc.stop()
		defer calc.start(t)
		newTab, cancel := tab(t, ctx) // on a context of its own, so that it stays open
		defer cancel()
		phone(t, newTab)
		for _, p := range []string{"/en/factors/", "/zh/method/", "/zh/embed/"} {
			do(t, newTab, chromedp.Navigate(calc.url()+p), chromedp.WaitReady(chromedp.CSS(`main h1`)))
		}
		open(t, newTab, testSite{url: calc.url()}, "en")
		newProject(t, newTab)
		annualJiangsu(t, newTab, "Offline Works")
		press(t, newTab, `section[data-step="electricity"] .step-nav [data-goto="green"]`)
		press(t, newTab, `.steps [data-goto="results"]`)
		// 1,000 kWh × 0.5827 kgCO2/kWh = 0.583 t.
		if got := resultText(t, newTab); !strings.Contains(got, "0.583") {
			t.Errorf("offline result does not show 0.583: %.300s", got)
		}
		if text := pdfText(t, printPDF(t, newTab)); !strings.Contains(text, "Offline Works") {
			t.Error("the report printed offline lacks the company")
		}
	})

	t.Run("a new version: the prompt, the reload, the project kept", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(calc.url()+"/en/"))
		idle(t, ctx)
		before := eval[string](t, ctx, st(`s.answer.input`))
		if got := eval[string](t, ctx, `document.querySelector("script[data-version]").dataset.version`); got != versionA {
			t.Fatalf("the page runs %s, want build A's %s", got, versionA)
		}
		t.Setenv("GOFLAGS", "-overlay="+overlayCore(t, "release B"))
		mb, err := cfg.Build(dist)
		if err != nil {
			t.Fatal(err)
		}
		versionB := version(mb)
		if versionB == versionA {
			t.Fatal("build B has the engine of build A")
		}
		// A revisit finds the new worker, which installs and waits; the
		// page still runs A and says a new version is ready.
		do(t, ctx, chromedp.Navigate(calc.url()+"/en/"))
		idle(t, ctx)
		waitFor(t, ctx, `!document.querySelector(".update-notice").hidden`)
		axeCheck(t, ctx, "/en/ offering a new version")
		if got := eval[string](t, ctx, `document.querySelector("script[data-version]").dataset.version`); got != versionA {
			t.Errorf("before the reload the page runs %s, want A's %s", got, versionA)
		}
		press(t, ctx, "[data-update-reload]")
		waitFor(t, ctx, `document.querySelector("script[data-version]") && document.querySelector("script[data-version]").dataset.version === `+strconv.Quote(versionB))
		idle(t, ctx)
		// One version's files together: the engine the worker loaded is B's.
		if got := eval[string](t, ctx, `performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /greenline\.[0-9a-f]+\.wasm$/.test(n)).join(" ")`); got != "" && !strings.Contains(got, versionB) {
			t.Errorf("after the reload the page fetched engine %s, want %s", got, versionB)
		}
		if got := eval[string](t, ctx, st(`s.answer.input`)); got != before {
			t.Errorf("after the update the project is\n%s\nwant\n%s", got, before)
		}
		if n := eval[int](t, ctx, `caches.keys().then((k) => k.filter((n) => n.startsWith("greenline-")).length)`); n != 1 {
			t.Errorf("%d caches after the switch, want 1 (the old one removed)", n)
		}
		if !eval[bool](t, ctx, `document.querySelector(".update-notice").hidden`) {
			t.Error("the new version still offers a new version")
		}
	})
}

// version is a build's engine hash, as the page shows it.
func version(m *Manifest) string {
	for name := range m.Files {
		if strings.HasPrefix(name, "assets/greenline.") && strings.HasSuffix(name, ".wasm") {
			return strings.TrimSuffix(strings.TrimPrefix(name, "assets/greenline."), ".wasm")
		}
	}
	return ""
}

// frameContext attaches to the out-of-process frame whose address starts
// with prefix.
func frameContext(t *testing.T, ctx context.Context, prefix string) context.Context {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range infos {
			if in.Type == "iframe" && strings.HasPrefix(in.URL, prefix) {
				fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(in.TargetID), chromedp.WithDetachOnCancel())
				t.Cleanup(cancel)
				return fctx
			}
		}
	}
	t.Fatalf("no frame at %s", prefix)
	return nil
}

// waitFiles waits until dir holds n finished downloads.
func waitFiles(t *testing.T, dir string, n int) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		es, _ := os.ReadDir(dir)
		done := 0
		for _, e := range es {
			if !strings.HasSuffix(e.Name(), ".crdownload") {
				done++
			}
		}
		if done >= n {
			return
		}
	}
	t.Fatalf("fewer than %d downloads in %s", n, dir)
}
