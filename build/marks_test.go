package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// TestPageMarks checks what the page says of a result it cannot trust or
// of a problem that blocks only part of it: an optional field's problem
// leaves Scope 2 computed; a project with problems marks its last result
// as not current everywhere it goes, and with no result at all saving is
// refused with the reason.
func TestPageMarks(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)
	failOnThrow(t, ctx)
	downloads := t.TempDir()
	saved := func(t *testing.T, button string) string {
		t.Helper()
		before, _ := os.ReadDir(downloads)
		press(t, ctx, button)
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			files, _ := os.ReadDir(downloads)
			for _, f := range files {
				if len(files) > len(before) && strings.HasSuffix(f.Name(), ".csv") {
					if b, err := os.ReadFile(filepath.Join(downloads, f.Name())); err == nil && len(b) > 0 {
						os.Remove(filepath.Join(downloads, f.Name()))
						return string(b)
					}
				}
			}
		}
		t.Fatalf("%s saved nothing", button)
		return ""
	}

	t.Run("a CN code the core cannot read leaves Scope 2 computed", func(t *testing.T) {
		open(t, ctx, s, "en")
		newProject(t, ctx)
		do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads})
			return err
		}))
		annualJiangsu(t, ctx, "Wuxi Wire Co.")
		press(t, ctx, `.steps [data-goto="products"]`)
		press(t, ctx, `[data-add="product"]`)
		set(t, ctx, "products[0].name", "Wire")
		set(t, ctx, "products[0].tonnes", "10")
		set(t, ctx, "products[0].cn", "85x4")
		idle(t, ctx)
		// The field says what is wrong, in the page's words, with the value.
		msg := eval[string](t, ctx, `(() => { const e = document.querySelector('[data-error-for="products[0].cn"]'); return e.hidden ? "" : e.textContent; })()`)
		if !strings.Contains(msg, "85x4") {
			t.Errorf("the CN field says %q, want its problem with the value typed", msg)
		}
		// Scope 2 is computed and current: 1,000 kWh × 0.5827 = 0.583 t.
		if got := eval[string](t, ctx, `document.querySelector(".live").hidden ? "" : document.getElementById("live-location").textContent`); got != "0.583 tCO2" {
			t.Errorf("running total = %q, want 0.583 tCO2", got)
		}
		if eval[bool](t, ctx, `!document.getElementById("live-stale").hidden`) {
			t.Error("the running total is marked as not current")
		}
		press(t, ctx, `.steps [data-goto="results"]`)
		got := resultText(t, ctx)
		if !strings.Contains(got, "0.583") || !strings.Contains(got, "85x4") {
			t.Errorf("the result lacks Scope 2 (0.583) or the CN code's problem:\n%.600s", got)
		}
		if eval[bool](t, ctx, `!document.getElementById("problems").hidden`) {
			t.Errorf("the CN code is listed as keeping the results from being computed: %s", eval[string](t, ctx, `document.getElementById("problems").textContent`))
		}
	})

	t.Run("a project with problems marks its last result as not current", func(t *testing.T) {
		// From the results step of the project before, the reading goes bad.
		press(t, ctx, `.steps [data-goto="electricity"]`)
		set(t, ctx, "facilities[0].electricity.annual", "abc")
		idle(t, ctx)
		if !eval[bool](t, ctx, `!document.getElementById("live-stale").hidden && !document.querySelector(".live").hidden`) {
			t.Error("the running total is not marked as not current")
		}
		press(t, ctx, `.steps [data-goto="results"]`)
		idle(t, ctx)
		if !eval[bool](t, ctx, `!document.getElementById("stale").hidden && /\d/.test(document.getElementById("stale").textContent)`) {
			t.Error("the results step does not say the result is not current, and from when")
		}
		if !eval[bool](t, ctx, `!!document.querySelector("#report .gl-stale")`) {
			t.Error("the printed report is not marked as not current")
		}
		if csv := saved(t, "#export-csv"); !strings.Contains(csv, "Not current") {
			t.Errorf("the saved CSV is not marked as not current:\n%.400s", csv)
		}
		// Corrected, the marks go.
		press(t, ctx, `.steps [data-goto="electricity"]`)
		set(t, ctx, "facilities[0].electricity.annual", "1000")
		idle(t, ctx)
		press(t, ctx, `.steps [data-goto="results"]`)
		resultText(t, ctx)
		if eval[bool](t, ctx, `!document.getElementById("live-stale").hidden || !document.getElementById("stale").hidden || !!document.querySelector("#report .gl-stale")`) {
			t.Error("a corrected project still shows its result as not current")
		}
	})

	t.Run("a shared plant says what it needs, with the way to the field", func(t *testing.T) {
		newProject(t, ctx)
		annualJiangsu(t, ctx, "Changzhou Motors")
		press(t, ctx, `.steps [data-goto="green"]`)
		press(t, ctx, `[data-add="supply"]`)
		keys(t, ctx, `[data-user-draws][data-facility="f1"]`, " ")
		need := eval[string](t, ctx, `(() => { const p = document.querySelector("[data-needs-hours]"); return p.hidden ? "" : p.textContent; })()`)
		if !strings.Contains(need, "hourly electricity") || !strings.Contains(need, "Facility 1") {
			t.Fatalf("the plant's user with annual bills only is told %q, want that a shared plant needs hourly electricity", need)
		}
		press(t, ctx, "[data-needs-hours] [data-focus-field]")
		if got := eval[string](t, ctx, `document.activeElement.dataset.field || ""`); got != "facilities[0].electricity.profile.shifts" {
			t.Errorf("the button led to %q, want the facility's operating pattern", got)
		}
		set(t, ctx, "facilities[0].electricity.profile.shifts", "2")
		press(t, ctx, `.steps [data-goto="green"]`)
		if eval[bool](t, ctx, `!document.querySelector("[data-needs-hours]").hidden`) {
			t.Error("the prerequisite is still shown once the facility has an operating pattern")
		}
		// A share is typed, and its problem said, in percent.
		set(t, ctx, "supplies[0].rule", "fixed-shares")
		set(t, ctx, "supplies[0].users[0].share", "120")
		idle(t, ctx)
		msg := eval[string](t, ctx, `[...document.querySelectorAll(".error")].filter((e) => !e.hidden).map((e) => e.textContent).join(" ") + " " + document.getElementById("problems").textContent`)
		if !strings.Contains(msg, "120 %") || strings.Contains(msg, "1.2") {
			t.Errorf("a share of 120 %% is refused with %q, want it said in percent", msg)
		}
	})

	t.Run("a meter file with no unit is read once the unit is chosen", func(t *testing.T) {
		newProject(t, ctx)
		press(t, ctx, `.steps [data-goto="electricity"]`)
		file := filepath.Join(t.TempDir(), "no-unit.csv")
		os.WriteFile(file, []byte("时间,电量\n2024-01-01 00:00,1.5\n2024-01-01 01:00,2\n"), 0o644)
		importFile(t, ctx, file, "refused")
		if msg := eval[string](t, ctx, `document.getElementById("meter-file-err").textContent`); !strings.Contains(msg, "unit") {
			t.Errorf("a file with no unit: message %q, want it to ask for the unit", msg)
		}
		// Choosing the unit reads the same file again: 3.5 MWh = 3,500 kWh.
		eval[bool](t, ctx, st(`(s.meter = "", true)`))
		choose(t, ctx, "xlsx-unit", "MWh")
		waitFor(t, ctx, st(`s.meter === "read"`))
		if found := eval[string](t, ctx, `document.getElementById("meter-found").textContent`); !strings.Contains(found, "3,500 kWh") {
			t.Errorf("preview = %q, want 3,500 kWh in all", found)
		}
		press(t, ctx, "#meter-cancel")
	})

	t.Run("a fresh project shows no marks, and saving a result it has not got is refused", func(t *testing.T) {
		newProject(t, ctx)
		if n := eval[int](t, ctx, `document.querySelectorAll(".steps .has-errors").length`); n != 0 {
			t.Errorf("a fresh project marks %d steps as having problems", n)
		}
		press(t, ctx, `.steps [data-goto="results"]`)
		idle(t, ctx)
		press(t, ctx, "#export-csv")
		if !eval[bool](t, ctx, `!document.getElementById("export-refused").hidden`) {
			t.Error("saving with no result says nothing")
		}
	})
}
