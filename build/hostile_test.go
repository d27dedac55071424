package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// A hostile project is one whose every text the user or a file controls
// tries to turn the page against its user: markup and script in names,
// javascript: addresses, characters that reverse the text's direction,
// names of 10,000 characters, spreadsheet formulas. The tests below open
// one from a file, type it in, import meter data that carries it, and
// check that nothing ran, nothing left its box, and the exports are safe.

// pwn is what each payload calls if it ever runs: the page's own code
// never calls it.
const pwn = `window.__pwned.push`

// payloads are texts that run script if a page ever writes them as
// markup, or a spreadsheet as a formula.
var payloads = []string{
	`<img src=x onerror="` + pwn + `('img')">`,
	`<script>` + pwn + `('script')</script>`,
	`"><svg onload="` + pwn + `('svg')">`,
	`javascript:` + pwn + `('url')`,
	`<a href="javascript:` + pwn + `('a')">x</a><iframe srcdoc="<script>parent.` + pwn + `('iframe')</script>">`,
	"\u202eevil\u202d \u2066bidi\u2069",
	`=cmd|' /C calc'!A0`,
	`@SUM(1+1)*cmd|' /C calc'!A0`,
	`+HYPERLINK("http://x")`,
	`-2+3`,
}

// longWord is a name of 190 characters without a space.
var longWord = strings.Repeat("Z", 190)

// hook is run before the page's own scripts: alert, confirm, prompt and
// print record their calls, and window.__pwned collects what payloads do.
const hook = `window.__pwned = [];
for (const k of ["alert", "confirm", "prompt"]) window[k] = (...a) => { window.__pwned.push(k + ":" + a.join(" ")); };`

// nothingRan checks that no payload ran, and that no element a payload
// would add is in the document.
func nothingRan(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	if got := eval[[]string](t, ctx, `window.__pwned.map(String)`); len(got) > 0 {
		t.Errorf("%s: a payload ran: %q", where, got)
	}
	injected := eval[string](t, ctx, `(() => {
		const bad = document.querySelectorAll("[onerror], [onload], [onclick], iframe, img[src=x], a[href^='javascript:' i], script:not([type=module]):not([type='application/json']):not([type=importmap]):not([src])");
		return [...bad].slice(0, 5).map((e) => e.outerHTML.slice(0, 120)).join(" | ");
	})()`)
	if injected != "" {
		t.Errorf("%s: the page holds elements a payload made: %s", where, injected)
	}
}

// hostileProject is the worked example of a shared park with every text
// replaced by a payload or a 190-character word, or with huge, names of
// 10,000 characters (which the core refuses: a name holds at most 200).
// Ids stay ids (the core refuses anything else: see the refusal test).
func hostileProject(t *testing.T, huge bool) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(moduleRoot(), "docs/examples/park-direct-line.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p map[string]any
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	p["name"] = longWord
	p["organisation"] = payloads[0]
	fs := p["facilities"].([]any)
	fs[0].(map[string]any)["name"] = payloads[1] + payloads[2]
	fs[1].(map[string]any)["name"] = payloads[6]
	s := p["supplies"].([]any)[0].(map[string]any)
	s["name"] = payloads[8] + payloads[5]
	s["users"].([]any)[1].(map[string]any)["entity"] = payloads[3]
	c := p["certificates"].([]any)[0].(map[string]any)
	c["serials"] = payloads[4]
	c["retired_for"] = p["organisation"]
	pr := p["products"].([]any)[0].(map[string]any)
	pr["name"] = payloads[7]
	if huge {
		p["organisation"] = strings.Repeat("W", 10000)
		c["retired_for"] = p["organisation"]
		fs[0].(map[string]any)["name"] = strings.Repeat("名", 10000)
		pr["name"] = strings.Repeat("P", 10000)
	}
	out, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// writeFile writes a file for the page to open and returns its path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// openProjectFile chooses a project file in the project bar.
func openProjectFile(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS("#project-file"), []string{path}))
}

// storedProjects is every project record in this browser's store, by id,
// as JSON text (read from IndexedDB directly, not through the page).
func storedProjects(t *testing.T, ctx context.Context) map[string]string {
	t.Helper()
	return eval[map[string]string](t, ctx, `new Promise((resolve, reject) => {
		const r = indexedDB.open("greenline");
		r.onerror = () => reject(r.error);
		r.onsuccess = () => {
			const q = r.result.transaction("projects").objectStore("projects").getAll();
			q.onsuccess = () => { const o = {}; for (const x of q.result) { const c = {...x}; delete c.updated; o[x.id] = JSON.stringify(c); } r.result.close(); resolve(o); };
			q.onerror = () => reject(q.error);
		};
	})`)
}

