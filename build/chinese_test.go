package main

import (
	"context"
	"io"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"archive/zip"
	"bytes"
)

// set gives the control bound to path a value, as typing or choosing it
// and leaving the field would: an input event, then a change event.
func set(t *testing.T, ctx context.Context, path, value string) {
	t.Helper()
	ok := eval[bool](t, ctx, `(() => { const el = document.querySelector('`+field(path)+`'); if (!el) return false;
		el.value = `+strconv.Quote(value)+`; el.dispatchEvent(new Event("input", {bubbles: true}));
		el.dispatchEvent(new Event("change", {bubbles: true})); return el.value === `+strconv.Quote(value)+`; })()`)
	if !ok {
		t.Fatalf("no control takes %q for %s", value, path)
	}
}

// latinSentence finds two Latin-script words in a row: what an English
// sentence, or a machine id made of words, leaves on a page.
var latinSentence = regexp.MustCompile(`[A-Za-z]{2,}(?:[ ,;:'’()/-]+[A-Za-z]{2,})+`)

// machineIDs are the core's and the page's ids that a Chinese reader must
// never see for a label.
var machineIDs = regexp.MustCompile(`\b(?:direct-line|microgrid|solar|mass|pro-rata|fixed-shares|exported|curtailed|province-[a-z]+|f[0-9]+|s[0-9]+|p[0-9]+|gec-[0-9]+|covered|partly-covered|not-covered|residual-mix|grid-average)\b`)

// latin lists what in text reads as English or as a machine id, once the
// allowed tokens (units, codes, names the user typed) are taken out.
func latin(text string, allowed []string) []string {
	for _, a := range allowed {
		text = strings.ReplaceAll(text, a, " ")
	}
	text = tableIDs.ReplaceAllString(text, " ")
	var found []string
	found = append(found, latinSentence.FindAllString(text, -1)...)
	found = append(found, machineIDs.FindAllString(text, -1)...)
	return found
}

// units and codes a Chinese page may show as they are.
var zhAllowed = []string{"kgCO2/kWh", "kgCO2e/kWh", "tCO2e/t", "tCO2e", "tCO2", "kWh", "MWh", "kWp", "kW", "YYYY-MM",
	"I-REC", "GEC", "CBAM", "PPA", "CFE", "CSV", "XLSX", "JSON", "PDF", "UTC", "GHG Protocol", "Scope 2", "English", "Greenline",
	// The commands that check the input's hash.
	"sha256sum project.json", "shasum -a 256 project.json", "certutil -hashfile project.json SHA256", "SHA-256", "Linux", "macOS", "Windows"}

// tableIDs are the factor tables' ids and versions, codes.
var tableIDs = regexp.MustCompile(`[a-z]{2}-[a-z]+-\d{4}(?:@\d+)?`)

