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

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/greenline-calc/greenline/calc/factors"
)

// The browser tests build the real site, serve it on loopback with the real
// handler and drive Debian's Chromium through it, as a user would.

// site is one build served for the browser tests, and the CLI built from
// the same tree.
type testSite struct {
	url string
	cli string
}

func serveBuild(t *testing.T) testSite {
	t.Helper()
	dir := t.TempDir()
	m, err := Build(filepath.Join(dir, "dist"))
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
	return testSite{url: srv.URL, cli: cli}
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
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	return ctx
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// computed waits until the page has answered n calculations.
func computed(n int) chromedp.Action[chromedp.Void] {
	return chromedp.WaitReady(chromedp.CSS(`body[data-computed="` + strconv.Itoa(n) + `"]`))
}

// submit presses Enter in field, as a keyboard user does, and waits for answer n.
func submit(t *testing.T, ctx context.Context, field string, n int) {
	t.Helper()
	do(t, ctx, chromedp.SendKeys(chromedp.ID(field), kb.Enter), computed(n))
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
	input := eval[string](t, ctx, `window.greenlineLast.input`)
	out := eval[string](t, ctx, `window.greenlineLast.out`)
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

	t.Run("english annual", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.url+"/en/"), chromedp.WaitEnabled(chromedp.ID("calculate")))
		timing := eval[map[string]float64](t, ctx, `window.greenlineTiming`)
		if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "en" {
			t.Errorf("html lang = %q, want en", lang)
		}
		choose(t, ctx, "region", "province-jiangsu")
		do(t, ctx, chromedp.SendKeys(chromedp.ID("annual"), "1200000"))
		submit(t, ctx, "annual", 1)
		timing = eval[map[string]float64](t, ctx, `window.greenlineTiming`)
		t.Logf("timing: cold load to engine ready %.0f ms; one calculation, submit to painted result %.1f ms", timing["ready"], timing["lastResult"])
		// 1,200,000 kWh × 0.5827 kgCO2/kWh (Jiangsu, MEE/NBS 2023) = 699,240 kg.
		if got := eval[string](t, ctx, `document.querySelector("#result output").textContent`); got != "699.240" {
			t.Errorf("result = %q, want 699.240", got)
		}
		// Market-based without instruments: 1,200,000 kWh × 0.6096 (residual
		// mix, cn-mee-2023 national excl. market-traded non-fossil) = 731,520 kg.
		if got := eval[string](t, ctx, `document.querySelector("#result [data-slot=mb-value]").textContent`); got != "731.520" {
			t.Errorf("market-based = %q, want 731.520", got)
		}
		if got := eval[string](t, ctx, `document.querySelector("#result [data-slot=citation]").textContent`); !strings.Contains(got, "2023年电力二氧化碳排放因子") {
			t.Errorf("citation = %q, want the MEE/NBS 2023 announcement", got)
		}
		sameAsCLI(t, ctx, s)
	})

	t.Run("input survives reload", func(t *testing.T) {
		do(t, ctx, chromedp.Reload(), chromedp.WaitEnabled(chromedp.ID("calculate")))
		if got := eval[string](t, ctx, `document.getElementById("annual").value + "|" + document.getElementById("region").value`); got != "1200000|province-jiangsu" {
			t.Errorf("after reload the form holds %q, want 1200000|province-jiangsu", got)
		}
	})

	t.Run("bad input is refused at the field and the page keeps working", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.url+"/en/"), chromedp.WaitEnabled(chromedp.ID("calculate")))
		bad := []struct{ name, js, wantCode string }{
			{"empty", `""`, "enter a number"},
			{"letters", `"twelve hundred"`, "not a number"},
			{"negative", `"-5"`, "must not be negative"},
			{"1e400", `"1e400"`, "not a number"},
			{"10 MB paste", `"1".repeat(10 << 20)`, "characters long"},
		}
		for i, b := range bad {
			eval[bool](t, ctx, `(() => { const a = document.getElementById("annual"); a.value = `+b.js+`;
				a.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
			submit(t, ctx, "annual", i+1)
			msg := eval[string](t, ctx, `(() => { const e = document.getElementById("annual-err"); return e.hidden ? "" : e.textContent; })()`)
			if !strings.Contains(msg, b.wantCode) || !strings.HasPrefix(msg, "Electricity used in the year") {
				t.Errorf("%s: message at the field = %q, want the field's label and %q", b.name, msg, b.wantCode)
			}
			if inv := eval[string](t, ctx, `document.getElementById("annual").getAttribute("aria-invalid") || ""`); inv != "true" {
				t.Errorf("%s: aria-invalid = %q, want true", b.name, inv)
			}
		}
		clear(t, ctx, "annual")
		do(t, ctx, chromedp.SendKeys(chromedp.ID("annual"), "2,500"))
		submit(t, ctx, "annual", len(bad)+1)
		// 2,500 kWh × 0.5827 = 1,456.75 kg = 1.45675 t, reported 1.457.
		if got := eval[string](t, ctx, `document.querySelector("#result output").textContent`); got != "1.457" {
			t.Errorf("after bad input, result = %q, want 1.457", got)
		}
		t.Logf("timing: a warm calculation, submit to painted result %.1f ms", eval[float64](t, ctx, `window.greenlineTiming.lastResult`))
		if hidden := eval[bool](t, ctx, `document.getElementById("annual-err").hidden`); !hidden {
			t.Error("the error stays shown after a good calculation")
		}
		sameAsCLI(t, ctx, s)
	})

	t.Run("chinese monthly", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.url+"/zh/"), chromedp.WaitEnabled(chromedp.ID("calculate")))
		if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "zh-Hans" {
			t.Errorf("html lang = %q, want zh-Hans", lang)
		}
		do(t, ctx, chromedp.Click(chromedp.CSS(`input[name=mode][value=monthly]`)), chromedp.WaitVisible(chromedp.ID("month-12")))
		choose(t, ctx, "unit", "MWh")
		choose(t, ctx, "region", "province-guangdong")
		months := []string{"80", "90", "100", "110", "120", "130", "140", "130", "120", "110", "100", "70.5"}
		for i, m := range months {
			do(t, ctx, chromedp.SendKeys(chromedp.ID("month-"+strconv.Itoa(i+1)), m))
		}
		submit(t, ctx, "month-12", 1)
		// Σ = 1,300.5 MWh = 1,300,500 kWh × 0.4419 (Guangdong) = 574,690.95 kg
		// = 574.69095 t, reported 574.691.
		if got := eval[string](t, ctx, `document.querySelector("#result output").textContent`); got != "574.691" {
			t.Errorf("result = %q, want 574.691", got)
		}
		// Market-based: 1,300,500 kWh × 0.6096 = 792,784.8 kg → 792.785 t.
		if got := eval[string](t, ctx, `document.querySelector("#result [data-slot=mb-value]").textContent`); got != "792.785" {
			t.Errorf("market-based = %q, want 792.785", got)
		}
		if got := eval[string](t, ctx, `document.getElementById("result-heading").textContent`); got != "基于位置的范围二排放" {
			t.Errorf("result heading = %q, want the Chinese one", got)
		}
		sameAsCLI(t, ctx, s)
		// A Chinese error message at the field.
		clear(t, ctx, "month-3")
		do(t, ctx, chromedp.SendKeys(chromedp.ID("month-3"), "abc"))
		submit(t, ctx, "month-3", 2)
		if msg := eval[string](t, ctx, `document.getElementById("month-3-err").textContent`); msg != "3月: 不是数字：请只填数字，例如 1200000 或 1200.5。" {
			t.Errorf("message = %q", msg)
		}
	})

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
		do(t, ctx, chromedp.Click(chromedp.CSS(`nav a[href$="/en/"]`)), chromedp.WaitEnabled(chromedp.ID("calculate")))
		if got := eval[string](t, ctx, `location.pathname`); got != "/en/" {
			t.Errorf("the calculator link led to %q", got)
		}
		do(t, ctx, chromedp.Click(chromedp.CSS(`nav a[href$="/en/method/"]`)), chromedp.WaitReady(chromedp.ID("direct")))
		if got := eval[int](t, ctx, `document.querySelectorAll("tr[data-ratio]").length`); got == 0 {
			t.Error("the methodology page shows no policy ratio")
		}
	})

	t.Run("meter data from a GBK file", func(t *testing.T) {
		// A year of hourly readings (2024, 8,784 hours) of 100 kWh, with a
		// Chinese header in GBK, as utility exports often are.
		dir := t.TempDir()
		var b strings.Builder
		b.WriteString("\xca\xb1\xbc\xe4,\xb5\xe7\xc1\xbf(kWh)\n") // 时间,电量(kWh) in GBK
		start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		for h := range 8784 {
			b.WriteString(start.Add(time.Duration(h)*time.Hour).Format("2006-01-02 15:04") + ",100\n")
		}
		good := filepath.Join(dir, "meter.csv")
		os.WriteFile(good, []byte(b.String()), 0o644)
		bad := filepath.Join(dir, "gap.csv")
		os.WriteFile(bad, []byte("timestamp,kWh\n2024-01-01 00:00,1\n2024-01-01 01:00,1\n2024-01-01 03:00,1\n"), 0o644)

		do(t, ctx, chromedp.Navigate(s.url+"/en/"), chromedp.WaitEnabled(chromedp.ID("calculate")))
		do(t, ctx, chromedp.Click(chromedp.CSS(`input[name=mode][value=meter]`)), chromedp.WaitVisible(chromedp.ID("meter")))
		choose(t, ctx, "region", "province-jiangsu")
		// A file with a gap is refused with its row, and nothing is kept.
		do(t, ctx, chromedp.SetUploadFiles(chromedp.ID("meter"), []string{bad}), chromedp.WaitReady(chromedp.CSS(`body[data-meter=refused]`)))
		if msg := eval[string](t, ctx, `document.getElementById("meter-err").textContent`); !strings.Contains(msg, "row 4") {
			t.Errorf("gap message = %q, want it to name row 4", msg)
		}
		do(t, ctx, chromedp.SetUploadFiles(chromedp.ID("meter"), []string{good}), chromedp.WaitReady(chromedp.CSS(`body[data-meter=read]`)))
		if p := eval[string](t, ctx, `document.getElementById("meter-preview").textContent`); !strings.Contains(p, "8784 rows") || !strings.Contains(p, "878,400 kWh") {
			t.Errorf("preview = %q, want 8784 rows and 878,400 kWh", p)
		}
		n := eval[int](t, ctx, `Number(document.body.dataset.computed || 0)`)
		submit(t, ctx, "calculate", n+1)
		// 878,400 kWh × 0.5827 = 511,843.68 kg; market-based with the 2024
		// residual mix (cn-mee-2023, 0.6096): 535,472.64 kg.
		if got := eval[string](t, ctx, `document.querySelector("#result output").textContent + " " + document.querySelector("#result [data-slot=mb-value]").textContent`); got != "511.844 535.473" {
			t.Errorf("results = %q, want 511.844 535.473", got)
		}
		sameAsCLI(t, ctx, s)
		// In Chinese, the refusal names the row in Chinese and says what is wrong.
		do(t, ctx, chromedp.Navigate(s.url+"/zh/"), chromedp.WaitEnabled(chromedp.ID("calculate")), chromedp.WaitVisible(chromedp.ID("meter")))
		do(t, ctx, chromedp.SetUploadFiles(chromedp.ID("meter"), []string{bad}), chromedp.WaitReady(chromedp.CSS(`body[data-meter=refused]`)))
		if msg := eval[string](t, ctx, `document.getElementById("meter-err").textContent`); !strings.Contains(msg, "第4行") || !strings.Contains(msg, "缺少时段数据") {
			t.Errorf("Chinese gap message = %q, want 第4行 and 缺少时段数据", msg)
		}
	})

	t.Run("root picks the language", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.url+"/"), chromedp.WaitReady(chromedp.ID("calc")))
		if got := eval[string](t, ctx, `location.pathname`); got != "/en/" {
			t.Errorf("an English browser landed on %q, want /en/", got)
		}
	})
}