// hostileWorkbook is an XLSX of one day of hourly data for two meters
// whose sheet name, title, headers and meter cells are payloads.
func hostileWorkbook(t *testing.T) string {
	t.Helper()
	esc := func(s string) string {
		var b bytes.Buffer
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	var sheet strings.Builder
	str := func(ref, v string) string {
		return `<c r="` + ref + `" t="inlineStr"><is><t>` + esc(v) + `</t></is></c>`
	}
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	sheet.WriteString(`<row r="1">` + str("A1", payloads[0]) + `</row>`)
	sheet.WriteString(`<row r="2">` + str("A2", "时间") + str("B2", "表号") + str("C2", "电量(kWh)") + str("D2", payloads[2]) + `</row>`)
	r := 3
	for h := range 24 {
		for _, m := range []string{payloads[1], payloads[6]} {
			n := strconv.Itoa(r)
			sheet.WriteString(`<row r="` + n + `">` + str("A"+n, time.Date(2024, 1, 1, h, 0, 0, 0, time.UTC).Format("2006-01-02 15:04")) +
				str("B"+n, m) + `<c r="C` + n + `"><v>1.5</v></c>` + str("D"+n, payloads[7]) + `</row>`)
			r++
		}
	}
	sheet.WriteString(`</sheetData></worksheet>`)
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="` +
			esc(`<img src=x onerror="`+pwn+`('sheet')">`) + `" sheetId="1" r:id="rId1"/><sheet name="` + esc(`=cmd|' /C calc'!A0`) + `" sheetId="2" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml":   sheet.String(),
	}
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"} {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, files[name])
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return writeFile(t, "hostile.xlsx", b.Bytes())
}

// formulaLike says whether a spreadsheet would read a cell as a formula:
// it begins with "=", "+", "-", "@", a tab or a carriage return and is not
// a plain number.
func formulaLike(s string) bool {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return false
	}
	_, err := strconv.ParseFloat(s, 64)
	return err != nil
}

// fitsEverywhere lays the page out at a phone's width and a desktop's, on
// screen and for print, and checks that nothing leaves its box.
func fitsEverywhere(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	for _, sc := range []screen{{390, 844}, {1280, 900}} {
		do(t, ctx, viewport(sc))
		fits(t, ctx, what+" at "+strconv.Itoa(int(sc.w))+" px")
	}
	// The report: the page as printed.
	media := func(m string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
			return err
		})
	}
	do(t, ctx, media("print"))
	fits(t, ctx, what+" printed")
	do(t, ctx, media(""), viewport(screen{1280, 900}))
}

func TestHostile(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)
	failOnThrow(t, ctx)
	downloads := t.TempDir()
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: hook}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads})
		return err
	}))
	saved := func(t *testing.T, button, ext string) []byte {
		t.Helper()
		before, _ := os.ReadDir(downloads)
		eval[bool](t, ctx, `(document.querySelector(`+strconv.Quote(button)+`).click(), true)`)
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			files, _ := os.ReadDir(downloads)
			for _, f := range files {
				if len(files) > len(before) && strings.HasSuffix(f.Name(), ext) {
					if b, err := os.ReadFile(filepath.Join(downloads, f.Name())); err == nil && len(b) > 0 {
						os.Remove(filepath.Join(downloads, f.Name()))
						return b
					}
				}
			}
		}
		t.Fatalf("%s saved nothing", button)
		return nil
	}

	open(t, ctx, s, "en")
	before := storedProjects(t, ctx)

	t.Run("a hostile project file opens as text", func(t *testing.T) {
		old := eval[string](t, ctx, st(`s.rec.id`))
		openProjectFile(t, ctx, writeFile(t, "hostile.json", hostileProject(t, false)))
		waitFor(t, ctx, st(`s.rec.id !== `+strconv.Quote(old)))
		idle(t, ctx)
		press(t, ctx, `.steps [data-goto="results"]`)
		resultText(t, ctx)
		waitFor(t, ctx, st(`s.painted === s.last`))
		text := eval[string](t, ctx, `document.body.innerText`)
		for _, want := range []string{payloads[6], "<img src=x onerror=", longWord} {
			if !strings.Contains(text, want) {
				t.Errorf("the page does not show %.40q as text", want)
			}
		}
		nothingRan(t, ctx, "result")
		fitsEverywhere(t, ctx, "hostile result")
		for _, step := range []string{"company", "facilities", "electricity", "green", "products"} {
			press(t, ctx, `.steps [data-goto="`+step+`"]`)
			waitFor(t, ctx, `!document.querySelector('section[data-step="`+step+`"]').hidden`)
			nothingRan(t, ctx, step)
			do(t, ctx, viewport(screen{390, 844}))
			fits(t, ctx, "hostile "+step+" at 390 px")
			do(t, ctx, viewport(screen{1280, 900}))
		}
	})

	t.Run("names of 10,000 characters are refused at their fields", func(t *testing.T) {
		old := eval[string](t, ctx, st(`s.rec.id`))
		openProjectFile(t, ctx, writeFile(t, "huge.json", hostileProject(t, true)))
		waitFor(t, ctx, st(`s.rec.id !== `+strconv.Quote(old)))
		idle(t, ctx)
		if got := eval[[]string](t, ctx, st(`s.errors.map((e) => e.code + " " + e.field)`)); !strings.Contains(strings.Join(got, ","), "text.too_long organisation") {
			t.Errorf("problems %q, want text.too_long at organisation", got)
		}
		for _, step := range []string{"company", "facilities", "products", "results"} {
			press(t, ctx, `.steps [data-goto="`+step+`"]`)
			waitFor(t, ctx, `!document.querySelector('section[data-step="`+step+`"]').hidden`)
			nothingRan(t, ctx, "huge "+step)
			do(t, ctx, viewport(screen{390, 844}))
			fits(t, ctx, "10,000-character names, "+step+" at 390 px")
			do(t, ctx, viewport(screen{1280, 900}))
		}
	})

	t.Run("the exports neutralise formulas", func(t *testing.T) {
		old := eval[string](t, ctx, st(`s.rec.id`))
		openProjectFile(t, ctx, writeFile(t, "hostile.json", hostileProject(t, false)))
		waitFor(t, ctx, st(`s.rec.id !== `+strconv.Quote(old)))
		idle(t, ctx)
		press(t, ctx, `.steps [data-goto="results"]`)
		resultText(t, ctx)
		b := saved(t, "#export-csv", ".csv")
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
		if err != nil {
			// Rows of different lengths are allowed: read them one by one.
			r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
			r.FieldsPerRecord = -1
			if rows, err = r.ReadAll(); err != nil {
				t.Fatalf("the CSV does not read: %v", err)
			}
		}
		found := false
		for _, row := range rows {
			for _, c := range row {
				if formulaLike(c) {
					t.Errorf("CSV cell %.60q begins a formula", c)
				}
				if c == "'"+payloads[6] {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("the CSV has no cell %q (the facility's name, neutralised)", "'"+payloads[6])
		}
		x := saved(t, "#export-xlsx", ".xlsx")
		z, err := zip.NewReader(bytes.NewReader(x), int64(len(x)))
		if err != nil {
			t.Fatal(err)
		}
		found = false
		numbers := 0
		for _, f := range z.File {
			if !strings.HasPrefix(f.Name, "xl/worksheets/") && f.Name != "xl/workbook.xml" {
				continue
			}
			rc, _ := f.Open()
			d := xml.NewDecoder(rc)
			var inT, inV bool
			for {
				tok, err := d.Token()
				if err != nil {
					break
				}
				switch e := tok.(type) {
				case xml.StartElement:
					inT, inV = e.Name.Local == "t", e.Name.Local == "v"
					if e.Name.Local == "f" {
						t.Errorf("%s holds a formula", f.Name)
					}
					if e.Name.Local == "sheet" {
						for _, a := range e.Attr {
							if a.Name.Local == "name" && formulaLike(a.Value) {
								t.Errorf("sheet name %q begins a formula", a.Value)
							}
						}
					}
				case xml.CharData:
					if inT && formulaLike(string(e)) {
						t.Errorf("%s: cell %.60q begins a formula", f.Name, string(e))
					}
					if inT && string(e) == "'"+payloads[6] {
						found = true
					}
					if inV {
						numbers++
					}
				case xml.EndElement:
					inT, inV = false, false
				}
			}
			rc.Close()
		}
		if !found {
			t.Errorf("the XLSX has no cell %q", "'"+payloads[6])
		}
		if numbers == 0 {
			t.Error("the XLSX has no number cells: figures must stay numbers")
		}
	})

	t.Run("typed in", func(t *testing.T) {
		newProject(t, ctx)
		set(t, ctx, "organisation", payloads[0]+strings.Repeat("W", 10000))
		set(t, ctx, "name", longWord)
		press(t, ctx, `.steps [data-goto="facilities"]`)
		set(t, ctx, "facilities[0].name", payloads[1]+payloads[5]+longWord)
		idle(t, ctx)
		nothingRan(t, ctx, "typed")
		do(t, ctx, viewport(screen{390, 844}))
		fits(t, ctx, "typed names at 390 px")
		do(t, ctx, viewport(screen{1280, 900}))
	})

	t.Run("meter files with payloads", func(t *testing.T) {
		press(t, ctx, `.steps [data-goto="electricity"]`)
		var b strings.Builder
		q := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
		b.WriteString("时间,表号,电量(kWh)," + q(payloads[0]) + "\n")
		for h := range 24 {
			stamp := time.Date(2024, 1, 1, h, 0, 0, 0, time.UTC).Format("2006-01-02 15:04")
			for _, m := range []string{payloads[0], payloads[1], payloads[6]} {
				b.WriteString(stamp + "," + q(m) + ",2," + q(payloads[2]) + "\n")
			}
		}
		importFile(t, ctx, writeFile(t, "hostile.csv", []byte(b.String())), "read")
		nothingRan(t, ctx, "CSV preview")
		do(t, ctx, viewport(screen{390, 844}))
		fits(t, ctx, "CSV preview at 390 px")
		do(t, ctx, viewport(screen{1280, 900}))
		importFile(t, ctx, hostileWorkbook(t), "sheet")
		nothingRan(t, ctx, "XLSX sheet choice")
		do(t, ctx, viewport(screen{390, 844}))
		fits(t, ctx, "XLSX sheet choice at 390 px")
		do(t, ctx, viewport(screen{1280, 900}))
	})

	t.Run("an id that is no id is refused, nothing else changes", func(t *testing.T) {
		open(t, ctx, s, "en")
		cur := eval[string](t, ctx, st(`s.rec.id`))
		stored := storedProjects(t, ctx)
		var p map[string]any
		json.Unmarshal(hostileProject(t, false), &p)
		p["facilities"].([]any)[0].(map[string]any)["id"] = `=cmd|' /C calc'!A0`
		bad, _ := json.Marshal(p)
		n := eval[float64](t, ctx, st(`s.fileRefused`))
		openProjectFile(t, ctx, writeFile(t, "formula-id.json", bad))
		waitFor(t, ctx, st(`s.fileRefused > `+strconv.Itoa(int(n))))
		msg := eval[string](t, ctx, `document.getElementById("project-file-err").textContent`)
		if !strings.Contains(msg, "Facility 1: ") || !strings.Contains(msg, " · ID: ") || !strings.Contains(msg, "An id ") || !strings.Contains(msg, "formula-id.json") {
			t.Errorf("the refusal says %q, want the file, the place (Facility 1 · ID) and what an id may hold", msg)
		}
		if eval[bool](t, ctx, `document.getElementById("project-file-err").hidden`) {
			t.Error("the refusal is not shown")
		}
		if got := eval[string](t, ctx, st(`s.rec.id`)); got != cur {
			t.Errorf("the project shown changed from %s to %s", cur, got)
		}
		after := storedProjects(t, ctx)
		if len(after) != len(stored) {
			t.Errorf("%d projects stored after the refusal, want %d", len(after), len(stored))
		}
		nothingRan(t, ctx, "refusal")
	})

	t.Run("opening files never alters another project", func(t *testing.T) {
		after := storedProjects(t, ctx)
		for id, rec := range before {
			if after[id] != rec {
				t.Errorf("project %s was changed by opening files:\nbefore %.200s\nafter  %.200s", id, rec, after[id])
			}
		}
	})

	for _, c := range []struct{ lang, want string }{
		{"en", "made by a newer Greenline (format 7)"},
		{"zh", "较新版本的 Greenline 生成（格式 7）"},
	} {
		t.Run("a newer format in "+c.lang, func(t *testing.T) {
			open(t, ctx, s, c.lang)
			n := eval[float64](t, ctx, st(`s.fileRefused`))
			openProjectFile(t, ctx, writeFile(t, "newer.json", []byte(`{"format": 7, "facilities": [], "hologram": {"x": 1}}`)))
			waitFor(t, ctx, st(`s.fileRefused > `+strconv.Itoa(int(n))))
			if msg := eval[string](t, ctx, `document.getElementById("project-file-err").textContent`); !strings.Contains(msg, c.want) {
				t.Errorf("the refusal says %q, want %q", msg, c.want)
			}
		})
	}
}
