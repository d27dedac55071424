package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The accessibility checks run Deque's axe-core (pinned in package.json and
// package-lock.json, installed by make test with npm ci) inside the real
// browser, on the pages as they are served.

// axeTags are the rules axe runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA,
// and axe's own best practices.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"}

// axeViolation is one rule a page breaks, with the elements that break it.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		// Target is a list of selectors; an element inside a frame or a
		// shadow root has a list of selectors in place of one.
		Target         []json.RawMessage `json:"target"`
		Impact         string            `json:"impact"`
		FailureSummary string            `json:"failureSummary"`
	} `json:"nodes"`
}

func (v axeViolation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for _, n := range v.Nodes {
		var sel []string
		for _, raw := range n.Target {
			var s string
			if json.Unmarshal(raw, &s) != nil {
				s = string(raw)
			}
			sel = append(sel, s)
		}
		// The first failure: "Fix any of the following:" and its first reason.
		var first []string
		for _, line := range strings.Split(n.FailureSummary, "\n") {
			if line = strings.TrimSpace(line); line != "" && len(first) < 2 {
				first = append(first, line)
			}
		}
		fmt.Fprintf(&b, "\n    %s: %s", strings.Join(sel, " "), strings.Join(first, " "))
	}
	return b.String()
}

// axeRun injects axe-core into the page ctx shows, runs it with axeTags and
// returns its version and the violations it finds.
func axeRun(ctx context.Context) (version string, violations []axeViolation, err error) {
	file := filepath.Join(moduleRoot(), "node_modules", "axe-core", "axe.min.js")
	src, err := os.ReadFile(file)
	if err != nil {
		return "", nil, fmt.Errorf("axe-core is not installed (%v): run make test, which installs it with npm ci", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(src))); err != nil {
		return "", nil, fmt.Errorf("inject axe-core: %v", err)
	}
	tags, _ := json.Marshal(axeTags)
	js := `axe.run(document, {runOnly: {type: "tag", values: ` + string(tags) + `}, resultTypes: ["violations"]})
		.then((r) => ({version: axe.version, violations: r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
			nodes: v.nodes.map((n) => ({target: n.target, impact: n.impact, failureSummary: n.failureSummary}))}))}))`
	res, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		Version    string         `json:"version"`
		Violations []axeViolation `json:"violations"`
	}](js, chromedp.EvalAwaitPromise))
	if err != nil {
		return "", nil, fmt.Errorf("run axe-core: %v", err)
	}
	return res.Version, res.Violations, nil
}

// axeCheck runs axe-core on the page ctx shows. It fails the test with every
// serious or critical violation (rule, impact, help, the elements' selectors
// and the first failure of each) and logs the moderate and minor ones. what
// names the page in the messages. It fails, never skips, when axe-core is
// not installed: make test installs it.
func axeCheck(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	version, violations, err := axeRun(ctx)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	var bad int
	for _, v := range violations {
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Errorf("%s: axe-core %s: %v", what, version, v)
			bad++
		} else {
			t.Logf("%s: axe-core %s, %s issue: %v", what, version, v.Impact, v)
		}
	}
	if bad == 0 {
		t.Logf("%s: axe-core %s finds no serious or critical violation (%d lesser)", what, version, len(violations))
	}
}

// scripts turns the page's own scripts off or on; the page's next load obeys it.
func scripts(on bool) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: !on})
		return err
	})
}

func TestAccessibility(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)

	// The check itself finds what it should: a page with an image without
	// text (critical) and grey text on white at 1.6:1 (serious).
	t.Run("the check finds violations", func(t *testing.T) {
		bad := `<!DOCTYPE html><html lang="en"><head><title>bad</title></head><body><main>` +
			`<h1>Bad</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#ccc;background:#fff">faint</p></main></body></html>`
		do(t, ctx, chromedp.Navigate("data:text/html;charset=utf-8,"+url.PathEscape(bad)), chromedp.WaitReady(chromedp.CSS(`main`)))
		_, violations, err := axeRun(ctx)
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]string{}
		for _, v := range violations {
			found[v.ID] = v.Impact
			t.Logf("as axeCheck reports it: %v", v)
		}
		if found["image-alt"] != "critical" || found["color-contrast"] != "serious" {
			t.Errorf("on a page made to fail, axe-core found %v, want image-alt (critical) and color-contrast (serious)", found)
		}
	})

	// The root page sends a browser with scripts on to its language at once:
	// its own content is what a visitor without scripts sees, so it is
	// checked as such (axe itself runs after scripts are back on).
	t.Run("root", func(t *testing.T) {
		do(t, ctx, scripts(false), chromedp.Navigate(s.url+"/"), chromedp.WaitReady(chromedp.CSS(`main h1`)), scripts(true))
		if got := eval[string](t, ctx, `location.pathname`); got != "/" {
			t.Fatalf("the root page went on to %q with scripts off", got)
		}
		axeCheck(t, ctx, "/")
	})

	for _, p := range []struct{ path, ready string }{
		{"/en/factors/", "#filter"},
		{"/zh/factors/", "#filter"},
		{"/en/method/", "#direct"},
		{"/zh/method/", "#direct"},
		{"/en/", "#calc"},
		{"/zh/", "#calc"},
	} {
		t.Run(p.path, func(t *testing.T) {
			do(t, ctx, chromedp.Navigate(s.url+p.path), chromedp.WaitReady(chromedp.CSS(p.ready)))
			axeCheck(t, ctx, p.path)
		})
	}

	// The factor library's filter, with no row left: the rows hidden, the
	// status and the "no match" message shown.
	t.Run("/en/factors/ filtered to nothing", func(t *testing.T) {
		do(t, ctx, chromedp.Navigate(s.url+"/en/factors/"), chromedp.WaitVisible(chromedp.ID("filter")))
		choose(t, ctx, "f-year", "2022")
		choose(t, ctx, "f-country", "US")
		do(t, ctx, chromedp.WaitVisible(chromedp.ID("no-match")))
		axeCheck(t, ctx, "/en/factors/ filtered to no row")
	})
}