// TestChineseWalkThrough completes the assessment in Chinese with monthly
// bills, a shared solar plant, a certificate and a product, then reads
// the page, the printed report and both exports: no English sentence and
// no machine id, apart from units, codes and the names the user typed.
func TestChineseWalkThrough(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)
	failOnThrow(t, ctx)
	open(t, ctx, s, "zh")
	names := []string{"苏州绿能电缆有限公司", "一号厂房", "二号厂房", "屋顶光伏", "低压电缆", "GEC-2024-0001"}

	// Step 1: the company and the year.
	set(t, ctx, "organisation", names[0])
	set(t, ctx, "period.start", "2024-01")
	step(t, ctx, "company", "facilities")
	// Step 2: two workshops in Jiangsu.
	set(t, ctx, "facilities[0].name", names[1])
	set(t, ctx, "facilities[0].grid.key", "province-jiangsu")
	press(t, ctx, `[data-add="facility"]`)
	set(t, ctx, "facilities[1].name", names[2])
	set(t, ctx, "facilities[1].grid.key", "province-jiangsu")
	step(t, ctx, "facilities", "electricity")
	// Step 3: monthly bills, with two shifts to estimate their hours.
	for f := range 2 {
		for m := range 12 {
			set(t, ctx, "facilities["+strconv.Itoa(f)+"].electricity.monthly["+strconv.Itoa(m)+"]", "50000")
		}
		set(t, ctx, "facilities["+strconv.Itoa(f)+"].electricity.profile.shifts", "2")
	}
	idle(t, ctx)
	step(t, ctx, "electricity", "green")
	// Step 4: a rooftop plant shared by both, at fixed shares typed as
	// percentages, and a certificate.
	press(t, ctx, `[data-add="solar"]`)
	set(t, ctx, "supplies[0].name", names[3])
	set(t, ctx, "supplies[0].solar.capacity_kw", "300")
	set(t, ctx, "supplies[0].solar.latitude", "31.3")
	set(t, ctx, "supplies[0].solar.longitude", "120.6")
	for m := range 12 {
		set(t, ctx, "supplies[0].solar.monthly_yield["+strconv.Itoa(m)+"]", "100")
	}
	for _, id := range []string{"f1", "f2"} {
		if !eval[bool](t, ctx, `document.querySelector('[data-user-draws][data-facility="`+id+`"]').checked`) {
			keys(t, ctx, `[data-user-draws][data-facility="`+id+`"]`, " ")
		}
	}
	set(t, ctx, "supplies[0].rule", "fixed-shares")
	set(t, ctx, "supplies[0].users[0].share", "40")
	set(t, ctx, "supplies[0].users[1].share", "60")
	press(t, ctx, `[data-add="certificate"]`)
	set(t, ctx, "certificates[0].mwh", "100")
	set(t, ctx, "certificates[0].vintage.from", "2024-01")
	set(t, ctx, "certificates[0].vintage.to", "2024-12")
	set(t, ctx, "certificates[0].serials", names[5])
	idle(t, ctx)
	step(t, ctx, "green", "products")
	// Step 5: a cable for less than 1,000 V, with its 8-digit CN code.
	press(t, ctx, `[data-add="product"]`)
	set(t, ctx, "products[0].name", names[4])
	set(t, ctx, "products[0].cn", "85444995")
	set(t, ctx, "products[0].tonnes", "1200")
	step(t, ctx, "products", "results")
	resultText(t, ctx)
	if got := eval[string](t, ctx, `document.querySelector("#problems").hidden ? "" : document.querySelector("#problems").textContent`); got != "" {
		t.Fatalf("the project has problems: %s", got)
	}
	// The shares were typed as percentages and are kept as fractions.
	input := eval[string](t, ctx, st(`s.answer.input`))
	if !strings.Contains(input, `"share": "0.4"`) || !strings.Contains(input, `"share": "0.6"`) {
		t.Errorf("the project file does not keep the shares 40 %% and 60 %% as 0.4 and 0.6:\n%.2000s", input)
	}
	sameAsCLI(t, ctx, s)

	allowed := append(append([]string{}, names...), zhAllowed...)
	// The page, every text node of it, open steps or not, and what the
	// controls say (labels, options, titles), apart from the citations of
	// the sources, quoted in their language, and the result file as the
	// core wrote it (#result-json, for machines).
	page := eval[string](t, ctx, `(() => {
		for (const d of document.querySelectorAll("details")) d.open = true;
		const out = [];
		const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = w.nextNode(); n; n = w.nextNode()) {
			if (n.parentElement.closest('script, style, [lang="en"], .gl-citation, #result-json')) continue;
			out.push(n.textContent);
		}
		for (const el of document.querySelectorAll("[title], [aria-label], [placeholder]")) {
			if (el.closest('[lang="en"]')) continue;
			out.push(el.getAttribute("title") || "", el.getAttribute("aria-label") || "", el.getAttribute("placeholder") || "");
		}
		return out.join("\n"); })()`)
	for _, l := range latin(page, allowed) {
		t.Errorf("the Chinese page shows %q", l)
	}
	// Nothing is left half made: no object shown as text, no value
	// missing, no placeholder unfilled.
	for _, bad := range []string{"[object", "undefined", "NaN", "{facility}", "{value}", "{n}", "{time}"} {
		if strings.Contains(page, bad) {
			t.Errorf("the Chinese page shows %q", bad)
		}
	}
	// The printed report: the citations are quoted in their language, and
	// are left out by their table column and footer here.
	report := eval[string](t, ctx, `(() => { const c = document.getElementById("report").cloneNode(true);
		for (const e of c.querySelectorAll('[lang="en"], .gl-citation')) e.remove(); return c.innerText || c.textContent; })()`)
	for _, l := range latin(report, allowed) {
		t.Errorf("the Chinese report shows %q", l)
	}
	// The printed PDF, read in reading order: with the quoted sources taken
	// out as the page marks them, nothing reads as English either.
	pdf := printPDF(t, ctx)
	if !strings.Contains(strings.ReplaceAll(pdfText(t, pdf), " ", ""), names[0]) {
		t.Error("the printed report lacks the company's name")
	}
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	plain, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	flat := words(string(plain))
	// The quoted sources wrap differently in the PDF's narrow cells than in
	// the page, so they are taken out word by word: a Latin word of a
	// quotation is not counted. (The report's text above is checked with
	// the quotations taken out whole; here no machine id may appear, and
	// no run of words that no quotation holds.)
	quotedWord := map[string]bool{}
	for _, q := range eval[[]string](t, ctx, `[...document.querySelectorAll('#report [lang="en"], #report .gl-citation, footer [lang="en"]')].map((e) => e.textContent)`) {
		for _, w := range regexp.MustCompile(`[A-Za-z]+`).FindAllString(q, -1) {
			quotedWord[w] = true
		}
	}
	flat = regexp.MustCompile(`https?://\S+|[A-Za-z]+`).ReplaceAllStringFunc(flat, func(w string) string {
		if quotedWord[w] || strings.HasPrefix(w, "http") {
			return " "
		}
		return w
	})
	for _, l := range latin(flat, allowed) {
		t.Errorf("the printed Chinese report shows %q", l)
	}

	// The exports: headers and labels in Chinese, names as typed.
	downloads := allowDownloads(t, ctx)
	saved := func(button, name string) []byte { t.Helper(); return downloaded(t, ctx, downloads, button, name) }
	base := names[0] + "-2024-01-greenline"
	csv := string(saved("#export-csv", base+".csv"))
	// The hash and the versions are codes; the table version too.
	hashes := regexp.MustCompile(`[0-9a-f]{12,64}|cn-mee-\d{4}@\d+`)
	for _, l := range latin(hashes.ReplaceAllString(csv, " "), allowed) {
		t.Errorf("the Chinese CSV shows %q", l)
	}
	for _, want := range []string{"报告主体", names[1], names[3], names[4]} {
		if !strings.Contains(csv, want) {
			t.Errorf("the Chinese CSV lacks %q", want)
		}
	}
	book := saved("#export-xlsx", base+".xlsx")
	z, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatalf("the saved XLSX is not a zip: %v", err)
	}
	var cells strings.Builder
	sheets := 0
	for _, f := range z.File {
		if strings.HasPrefix(f.Name, "xl/worksheets/sheet") || f.Name == "xl/workbook.xml" {
			if f.Name != "xl/workbook.xml" {
				sheets++
			}
			r, _ := f.Open()
			b, _ := io.ReadAll(r)
			// The text of the cells and the sheets' names, without the markup.
			for _, m := range regexp.MustCompile(`<t[^>]*>([^<]*)</t>|name="([^"]*)"`).FindAllStringSubmatch(string(b), -1) {
				cells.WriteString(m[1] + m[2] + "\n")
			}
		}
	}
	// Summary, facilities, months, the plant's users, products, CBAM, trace.
	if sheets != 7 {
		t.Errorf("the XLSX has %d sheets, want 7 (one a part)", sheets)
	}
	for _, l := range latin(hashes.ReplaceAllString(cells.String(), " "), allowed) {
		t.Errorf("the Chinese XLSX shows %q", l)
	}
}
