package main

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/site"
)

// The browser tests build the real site, serve it on loopback with the real
// handler and drive Debian's Chromium through it, as a user would.

// site is one build served for the browser tests, and the CLI built from
// the same tree.
type testSite struct {
	url  string
	cli  string
	dist string // the built site
}

func serveBuild(t *testing.T) testSite {
	t.Helper()
	return serveBuildWith(t, "")
}

// serveBuildWith is serveBuild for a site whose calculator fetches factor
// tables from the Worker at factorSource.
func serveBuildWith(t *testing.T, factorSource string) testSite {
	t.Helper()
	dir := t.TempDir()
	m, err := Config{Origin: site.DefaultOrigin, FactorSource: factorSource}.Build(filepath.Join(dir, "dist"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range m.Summary() {
		t.Log(line)
	}
	cli := filepath.Join(dir, "greenline")
	cmd := exec.Command("go", "build", "-o", cli, "./cmd/greenline")
	cmd.Dir = moduleRoot()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build the CLI: %v\n%s", err, out)
	}
	srv := httptest.NewServer(Handler(filepath.Join(dir, "dist")))
	t.Cleanup(srv.Close)
	return testSite{url: srv.URL, cli: cli, dist: filepath.Join(dir, "dist")}
}

// newBrowser starts a headless Chromium with a fresh profile. It fails,
// never skips, when Chromium is missing: make test installs it.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("Chromium is not installed: run make test (it installs Debian's chromium) or apt-get install chromium")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("lang", "en-US"),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 10*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	// Start the browser now, on this context: started from a context that
	// do derives for one action, it would close with that action.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// do runs browser actions, and fails the test when they do not finish
// within a minute.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// st is a JS expression over the assessment page's state module: expr
// reads it as s. Its value is a promise, which eval awaits.
func st(expr string) string {
	// Until the parser has reached the module's script tag (it ends the
	// body, after the form a test may have waited for), the state is not
	// there: the answer is undefined, which waitFor reads as "not yet".
	return `((m) => m ? import(m.src).then(({state: s}) => (` + expr + `)) : undefined)(document.querySelector("script[type=module]"))`
}

// clear empties a text field, as select-all and delete would.
func clear(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	eval[bool](t, ctx, `(() => { const a = document.getElementById(`+strconv.Quote(id)+`); a.value = "";
		a.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
}

// choose selects an option of a <select> and fires its change event.
func choose(t *testing.T, ctx context.Context, id, value string) {
	t.Helper()
	eval[bool](t, ctx, `(() => { const s = document.getElementById(`+strconv.Quote(id)+`);
		s.value = `+strconv.Quote(value)+`; s.dispatchEvent(new Event("change", {bubbles: true})); return s.value === `+strconv.Quote(value)+`; })()`)
}

// sameAsCLI checks that the result JSON the page received equals, byte for
// byte, what the CLI prints for the project the page sent.
func sameAsCLI(t *testing.T, ctx context.Context, s testSite) {
	t.Helper()
	input := eval[string](t, ctx, st(`s.answer.input`))
	out := eval[string](t, ctx, st(`s.answer.out`))
	file := filepath.Join(t.TempDir(), "project.json")
	if err := os.WriteFile(file, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}
	cli, _ := exec.Command(s.cli, "calc", file).Output()
	if string(cli) != out {
		t.Errorf("browser result differs from the CLI's\nbrowser: %.300s\ncli:     %.300s", out, cli)
	}
}

func TestBrowser(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)

	t.Run("factor browser filters by year, country and region", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.url+"/en/factors/"), chromedp.WaitVisible(chromedp.ID("filter")))
		lib := factors.Default()
		count := func(keep func(tb *factors.Table, r factors.Row) bool) int {
			n := 0
			for _, tb := range lib.Tables {
				for _, r := range tb.Rows {
					if keep(tb, r) {
						n++
					}
				}
			}
			return n
		}
		visible := func() int {
			return eval[int](t, ctx, `[...document.querySelectorAll("tr[data-row]")].filter((r) => r.getClientRects().length > 0).length`)
		}
		if got, want := visible(), count(func(*factors.Table, factors.Row) bool { return true }); got != want {
			t.Errorf("unfiltered: %d rows visible, want every row (%d)", got, want)
		}
		choose(t, ctx, "f-year", "2022")
		if got, want := visible(), count(func(tb *factors.Table, _ factors.Row) bool { return tb.DataYear == 2022 }); got != want || got == 0 {
			t.Errorf("data year 2022: %d rows visible, want %d", got, want)
		}
		choose(t, ctx, "f-country", "US")
		if got := visible(); got != 0 {
			t.Errorf("US and 2022: %d rows visible, want none", got)
		}
		if shown := eval[bool](t, ctx, `!document.getElementById("no-match").hidden`); !shown {
			t.Error("no row matches, but the page does not say so")
		}
		choose(t, ctx, "f-year", "")
		choose(t, ctx, "f-country", "CN")
		do(t, ctx, chromedp.SendKeys(chromedp.ID("f-q"), "Jiangsu"))
		want := count(func(tb *factors.Table, r factors.Row) bool {
			return tb.Country == "CN" && strings.Contains(strings.ToLower(r.Key+" "+r.Name.EN), "jiangsu")
		})
		if got := visible(); got != want || got == 0 {
			t.Errorf("CN and Jiangsu: %d rows visible, want %d", got, want)
		}
		if got := eval[string](t, ctx, `document.getElementById("filter-status").textContent`); !strings.HasPrefix(got, strconv.Itoa(want)+" of ") {
			t.Errorf("status = %q, want it to count %d rows", got, want)
		}
		// The filter is kept in the address: a reload shows the same rows.
		do(t, ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("filter")))
		if got := eval[string](t, ctx, `location.search`); got != "?country=CN&q=Jiangsu" {
			t.Errorf("address query = %q", got)
		}
		if got := visible(); got != want {
			t.Errorf("after reload: %d rows visible, want %d", got, want)
		}
		// The language switch leads to the same page in Chinese.
		do(t, ctx, chromedp.Click(chromedp.CSS(`a[hreflang="zh-Hans"]`)), chromedp.WaitVisible(chromedp.ID("filter")))
		if got := eval[string](t, ctx, `location.pathname + " " + document.documentElement.lang`); got != "/zh/factors/ zh-Hans" {
			t.Errorf("after the language switch: %q, want /zh/factors/ zh-Hans", got)
		}
		do(t, ctx, chromedp.SendKeys(chromedp.ID("f-q"), "江苏"))
		if got := visible(); got != count(func(tb *factors.Table, r factors.Row) bool { return strings.Contains(r.Name.ZH, "江苏") }) || got == 0 {
			t.Errorf("江苏 on the Chinese page: %d rows visible", got)
		}
	})

	t.Run("every page links to the others", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.url+"/en/method/"), chromedp.WaitReady(chromedp.ID("direct")))
		do(t, ctx, chromedp.Click(chromedp.CSS(`nav a[href$="/en/"]`)), chromedp.WaitReady(chromedp.ID("calc")))
		waitFor(t, ctx, st(`s.ready`))
		if got := eval[string](t, ctx, `location.pathname`); got != "/en/" {
			t.Errorf("the calculator link led to %q", got)
		}
		do(t, ctx, chromedp.Click(chromedp.CSS(`nav a[href$="/en/method/"]`)), chromedp.WaitReady(chromedp.ID("direct")))
		if got := eval[int](t, ctx, `document.querySelectorAll("tr[data-ratio]").length`); got == 0 {
			t.Error("the methodology page shows no policy ratio")
		}
	})

	t.Run("root picks the language", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.url+"/"), chromedp.WaitReady(chromedp.ID("calc")))
		if got := eval[string](t, ctx, `location.pathname`); got != "/en/" {
			t.Errorf("an English browser landed on %q, want /en/", got)
		}
	})
}

// allowDownloads has the browser save downloads into a new folder, which
// it returns.
func allowDownloads(t *testing.T, ctx context.Context) string {
	t.Helper()
	dir := t.TempDir()
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
		return err
	}))
	return dir
}

// downloaded presses a button and returns the file it saved as name.
func downloaded(t *testing.T, ctx context.Context, dir, button, name string) []byte {
	t.Helper()
	press(t, ctx, button)
	path := filepath.Join(dir, name)
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			if _, err := os.Stat(path + ".crdownload"); err != nil {
				return b
			}
		}
	}
	t.Fatalf("%s saved no %s", button, name)
	return nil
}
