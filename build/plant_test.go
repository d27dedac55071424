package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The shared plant from both sides, in the page: the operator (the
// responsible unit) builds a project of three companies on one plant and
// issues their statements; one of the companies loads its statement into
// its own assessment. The case is calc/statement_test.go's threeCompanies,
// pro rata, whose split is worked by hand there (TestThreeCompanies): a
// plant making 100 kWh in hour 0 and 31 kWh in hour 1 of 2025, loads
// A 50, 20, 10; B 30, 10, 10; C 10, 30, 0 kWh in hours 0, 1, 2. A takes
// 50 + 10.333 = 60.333 kWh of its 80 kWh, so its market-based figure is
// (80 − 60.333) kWh × 0.6096 kg/kWh (the residual mix: the national
// factor excluding market-traded non-fossil power, MEE/NBS 2023 table)
// = 11.9890032 kg = 0.0119890032 t, shown 0.012.

// threeCompanyMeters writes the meters of the case in one file: A, B, C
// and the plant PV, every hour of 2025.
func threeCompanyMeters(t *testing.T) string {
	t.Helper()
	at := map[string]map[int]string{
		"A":  {0: "50", 1: "20", 2: "10"},
		"B":  {0: "30", 1: "10", 2: "10"},
		"C":  {0: "10", 1: "30"},
		"PV": {0: "100", 1: "31"},
	}
	var b strings.Builder
	b.WriteString("Start,Meter,Energy (kWh)\n")
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for h := range 8760 {
		stamp := start.Add(time.Duration(h) * time.Hour).Format("2006-01-02 15:04")
		for _, m := range []string{"A", "B", "C", "PV"} {
			v := at[m][h]
			if v == "" {
				v = "0"
			}
			fmt.Fprintf(&b, "%s,%s,%s\n", stamp, m, v)
		}
	}
	path := filepath.Join(t.TempDir(), "park-2025.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// errorAt is the text of a shown error line, "" when hidden.
func errorAt(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return eval[string](t, ctx, `(() => { const e = document.querySelector('`+sel+`'); return !e || e.hidden ? "" : e.textContent; })()`)
}

func TestPlant(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)
	thrown := exceptions(ctx)
	check := func(t *testing.T) {
		t.Helper()
		for _, e := range thrown() {
			t.Errorf("the page threw: %s", e)
		}
		if t.Failed() {
			t.Logf("problems listed: %s", eval[string](t, ctx, `document.getElementById("problems").textContent`))
		}
	}
	meters := threeCompanyMeters(t)
	companies := []string{"Alpha Cables Ltd.", "Beta Transformers Co.", "Gamma Pumps Co."}
	var files map[string][]byte // the statements the operator saved, by name
	var operatorA struct{ shown, exact string }

	t.Run("the operator builds a three-company project and issues statements, in English, by keyboard", func(t *testing.T) {
		defer check(t)
		open(t, ctx, s, "en")
		newProject(t, ctx)
		keys(t, ctx, `[data-field="_role"][value=operator]`, " ")
		waitFor(t, ctx, `!document.querySelector('[data-when="_role=operator"]').hidden`)
		axeCheck(t, ctx, "/en/ company step, operator")
		keys(t, ctx, field("organisation"), "Green Park Energy Co.")
		clear(t, ctx, eval[string](t, ctx, `document.querySelector('`+field("period.start")+`').id`))
		keys(t, ctx, field("period.start"), "2025-01")
		step(t, ctx, "company", "facilities")
		for i, name := range []string{"A", "B", "C"} {
			if i > 0 {
				press(t, ctx, `[data-add="facility"]`)
				waitFor(t, ctx, `document.activeElement.matches('`+field(fmt.Sprintf("facilities[%d].name", i))+`')`)
			}
			keys(t, ctx, field(fmt.Sprintf("facilities[%d].name", i)), name)
			keys(t, ctx, field(fmt.Sprintf("facilities[%d].grid.key", i)), "Jiangsu")
		}
		step(t, ctx, "facilities", "electricity")
		importFile(t, ctx, meters, "read")
		press(t, ctx, "#meter-accept")
		idle(t, ctx)
		step(t, ctx, "electricity", "green")
		press(t, ctx, `[data-add="supply"]`)
		keys(t, ctx, field("supplies[0].name"), "PV")
		for i, id := range []string{"f1", "f2", "f3"} {
			keys(t, ctx, `[data-user-draws][data-facility="`+id+`"]`, " ")
			keys(t, ctx, field(fmt.Sprintf("supplies[0].users[%d].entity", i)), companies[i])
		}
		// A code whose check character is wrong is named at its field.
		uscc := field("supplies[0].users[0].uscc")
		keys(t, ctx, uscc, "91350100M000100Y44"+kb.Tab)
		idle(t, ctx)
		if msg := errorAt(t, ctx, `[data-error-for="supplies[0].users[0].uscc"]`); !strings.Contains(msg, "not a unified social credit code") {
			t.Errorf("a wrong check character: message at the field %q", msg)
		}
		keys(t, ctx, uscc, kb.Backspace+"3"+kb.Tab)
		idle(t, ctx)
		if msg := errorAt(t, ctx, `[data-error-for="supplies[0].users[0].uscc"]`); msg != "" {
			t.Errorf("a good code (91350100M000100Y43): message %q", msg)
		}
		importFile(t, ctx, meters, "read")
		press(t, ctx, "#meter-accept")
		idle(t, ctx)
		axeCheck(t, ctx, "/en/ green sources, three companies")
		step(t, ctx, "green", "products")
		step(t, ctx, "products", "results")
		resultText(t, ctx)
		waitFor(t, ctx, `document.querySelector("#plant-view .plant-users")`)
		axeCheck(t, ctx, "/en/ results of the operator")
		sameAsCLI(t, ctx, s)
		// Per user: the green energy worked by hand, and A's market-based figure.
		for id, want := range map[string]string{"f1": "60.333", "f2": "35.167", "f3": "25.5"} {
			row := eval[string](t, ctx, `document.querySelector('#plant-view tr[data-user="`+id+`"]').textContent`)
			if !strings.Contains(row, want) {
				t.Errorf("user %s: row %q lacks its green %s kWh", id, row, want)
			}
		}
		operatorA.shown = eval[string](t, ctx, `document.querySelector('#plant-view td[data-market="f1"]').textContent`)
		operatorA.exact = eval[string](t, ctx, st(`s.last.result.facilities.find((f) => f.id === "f1").market_based.exact`))
		if operatorA.shown != "0.012" || operatorA.exact != "0.0119890032" {
			t.Errorf("A's market-based figure: shown %q, exact %q; worked by hand 0.012, 0.0119890032", operatorA.shown, operatorA.exact)
		}
		// The 688号 checks: two distinct entities needed, three given; hourly split.
		checks := eval[string](t, ctx, `[...document.querySelectorAll("#plant-view .plant-checks tbody tr")].map((r) => r.dataset.metric + "=" + r.dataset.met).join(" ")`)
		for _, want := range []string{"number_of_distinct_legal_entity_users=true", "green_electricity_traceability_time_resolution=true", "self_consumed_share_of_available_generation="} {
			if !strings.Contains(checks, want) {
				t.Errorf("the checks %q lack %s", checks, want)
			}
		}

		press(t, ctx, "#statements-issue")
		waitFor(t, ctx, `document.querySelectorAll("#statements-list tr[data-statement]").length === 3`)
		axeCheck(t, ctx, "/en/ statements issued")
		dir := allowDownloads(t, ctx)
		zipped := downloaded(t, ctx, dir, "#statements-zip", "Green-Park-Energy-Co.-statements.zip")
		z, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
		if err != nil {
			t.Fatalf("the statements' ZIP: %v", err)
		}
		files = map[string][]byte{}
		for _, f := range z.File {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			files[f.Name], _ = io.ReadAll(r)
		}
		one := downloaded(t, ctx, dir, `[data-download="0"]`, "001-s1-f1.json")
		// The CLI issues the same files from the project the page computed.
		input := eval[string](t, ctx, st(`s.answer.input`))
		work := t.TempDir()
		os.WriteFile(filepath.Join(work, "park.json"), []byte(input), 0o644)
		if out, err := exec.Command(s.cli, "statements", filepath.Join(work, "park.json"), "--out", filepath.Join(work, "st")).CombinedOutput(); err != nil {
			t.Fatalf("greenline statements: %v\n%s", err, out)
		}
		cli, _ := filepath.Glob(filepath.Join(work, "st", "*.json"))
		var names []string
		for _, p := range cli {
			b, _ := os.ReadFile(p)
			names = append(names, filepath.Base(p))
			if !bytes.Equal(files[filepath.Base(p)], b) {
				t.Errorf("%s in the page's ZIP differs from the CLI's", filepath.Base(p))
			}
		}
		sort.Strings(names)
		if strings.Join(names, " ") != "001-s1-f1.json 002-s1-f2.json 003-s1-f3.json" || len(files) != 3 {
			t.Errorf("the CLI wrote %v, the ZIP holds %d files", names, len(files))
		}
		if !bytes.Equal(one, files["001-s1-f1.json"]) {
			t.Error("the statement downloaded alone differs from the one in the ZIP")
		}
		if out, err := exec.Command(s.cli, "verify-statements", filepath.Join(work, "park.json"), filepath.Join(work, "st")).CombinedOutput(); err != nil {
			t.Errorf("greenline verify-statements refuses the page's project and statements: %v\n%s", err, out)
		}
		// The printable page: the company, its green energy, the hashes.
		press(t, ctx, `[data-print="0"]`)
		waitFor(t, ctx, st(`s.statementPage`))
		var st0 struct {
			SHA256  string `json:"statement_sha256"`
			Project string `json:"project_sha256"`
		}
		json.Unmarshal(files["001-s1-f1.json"], &st0)
		page := eval[string](t, ctx, st(`s.statementPage`))
		for _, want := range []string{"Allocation statement", "Alpha Cables Ltd.", "91350100M000100Y43", "60.333", "Green Park Energy Co.", st0.SHA256, st0.Project} {
			if !strings.Contains(page, want) {
				t.Errorf("the printable statement lacks %q", want)
			}
		}
		// Printed on A4, its layout applied under the page's policy (which
		// refuses a <style> element or attribute in the frame), from a
		// frame that takes no room on the page.
		frame := `document.querySelector("iframe.statement-print")`
		waitFor(t, ctx, frame+`.contentDocument.adoptedStyleSheets.length > 0`)
		if got := eval[string](t, ctx, `[...`+frame+`.contentDocument.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join(" ")`); !strings.Contains(strings.ToLower(got), "size: a4") {
			t.Errorf("the printed statement's style sheet %.200q sets no A4 page", got)
		}
		// 178 mm at 96 px to the inch: 672.76 px.
		if got := eval[string](t, ctx, `Math.round(parseFloat(getComputedStyle(`+frame+`.contentDocument.body).maxWidth)) + " " + `+frame+`.getBoundingClientRect().width`); got != "673 0" {
			t.Errorf("the printed statement's body and its frame are %q px wide, want 673 (178 mm) and 0", got)
		}
	})
	if files == nil {
		t.Fatal("no statements to continue with")
	}

	t.Run("a user claims its statement, in Chinese, on a phone, by keyboard; a tampered one is refused", func(t *testing.T) {
		defer check(t)
		do(t, ctx, chromedp.EmulateViewport(390, 844))
		defer do(t, ctx, chromedp.EmulateViewport(1280, 900))
		userAtGreenStep(t, ctx, s, meters, "zh", companies[0], "A")
		waitFor(t, ctx, `document.querySelector('[data-list="plant_shares"] [data-statement-file]')`)
		axeCheck(t, ctx, "/zh/ green sources, a plant share")

		load := func(path string) {
			t.Helper()
			n := eval[int](t, ctx, st(`s.calcs`))
			do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`[data-list="plant_shares"] [data-statement-file]`), []string{path}))
			waitFor(t, ctx, st(`s.calcs > `+fmt.Sprint(n)+` && !s.busy`))
		}
		// A file that is not JSON never reaches the core.
		refuse := func(path string) {
			t.Helper()
			do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`[data-list="plant_shares"] [data-statement-file]`), []string{path}))
			waitFor(t, ctx, `!document.querySelector("[data-statement-err]").hidden && document.querySelector("[data-statement-err]").textContent.includes("JSON")`)
		}
		// One hour changed: the statement's hash no longer matches.
		tampered := bytes.Replace(files["001-s1-f1.json"], []byte(`"green":["50.000","10.333"`), []byte(`"green":["50.000","11.333"`), 1)
		if bytes.Equal(tampered, files["001-s1-f1.json"]) {
			t.Fatal("the tampered statement is the same file")
		}
		load(writeFile(t, "tampered.json", tampered))
		if msg := errorAt(t, ctx, `[data-statement-err]`); !strings.Contains(msg, "被改动过") {
			t.Errorf("a tampered statement: message at the field %q, want the Chinese for changed after it was issued", msg)
		}
		// Another company's statement.
		load(writeFile(t, "b.json", files["002-s1-f2.json"]))
		if msg := errorAt(t, ctx, `[data-statement-err]`); !strings.Contains(msg, "Beta Transformers Co.") || !strings.Contains(msg, "报告主体") {
			t.Errorf("another company's statement: message at the field %q", msg)
		}
		// Not a statement at all.
		refuse(writeFile(t, "x.json", []byte("not json")))
		if msg := errorAt(t, ctx, `[data-statement-err]`); !strings.Contains(msg, "不是分配证明") {
			t.Errorf("a file that is not JSON: message at the field %q", msg)
		}
		// Its own statement.
		load(writeFile(t, "001-s1-f1.json", files["001-s1-f1.json"]))
		if msg := errorAt(t, ctx, `[data-statement-err]`); msg != "" {
			t.Errorf("its own statement is refused: %q", msg)
		}
		if got := eval[string](t, ctx, `document.querySelector("[data-statement-read]").textContent`); !strings.Contains(got, "60.333") {
			t.Errorf("the statement read says %q, want its 60.333 kWh", got)
		}
		step(t, ctx, "green", "products")
		// A CBAM good that counts indirect emissions: cement clinker, CN
		// 2523 10 00 (calc/policy/data/cbam-goods.csv).
		press(t, ctx, `[data-add="product"]`)
		set(t, ctx, "products[0].name", "熟料")
		set(t, ctx, "products[0].cn", "25231000")
		set(t, ctx, "products[0].tonnes", "10")
		step(t, ctx, "products", "results")
		resultText(t, ctx)
		waitFor(t, ctx, `document.querySelector("#plant-view .evidence")`)
		axeCheck(t, ctx, "/zh/ results of a user")
		sameAsCLI(t, ctx, s)
		shown := eval[string](t, ctx, `document.querySelector('#result-view [data-figure="org:market_based"]').dataset.value`)
		exact := eval[string](t, ctx, st(`s.last.result.facilities[0].market_based.exact`))
		if shown != operatorA.shown || exact != operatorA.exact {
			t.Errorf("the user's market-based figure %s (%s), the operator's for it %s (%s)", shown, exact, operatorA.shown, operatorA.exact)
		}
		var st0 struct {
			SHA256 string `json:"statement_sha256"`
		}
		json.Unmarshal(files["001-s1-f1.json"], &st0)
		if got := eval[string](t, ctx, `document.querySelector("#plant-view .evidence li").dataset.hash`); got != st0.SHA256 {
			t.Errorf("the evidence names statement %q, want %s", got, st0.SHA256)
		}
		if got := eval[string](t, ctx, `document.getElementById("report").textContent`); !strings.Contains(got, st0.SHA256) {
			t.Errorf("the printed report's evidence lacks the statement's hash %s", st0.SHA256)
		}
		// CBAM from the statement alone: its 60.333 kWh at the generator's
		// factor, a direct technical connection evidenced by its hash.
		if got := eval[string](t, ctx, `document.querySelector('#result-view [data-cbam]').textContent`); !strings.Contains(got, "60.333") || !strings.Contains(got, st0.SHA256) {
			t.Errorf("the clinker's CBAM basis %q lacks the statement's 60.333 kWh or its hash %s", got, st0.SHA256)
		}
		// Nothing of the other users is shown: the user's result has no plant.
		if n := eval[int](t, ctx, st(`(s.last.result.supplies || []).length`)); n != 0 {
			t.Errorf("the user's result has %d supplies, whose surplus would show as claimable by nobody", n)
		}
		// At 390 px nothing reaches beyond the screen's edge but inside a
		// box that scrolls sideways on its own (a wide table, a heat map).
		over := eval[string](t, ctx, `[...document.querySelectorAll("body *")].filter((e) => {
			const r = e.getBoundingClientRect();
			if (r.width === 0 || r.right <= document.documentElement.clientWidth + 0.5) return false;
			for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return false;
			return true;
		}).slice(0, 3).map((e) => { const path = []; for (let p = e; p && p !== document.body; p = p.parentElement) path.push(p.tagName.toLowerCase() + (p.id ? "#" + p.id : "") + (typeof p.className === "string" && p.className ? "." + p.className.trim().split(/\s+/).join(".") : "") + " " + Math.round(p.getBoundingClientRect().right)); return path.join(" < "); }).join("; ")`)
		if over != "" {
			t.Errorf("at 390 px these reach beyond the screen: %s", over)
		}

	})

	t.Run("a user with only the operator's bill, in English: entered, the statement listed as missing", func(t *testing.T) {
		defer check(t)
		userAtGreenStep(t, ctx, s, meters, "en", companies[2], "C")
		keys(t, ctx, `[data-field="plant_shares[0]._src"][value=bill]`, " ")
		keys(t, ctx, field("plant_shares[0].operator"), "Green Park Energy Co.")
		keys(t, ctx, field("plant_shares[0].supply"), "PV")
		for i := range 12 {
			v := "0"
			if i == 0 {
				v = "25.5"
			}
			keys(t, ctx, field(fmt.Sprintf("plant_shares[0].monthly[%d]", i)), v)
		}
		idle(t, ctx)
		axeCheck(t, ctx, "/en/ green sources, figures from a bill")
		step(t, ctx, "green", "products")
		// A CBAM good that counts indirect emissions: cement clinker, CN
		// 2523 10 00 (calc/policy/data/cbam-goods.csv).
		press(t, ctx, `[data-add="product"]`)
		set(t, ctx, "products[0].name", "熟料")
		set(t, ctx, "products[0].cn", "25231000")
		set(t, ctx, "products[0].tonnes", "10")
		step(t, ctx, "products", "results")
		resultText(t, ctx)
		waitFor(t, ctx, `document.querySelector("#plant-view .evidence")`)
		sameAsCLI(t, ctx, s)
		if got := eval[string](t, ctx, `document.querySelector("#plant-view .evidence li").dataset.code`); got != "evidence.statement_missing" {
			t.Errorf("the evidence is %q, want the statement listed as missing", got)
		}
		if got := eval[string](t, ctx, `document.querySelector("#plant-view .evidence").textContent`); !strings.Contains(got, "missing") {
			t.Errorf("the evidence says %q", got)
		}
		// (40 − 25.5) kWh × 0.6096 = 8.8392 kg, C's figure in the operator's project too.
		if got := eval[string](t, ctx, st(`s.last.result.facilities[0].market_based.exact`)); got != "0.0088392" {
			t.Errorf("market-based from the bill %s t, want 0.0088392", got)
		}
		if got := eval[string](t, ctx, st(`(s.last.result.market_based.flags || []).join(" ")`)); !strings.Contains(got, "entered") {
			t.Errorf("the market-based figure's flags %q lack entered", got)
		}
	})
}

