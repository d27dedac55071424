package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The phone test opens every page, every step of the assessment and the
// result of a full project (a shared plant, a certificate, a product with
// its CBAM line: docs/examples/park-direct-line.json) at two phone sizes
// and a laptop size, in both languages, and fails when a page is wider than
// the screen, when a figure wraps inside itself, or when the sticky running
// total covers the heading of the step it sits above.

// screen is one viewport size, in CSS pixels.
type screen struct{ w, h int64 }

// phones are the sizes the issue names: a small Android phone and an iPhone.
var phones = []screen{{360, 740}, {390, 844}}

// viewport sets the window size and device scale the page is laid out for.
func viewport(s screen) chromedp.Action[chromedp.Void] {
	return chromedp.EmulateViewport(s.w, s.h)
}

// widths reports the document's width and the viewport's, in CSS pixels,
// and the elements that reach beyond the viewport's right edge (at most
// five, for the message).
func widths(t *testing.T, ctx context.Context) (doc, view int, over string) {
	t.Helper()
	got := eval[[]any](t, ctx, `(() => {
		const de = document.documentElement, vw = de.clientWidth;
		const over = [];
		for (const e of document.querySelectorAll("body *")) {
			const r = e.getBoundingClientRect();
			if (r.width === 0 || r.right <= vw + 0.5) continue;
			// Elements inside a box that scrolls sideways on its own are fine.
			let p = e.parentElement, inside = false;
			for (; p && p !== document.body; p = p.parentElement) {
				const ox = getComputedStyle(p).overflowX;
				if (ox === "auto" || ox === "scroll" || ox === "hidden") { inside = true; break; }
			}
			if (!inside) over.push(e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : "") + " " + Math.round(r.right) + "px");
			if (over.length === 5) break;
		}
		return [de.scrollWidth, vw, over.join("; ")];
	})()`)
	return int(got[0].(float64)), int(got[1].(float64)), got[2].(string)
}

// brokenFigures lists figures (a value with its unit: gl-value, gl-qty,
// gl-figure-value, num, a table cell of one figure, an output)
// laid out on more than one line.
func brokenFigures(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `(() => {
		const bad = [];
		for (const e of document.querySelectorAll(".gl-value, .gl-qty, .gl-figure-value, .num, td.gl-num:not(:has(.gl-figure)), output")) {
			if (!e.offsetParent || !e.textContent.trim()) continue;
			// The line boxes of the element's own text: more than one
			// distinct line means the figure wrapped.
			const size = parseFloat(getComputedStyle(e).fontSize);
			const r = document.createRange();
			r.selectNodeContents(e);
			const tops = [...r.getClientRects()].filter((x) => x.width > 0).map((x) => x.bottom).sort((a, b) => a - b);
			let lines = tops.length ? 1 : 0;
			for (let i = 1; i < tops.length; i++) if (tops[i] - tops[i - 1] > size * 0.8) lines++;
			if (lines > 1) bad.push(JSON.stringify(e.textContent.trim()));
			if (bad.length === 5) break;
		}
		return bad.join(", ");
	})()`)
}

// shoot keeps a screenshot of the whole page when GREENLINE_SHOTS names a
// folder: GREENLINE_SHOTS=/tmp/shots go test -run TestPhone ./build
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("GREENLINE_SHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	name = strings.NewReplacer("/", "_", " ", "_", "×", "x").Replace(name)
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Error(err)
	}
}

// fits checks the page as laid out now.
func fits(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	doc, view, over := widths(t, ctx)
	t.Logf("%s: document %d px wide in a %d px viewport, %d px tall", what, doc, view, int(eval[float64](t, ctx, `document.documentElement.scrollHeight`)))
	if doc != view {
		t.Errorf("%s: the document is %d px wide in a %d px viewport: it scrolls sideways (beyond the edge: %s)", what, doc, view, over)
	}
	if b := brokenFigures(t, ctx); b != "" {
		t.Errorf("%s: figures broken over lines: %s", what, b)
	}
	shoot(t, ctx, what)
}

// head checks what every page declares in its head: a description, the
// icon, and its language versions by absolute address.
func head(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	got := eval[[]string](t, ctx, `[
		(document.querySelector('meta[name=description]') || {}).content || "",
		(document.querySelector('link[rel=icon]') || {}).href || "",
		[...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => l.hreflang + " " + l.getAttribute("href")).join(", ")]`)
	if strings.TrimSpace(got[0]) == "" {
		t.Errorf("%s has no meta description", page)
	}
	if !strings.HasSuffix(got[1], "/icon.svg") {
		t.Errorf("%s links the icon %q, want …/icon.svg", page, got[1])
	}
	alts := strings.Split(got[2], ", ")
	if len(alts) != 3 {
		t.Errorf("%s: hreflang alternates %q, want en, zh-Hans and x-default", page, got[2])
	}
	for _, a := range alts {
		if _, href, _ := strings.Cut(a, " "); !strings.HasPrefix(href, "http://") && !strings.HasPrefix(href, "https://") {
			t.Errorf("%s: hreflang alternate %q is not an absolute address", page, a)
		}
	}
}

