package main

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// No lost edits: what is typed is kept when the tab closes at once, two
// tabs never overwrite each other's changes, and a browser that refuses to
// keep the project is said so at once, with the project file offered.

// tab opens a new tab of the browser root; closing it (its cancel) closes
// the tab as a user would, with the page's pagehide.
func tab(t *testing.T, root context.Context) (context.Context, context.CancelFunc) {
	t.Helper()
	ctx, cancel := chromedp.NewContext(root)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx, cancel
}

// value is the value of the control bound to path.
func value(t *testing.T, ctx context.Context, path string) string {
	t.Helper()
	return eval[string](t, ctx, `document.querySelector('`+field(path)+`').value`)
}

func TestTabs(t *testing.T) {
	s := serveBuild(t)
	root := newBrowser(t) // the browser's first tab stays blank: it owns the browser

	t.Run("a change typed just before the tab closes is kept", func(t *testing.T) {
		a, closeA := tab(t, root)
		open(t, a, s, "en")
		keys(t, a, field("organisation"), "Keep Me Co")
		closeA() // at once: no pause for the save to come on its own
		b, closeB := tab(t, root)
		defer closeB()
		open(t, b, s, "en")
		if got := value(t, b, "organisation"); got != "Keep Me Co" {
			t.Errorf("reopened, the company is %q, want %q", got, "Keep Me Co")
		}
	})

	t.Run("saving waits for a pause in typing", func(t *testing.T) {
		a, closeA := tab(t, root)
		defer closeA()
		open(t, a, s, "en")
		before := eval[float64](t, a, st(`s.saves`))
		typed := "Twenty keys typed..."
		keys(t, a, field("name"), typed)
		waitFor(t, a, st(`s.saves > `+ftoa(before)))
		time.Sleep(time.Second) // let a late save, if any, come: it may only lower the count's margin
		if n := eval[float64](t, a, st(`s.saves`)) - before; n >= float64(len(typed))/2 {
			t.Errorf("%v saves for %d keystrokes: the project is rewritten on (nearly) every key", n, len(typed))
		}
	})

	t.Run("a second tab is told and cannot overwrite", func(t *testing.T) {
		a, closeA := tab(t, root)
		open(t, a, s, "en")
		set(t, a, "organisation", "Alpha Co")
		id := eval[string](t, a, st(`s.rec.id`))

		b, closeB := tab(t, root)
		defer closeB()
		open(t, b, s, "en")
		if got := eval[string](t, b, st(`s.rec.id`)); got != id {
			t.Fatalf("the second tab opened %s, want the project of the first, %s", got, id)
		}
		if !eval[bool](t, b, st(`s.elsewhere`)) || eval[bool](t, b, `document.getElementById("elsewhere").hidden`) {
			t.Fatal("the second tab is not told that the project is open elsewhere")
		}
		if msg := eval[string](t, b, `document.getElementById("elsewhere").textContent`); !strings.Contains(msg, "open in another tab") {
			t.Errorf("the second tab says %q", msg)
		}
		// The second tab's form takes no input: its fields cannot be focused.
		if eval[bool](t, b, `(() => { const el = document.querySelector('`+field("organisation")+`'); el.focus(); return document.activeElement === el; })()`) {
			t.Error("the second tab lets its company field be edited")
		}
		// The first tab keeps editing; its changes are the project's.
		set(t, a, "organisation", "Alpha Co Ltd")
		// The first tab closes at once: the second takes the project over,
		// with the first tab's last change.
		closeA()
		waitFor(t, b, st(`!s.elsewhere`))
		if got := value(t, b, "organisation"); got != "Alpha Co Ltd" {
			t.Errorf("after the first tab closed, the second shows %q, want the first tab's last change %q", got, "Alpha Co Ltd")
		}
		if eval[bool](t, b, `document.querySelector("#calc").inert || !document.getElementById("elsewhere").hidden`) {
			t.Error("the second tab is still read-only after the first closed")
		}
		keys(t, b, field("organisation"), " (B)")
		waitFor(t, b, st(`s.rec.doc.organisation === "Alpha Co Ltd (B)" && s.saves > 0`))
	})
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func TestQuota(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)
	failOnThrow(t, ctx)
	// The storage is full: the site may keep one byte.
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		one := 1.0
		_, err := cdp.Call(ctx, tg, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: s.url, QuotaSize: &one})
		return err
	}))
	open(t, ctx, s, "zh")
	// The page says so at once: its first save, of the new project, failed.
	waitFor(t, ctx, `!document.getElementById("save-problem").hidden`)
	company := strings.Repeat("满", 150)
	set(t, ctx, "organisation", company)
	waitFor(t, ctx, `!document.getElementById("save-problem").hidden`)
	msg := eval[string](t, ctx, `document.getElementById("save-problem-text").textContent`)
	if !strings.Contains(msg, "存储空间已满") || !strings.Contains(msg, "项目文件") {
		t.Errorf("the page says %q, want (in Chinese) that the storage is full and to save the project file", msg)
	}
	if !eval[bool](t, ctx, st(`s.unsaved`)) {
		t.Error("state.unsaved is false after a refused save")
	}
	// The project is kept in the tab, and its file is offered.
	if got := value(t, ctx, "organisation"); got != company {
		t.Errorf("the company field holds %q after the refused save", got)
	}
	// The file the button hands to the browser, read from the Blob the page
	// makes of it (Chromium writes no download for a site over its quota).
	file := eval[string](t, ctx, `new Promise((resolve) => {
		const make = URL.createObjectURL;
		URL.createObjectURL = (blob) => { URL.createObjectURL = make; blob.text().then(resolve); return make(blob); };
		document.getElementById("save-download").click();
	})`)
	if !strings.Contains(file, `"format": 1`) {
		t.Errorf("the file offered is not a project file: %.200s", file)
	}
	if !strings.Contains(file, company) {
		t.Errorf("the project file offered does not hold the company typed: %.200s", file)
	}
}