// TestPlantSpeed times, in Chromium, what "Issue the statements" asks for
// an operator's project of 100 companies on one plant with a year of
// hourly meters: the same project as calc's BenchmarkStatements
// (benchProject(100)). Each run posts the project file to the engine's
// worker, which reads, checks and allocates it and writes all 100
// statements, and reads the answer back. It asserts nothing on time: the
// median of seven runs and the machine's load go to the log, and from
// there to docs/PERFORMANCE.md.
func TestPlantSpeed(t *testing.T) {
	s := serveBuild(t)
	const users, hours = 100, 8760
	gen := make([]string, hours)
	for h := range gen {
		hod := h % 24
		gen[h] = "0"
		if hod >= 6 && hod < 18 {
			d := hod - 12
			if d < 0 {
				d = -d
			}
			gen[h] = fmt.Sprint((6 - d) * 50 * users)
		}
	}
	type series struct {
		StepMinutes int      `json:"step_minutes"`
		Values      []string `json:"values"`
	}
	type user struct {
		Facility string `json:"facility"`
		Entity   string `json:"entity"`
	}
	type facility struct {
		ID          string            `json:"id"`
		Grid        map[string]string `json:"grid"`
		Electricity struct {
			Unit   string `json:"unit"`
			Hourly series `json:"hourly"`
		} `json:"electricity"`
	}
	p := struct {
		Format       int               `json:"format"`
		Organisation string            `json:"organisation"`
		Period       map[string]string `json:"period"`
		Facilities   []facility        `json:"facilities"`
		Supplies     []map[string]any  `json:"supplies"`
	}{Format: 1, Organisation: "Park Operator Co.", Period: map[string]string{"start": "2025-01"}}
	var us []user
	for u := range users {
		load := make([]string, hours)
		for h := range load {
			load[h] = fmt.Sprintf("%d.5", 100+(h*7+u*13)%90)
		}
		f := facility{ID: fmt.Sprint("u", u), Grid: map[string]string{"table": "cn-mee-2023", "key": "province-jiangsu"}}
		f.Electricity.Unit = "kWh"
		f.Electricity.Hourly = series{60, load}
		p.Facilities = append(p.Facilities, f)
		us = append(us, user{f.ID, fmt.Sprint("Company ", u)})
	}
	p.Supplies = []map[string]any{{"id": "plant", "kind": "microgrid", "technology": "solar", "unit": "kWh",
		"generation": series{60, gen}, "rule": "pro-rata", "surplus": "exported", "users": us}}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(s.dist, "speed-100.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	open(t, ctx, s, "en")
	type run struct {
		Total  float64 `json:"total"`
		Engine float64 `json:"engine"`
		Count  int     `json:"count"`
		Bytes  int     `json:"bytes"`
	}
	var runs []run
	var loads []string
	for range 7 {
		la, _ := os.ReadFile("/proc/loadavg")
		loads = append(loads, strings.Fields(string(la) + " ?")[0])
		r := eval[run](t, ctx, `(async () => {
			const src = document.querySelector("script[type=module]").src;
			const { issueStatements } = await import(new URL("engine.js", src));
			const { state } = await import(src);
			const text = await (await fetch("../speed-100.json")).text();
			const t0 = performance.now();
			const a = await issueStatements(text);
			const total = performance.now() - t0;
			if (a.errors) throw new Error(JSON.stringify(a.errors).slice(0, 300));
			return { total, engine: state.timing.engine, count: a.statements.length, bytes: a.statements.reduce((n, s) => n + s.bytes.length, 0) };
		})()`)
		if r.Count != users {
			t.Fatalf("%d statements, want %d", r.Count, users)
		}
		runs = append(runs, r)
	}
	totals := make([]float64, len(runs))
	engines := make([]float64, len(runs))
	for i, r := range runs {
		totals[i], engines[i] = r.Total, r.Engine
	}
	sort.Float64s(totals)
	sort.Float64s(engines)
	t.Logf("100 users × a year (%.1f MB project, %.1f MB of statements), 7 runs: median %.0f ms from the page (min %.0f, max %.0f), of which %.0f ms inside the engine (min %.0f, max %.0f); load average at each run %s",
		float64(len(data))/1e6, float64(runs[0].Bytes)/1e6, totals[3], totals[0], totals[6], engines[3], engines[0], engines[6], strings.Join(loads, " "))
}

// userAtGreenStep starts a new project in lang as the plant's user
// company, with one Jiangsu facility named facility whose hours come from
// the meter file, and adds a plant share on the green-sources step.
func userAtGreenStep(t *testing.T, ctx context.Context, s testSite, meters, lang, company, facility string) {
	t.Helper()
	open(t, ctx, s, lang)
	newProject(t, ctx)
	keys(t, ctx, `[data-field="_role"][value=user]`, " ")
	keys(t, ctx, field("organisation"), company)
	clear(t, ctx, eval[string](t, ctx, `document.querySelector('`+field("period.start")+`').id`))
	keys(t, ctx, field("period.start"), "2025-01")
	step(t, ctx, "company", "facilities")
	keys(t, ctx, field("facilities[0].name"), facility)
	choose(t, ctx, eval[string](t, ctx, `document.querySelector('`+field("facilities[0].grid.key")+`').id`), "province-jiangsu")
	step(t, ctx, "facilities", "electricity")
	importFile(t, ctx, meters, "read")
	press(t, ctx, "#meter-accept")
	idle(t, ctx)
	step(t, ctx, "electricity", "green")
	press(t, ctx, `[data-add="plantShare"]`)
}