func TestPhone(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)
	failOnThrow(t, ctx)
	example := filepath.Join(moduleRoot(), "docs", "examples", "park-direct-line.json")

	// The icons are served, favicon.ico included, which browsers ask for
	// by that name.
	for name, ctype := range map[string]string{"/favicon.ico": "image/x-icon", "/icon.svg": "image/svg+xml",
		"/apple-touch-icon.png": "image/png", "/en/manifest.webmanifest": "application/manifest+json", "/zh/manifest.webmanifest": "application/manifest+json"} {
		resp, err := http.Get(s.url + name)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != ctype {
			t.Errorf("GET %s: %d %s, want 200 %s", name, resp.StatusCode, resp.Header.Get("Content-Type"), ctype)
		}
	}

	pages := []string{"/", "/en/", "/zh/", "/en/factors/", "/zh/factors/", "/en/method/", "/zh/method/", "/en/embed/", "/zh/embed/"}
	for _, sc := range phones {
		size := fmt.Sprintf("%d×%d", sc.w, sc.h)
		for _, p := range pages {
			t.Run(size+p, func(t *testing.T) {
				if p == "/" {
					// The root page sends a browser with scripts on to its
					// language: its own content is what shows without them.
					do(t, ctx, viewport(sc), scripts(false), chromedp.Navigate(s.url+p), chromedp.WaitReady(chromedp.CSS("main h1")), scripts(true))
				} else {
					do(t, ctx, viewport(sc), chromedp.Navigate(s.url+p), chromedp.WaitReady(chromedp.CSS("main h1")))
				}
				fits(t, ctx, size+" "+p)
				head(t, ctx, p)
			})
		}
	}

	for _, lang := range []string{"en", "zh"} {
		t.Run(lang+" assessment", func(t *testing.T) {
			do(t, ctx, viewport(phones[1]))
			open(t, ctx, s, lang)
			// The worked example, opened as a project file.
			old := eval[string](t, ctx, st(`s.rec ? s.rec.id : ""`))
			do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS("#project-file"), []string{example}))
			waitFor(t, ctx, st(`s.rec && s.rec.id !== `+strconv.Quote(old)))
			idle(t, ctx)
			steps := []string{"company", "facilities", "electricity", "green", "products", "results"}
			for i, st := range steps {
				if i > 0 {
					step(t, ctx, steps[i-1], st)
					idle(t, ctx)
				}
				if st == "results" {
					resultText(t, ctx)
					// Every heading the result shows is said once: a
					// table's caption or a chart's title that repeats the
					// heading above it is left to screen readers.
					dup := eval[string](t, ctx, `(() => {
						const seen = new Map(), dup = [];
						for (const e of document.querySelectorAll("#result-view :is(h2, h3, h4, h5, h6, caption, figcaption)")) {
							const r = e.getBoundingClientRect();
							if (r.width <= 1 || r.height <= 1) continue;
							const k = e.textContent.trim();
							if (seen.has(k)) dup.push(JSON.stringify(k));
							seen.set(k, true);
						}
						return dup.join(", ");
					})()`)
					if dup != "" {
						t.Errorf("/%s/ results: headings shown twice: %s", lang, dup)
					}
				}
				for _, sc := range phones {
					do(t, ctx, viewport(sc))
					fits(t, ctx, fmt.Sprintf("%d×%d /%s/ %s", sc.w, sc.h, lang, st))
				}
				do(t, ctx, viewport(phones[1]))
			}
			// At 1366 × 900 the product table fits its box: no column cut off.
			do(t, ctx, viewport(screen{1366, 900}))
			fits(t, ctx, "1366×900 /"+lang+"/ results")
			cut := eval[string](t, ctx, `[...document.querySelectorAll("#result-view table")].filter((t) => t.scrollWidth > t.parentElement.clientWidth + 1).map((t) => (t.caption ? t.caption.textContent : t.className)).join("; ")`)
			if cut != "" {
				t.Errorf("1366×900 /%s/ results: tables wider than their box: %s", lang, cut)
			}
			// The running total never covers a step's heading: scrolled to
			// the top of a step, the heading is below the sticky bar.
			do(t, ctx, viewport(phones[0]))
			step(t, ctx, "results", "products")
			covered := eval[string](t, ctx, `(() => {
				const bar = document.querySelector(".live");
				if (!bar || bar.hidden) return "";
				const h = document.querySelector('section[data-step="products"] h2');
				h.scrollIntoView({block: "start"});
				const b = bar.getBoundingClientRect(), r = h.getBoundingClientRect();
				return r.top < b.bottom - 0.5 ? "heading top " + Math.round(r.top) + " px, bar bottom " + Math.round(b.bottom) + " px" : "";
			})()`)
			if covered != "" {
				t.Errorf("/%s/: the running total covers the step's heading when scrolled to it: %s", lang, covered)
			}
		})
	}
}
