package site

import (
	"bytes"
	"context"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/a-h/templ"
	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/policy"
)

func render(t *testing.T, c templ.Component) string {
	t.Helper()
	var b bytes.Buffer
	if err := c.Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestFactorsPageListsEveryRow counts, in each language, the rows of every
// table of the library in the rendered factor browser.
func TestFactorsPageListsEveryRow(t *testing.T) {
	lib := factors.Default()
	rowAttr := regexp.MustCompile(`<tr data-row="([^"]*)"`)
	for _, l := range Langs {
		t.Run(string(l), func(t *testing.T) {
			page := render(t, FactorsPage(NewFactorsView(l, testAssets, lib)))
			sections := strings.Split(page, "<section id=")[1:]
			var byRef = map[string]string{}
			for _, s := range sections {
				if m := regexp.MustCompile(`data-table="([^"]*)"`).FindStringSubmatch(s); m != nil {
					byRef[m[1]] = s
				}
			}
			if got, want := len(byRef), len(lib.Tables); got != want {
				t.Errorf("%d tables on the page, want %d", got, want)
			}
			total := 0
			for _, tb := range lib.Tables {
				s, ok := byRef[tb.Ref()]
				if !ok {
					t.Errorf("table %s is missing", tb.Ref())
					continue
				}
				rows := rowAttr.FindAllStringSubmatch(s, -1)
				if got, want := len(rows), len(tb.Rows); got != want {
					t.Errorf("table %s: %d rows on the page, want %d", tb.Ref(), got, want)
				}
				for i, r := range tb.Rows {
					if i < len(rows) && rows[i][1] != r.Key {
						t.Errorf("table %s: row %d is %q, want %q", tb.Ref(), i, rows[i][1], r.Key)
					}
					if !strings.Contains(s, ">"+r.Published+" <span class=\"unit\">"+string(r.Unit)+"</span>") {
						t.Errorf("table %s: row %s: value %s %s not shown as published", tb.Ref(), r.Key, r.Published, r.Unit)
					}
				}
				for _, want := range []string{"<caption id=", `<th scope="col">`, templ.EscapeString(tb.URL), tb.Published, tb.Ref()} {
					if !strings.Contains(s, want) {
						t.Errorf("table %s: %q not on the page", tb.Ref(), want)
					}
				}
				total += len(rows)
			}
			if got := len(rowAttr.FindAllString(page, -1)); got != total {
				t.Errorf("%d rows in all, %d inside tables", got, total)
			}
		})
	}
}

// TestFactorsViewMarksVerification checks that a value read from one
// secondary copy is shown as such, in a table of its own level and in a
// table of another.
func TestFactorsViewMarksVerification(t *testing.T) {
	v := NewFactorsView(EN, testAssets, factors.Default())
	tables := map[string]FactorTable{}
	for _, tb := range v.Tables {
		tables[tb.Ref] = tb
	}
	owid := tables["world-owid-2023@1"]
	if owid.Level != factors.SingleSecondary || !strings.Contains(owid.LevelTxt, "unverified") {
		t.Errorf("world-owid-2023: level %q (%q), want single-secondary, labelled unverified", owid.Level, owid.LevelTxt)
	}
	for _, r := range tables["us-egrid2023@1"].Rows {
		switch r.Key {
		case "egrid-akms-co2":
			if r.Level != factors.SingleSecondary || !strings.Contains(r.LevelTxt, "unverified") {
				t.Errorf("AKMS: level %q, label %q; want single-secondary, labelled unverified", r.Level, r.LevelTxt)
			}
		case "egrid-camx-co2":
			if r.LevelTxt != "" {
				t.Errorf("CAMX CO2 has the table's level but shows %q", r.LevelTxt)
			}
		case "egrid-camx-co2e":
			if len(r.Differs) != 1 || !strings.Contains(r.Differs[0], "CO2e") {
				t.Errorf("CAMX CO2e: differs %q, want its gas", r.Differs)
			}
		}
	}
	// A row without a Chinese name keeps its English one, marked English.
	zh := NewFactorsView(ZH, testAssets, factors.Default())
	for _, tb := range zh.Tables {
		for _, r := range tb.Rows {
			if r.Key == "country-deu" && (r.Name != "Germany" || r.NameLang != EN) {
				t.Errorf("Germany on the Chinese page: %q in %q, want Germany in en", r.Name, r.NameLang)
			}
			if tb.Ref == "cn-mee-2023@1" && r.Key == "province-jiangsu" && r.NameLang != ZH {
				t.Errorf("Jiangsu on the Chinese page: %q, want the Chinese name", r.Name)
			}
		}
	}
	years := map[int]bool{}
	newest := 0
	for _, tb := range factors.Default().Tables {
		years[tb.DataYear] = true
		newest = max(newest, tb.DataYear)
	}
	if len(zh.Years) != len(years) || zh.Years[0] != strconv.Itoa(newest) {
		t.Errorf("years %q, want the %d data years of the library, newest first", zh.Years, len(years))
	}
}

// TestMethodRatiosComeFromData checks the thresholds on the methodology
// page against cn-direct-connection-thresholds.csv and the clauses its
// notes name.
func TestMethodRatiosComeFromData(t *testing.T) {
	want := []struct{ notice, clause, limit, from string }{
		{"发改能源〔2025〕650号", "(六)", "≥ 60 %", "2025-05-30"},
		{"发改能源〔2025〕650号", "(六)", "≥ 30 %", "2025-05-30"},
		{"发改能源〔2025〕650号", "(六)", "≥ 35 %", "by 2030"},
		{"发改能源〔2025〕650号", "(六)", "≤ 20 %", "2025-05-30"},
		{"发改能源〔2026〕688号", "二(一)", "≥ 60 %", "2026-05-20"},
		{"发改能源〔2026〕688号", "二(一)", "≥ 30 %", "2026-05-20"},
		{"发改能源〔2026〕688号", "二(一)", "≥ 35 %", "by 2030"},
		{"发改能源〔2026〕688号", "三(六)", "≤ 20 %", "2026-05-20"},
	}
	v := NewMethodView(EN, testAssets, factors.Default(), policy.Default())
	if len(v.Ratios) != len(want) {
		t.Fatalf("%d ratios, want %d", len(v.Ratios), len(want))
	}
	for i, w := range want {
		r := v.Ratios[i]
		if r.Notice != w.notice || r.Clause != w.clause || r.Limit != w.limit || r.From != w.from {
			t.Errorf("ratio %d = %s %s %s %s, want %s %s %s %s", i, r.Notice, r.Clause, r.Limit, r.From, w.notice, w.clause, w.limit, w.from)
		}
		number := strings.Trim(w.limit, "≥≤ %")
		if !strings.Contains(r.Quote, number+"%") {
			t.Errorf("ratio %d: the quoted clause %q does not state %s%%", i, r.Quote, number)
		}
	}
	if v.Hourly.Clause != "四(十一)" || !strings.Contains(v.Hourly.Quote, "小时级") {
		t.Errorf("hourly clause = %s %q, want 四(十一) on hourly matching", v.Hourly.Clause, v.Hourly.Quote)
	}
	if zh := NewMethodView(ZH, testAssets, factors.Default(), policy.Default()); zh.Ratios[2].From != "2030年前" {
		t.Errorf("Chinese date of the 35 %% row = %q, want 2030年前", zh.Ratios[2].From)
	}
	if len(v.GridTables) == 0 || !v.GridTables[0].InUse || v.GridTables[0].Ref != "cn-mee-2023@1" {
		t.Errorf("grid tables %+v, want the newest first, marked in use", v.GridTables)
	}
	if len(v.ResidualLike) != len(v.GridTables) {
		t.Errorf("%d residual-like factors for %d tables", len(v.ResidualLike), len(v.GridTables))
	}
}

// TestMethodPageSaysWhatIsLive checks the methodology page against the
// assessment: every control the capability list names is in the step it
// names (or in a card that step repeats), and the page marks a method as
// offered, with the steps' names as the assessment shows them, exactly when
// the list has it; the others as computed by the core only.
func TestMethodPageSaysWhatIsLive(t *testing.T) {
	// The card templates, and the step whose list repeats them.
	cardStep := map[string]string{
		"tpl-facility": "facilities", "tpl-electricity": "electricity", "tpl-supply": "green",
		"tpl-user": "green", "tpl-certificate": "green", "tpl-contract": "green", "tpl-product": "products",
	}
	for _, l := range Langs {
		calc := render(t, CalcPage(NewCalcView(l, testAssets, factors.Default(), "test")))
		steps, templates := map[string]string{}, map[string]string{}
		for _, id := range stepIDs {
			steps[id] = between(calc, `<section class="step" data-step="`+id+`"`, `</section>`)
		}
		for tpl := range cardStep {
			templates[tpl] = between(calc, `<template id="`+tpl+`"`, `</template>`)
		}
		for _, c := range capabilities {
			found := strings.Contains(steps[c.Step], c.Marker)
			for tpl, st := range cardStep {
				found = found || (st == c.Step && strings.Contains(templates[tpl], c.Marker))
			}
			if !found {
				t.Errorf("%s: the methodology page says step %q offers %s, but %s is not in that step", l, c.Step, c.Method, c.Marker)
			}
		}

		page := render(t, MethodPage(NewMethodView(l, testAssets, factors.Default(), policy.Default())))
		w := wizardText(l)
		core := 0
		for _, s := range methodSections {
			if T(l).Method.section(s.ID).Title == "" {
				t.Errorf("%s: section %s has no title", l, s.ID)
			}
			sec := between(page, `<section id="`+s.ID+`"`, `</section>`)
			at := offeredIn(s.ID)
			if len(at) == 0 {
				core++
				if !strings.Contains(sec, `class="status core"`) {
					t.Errorf("%s: section %s is not marked as computed by the core only", l, s.ID)
				}
				continue
			}
			for _, i := range at {
				if !strings.Contains(sec, T(l).Method.Step(i+1, w.Steps[i])) {
					t.Errorf("%s: section %s does not name step %d, %s", l, s.ID, i+1, w.Steps[i])
				}
			}
		}
		// Worked from the assessment as it is: scope 1 (fuels) has no form.
		if core != 1 {
			t.Errorf("%s: %d methods marked as core only, want 1 (scope 1)", l, core)
		}
		if got, want := strings.Count(page, `class="status core"`), 2*core; got != want {
			t.Errorf("%s: %d marks of methods not in the web assessment (table of contents and sections), want %d", l, got, want)
		}
		for _, stale := range []string{"not yet in the web calculator", "网页计算器尚未提供", "in development", "正在开发"} {
			if strings.Contains(page, stale) {
				t.Errorf("%s: the methodology page still says %q", l, stale)
			}
		}
	}
}

// between is the part of s from the first start to the next end after it,
// or "" when there is none.
func between(s, start, end string) string {
	i := strings.Index(s, start)
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i:], end)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// TestMethodTextsFollowTheCore checks the numbers the methodology page
// states about rounding against the constants of package calc.
func TestMethodTextsFollowTheCore(t *testing.T) {
	for _, l := range Langs {
		m := T(l).Method
		rounding := strings.Join(m.Rounding.Body, " ")
		for _, n := range []int{calc.TonnePlaces, calc.IntensityPlaces} {
			if !strings.Contains(rounding, strconv.Itoa(n)) {
				t.Errorf("%s: the rounding text does not state %d decimals", l, n)
			}
		}
		if !strings.Contains(strings.Join(m.CBAM.Formula, " "), strconv.Itoa(calc.IntensityPlaces)) {
			t.Errorf("%s: the CBAM formula does not state %d decimals", l, calc.IntensityPlaces)
		}
	}
}

// TestCBAMSectorsComeFromData checks the sector table against the goods
// list: every direct-only entry and every other entry is accounted for.
func TestCBAMSectorsComeFromData(t *testing.T) {
	v := NewMethodView(EN, testAssets, factors.Default(), policy.Default())
	got := map[string]string{}
	for _, r := range v.Sectors {
		got[r.Sector] = r.Counted
		for _, g := range r.Except {
			got[r.Sector+" "+g.Code] = counted(T(EN), g.EmissionsCounted)
		}
	}
	for key, want := range map[string]string{
		"Iron and steel":            "direct only (Annex II)",
		"Iron and steel 2601 12 00": "direct and indirect",
		"Aluminium":                 "direct only (Annex II)",
		"Hydrogen":                  "direct only (Annex II)",
		"Electricity":               "direct only (Annex II)",
		"Cement":                    "direct and indirect",
		"Fertilisers":               "direct and indirect",
	} {
		if got[key] != want {
			t.Errorf("%s: %q, want %q", key, got[key], want)
		}
	}
	if len(v.Sectors) != 6 {
		t.Errorf("%d sectors, want the 6 of Annex I", len(v.Sectors))
	}
}

// TestNavigation checks, for every page, that the site navigation reaches
// every page, that the language switch leads to the same page, and that
// every local link is relative.
func TestNavigation(t *testing.T) {
	lib := factors.Default()
	link := regexp.MustCompile(`(?:href|src)="([^"]*)"`)
	for _, l := range Langs {
		pages := map[Page]templ.Component{
			PageCalc:    CalcPage(NewCalcView(l, testAssets, lib, "test")),
			PageFactors: FactorsPage(NewFactorsView(l, testAssets, lib)),
			PageMethod:  MethodPage(NewMethodView(l, testAssets, lib, policy.Default())),
			PageEmbed:   EmbedPage(NewEmbedView(l, testAssets)),
		}
		for _, p := range Pages {
			html := render(t, pages[p])
			for _, q := range Pages {
				want := `<a href="` + p.Root() + string(l) + "/" + q.Path() + `"`
				if !strings.Contains(html, want) {
					t.Errorf("%s: no link %s", p.File(l), want)
				}
			}
			for _, other := range Langs {
				want := `href="` + p.Root() + string(other) + "/" + p.Path() + `" hreflang=`
				if other != l && !strings.Contains(html, want) {
					t.Errorf("%s: the language switch lacks %s", p.File(l), want)
				}
			}
			if !strings.Contains(html, `aria-current="page">`+p.Label(T(l))+`</a>`) {
				t.Errorf("%s: the navigation does not mark the page as current", p.File(l))
			}
			for _, m := range link.FindAllStringSubmatch(html, -1) {
				u := m[1]
				if strings.HasPrefix(u, "/") || (strings.Contains(u, "//") && !strings.HasPrefix(u, "http")) {
					t.Errorf("%s: link %q is not relative", p.File(l), u)
				}
			}
		}
	}
}

// TestTextsComplete fails on any text left empty in one language, and on
// lists of different length in the two languages. Together with the Text
// struct, which makes a text that does not exist a compile error, it keeps
// the two languages complete.
func TestTextsComplete(t *testing.T) {
	check(t, "Text", reflect.ValueOf(T(EN)), reflect.ValueOf(T(ZH)))
	check(t, "WizardText", reflect.ValueOf(wizardText(EN)), reflect.ValueOf(wizardText(ZH)))
}

func check(t *testing.T, path string, en, zh reflect.Value) {
	t.Helper()
	switch en.Kind() {
	case reflect.String:
		if en.String() == "" || zh.String() == "" {
			t.Errorf("%s: en %q, zh %q: both must be set", path, en.String(), zh.String())
		}
	case reflect.Struct:
		for i := range en.NumField() {
			check(t, path+"."+en.Type().Field(i).Name, en.Field(i), zh.Field(i))
		}
	case reflect.Slice, reflect.Array:
		// Only the paragraphs after a method's lists may be left out, in
		// both languages.
		if en.Len() != zh.Len() || (en.Len() == 0 && !strings.HasSuffix(path, ".More")) {
			t.Errorf("%s: %d entries in en, %d in zh", path, en.Len(), zh.Len())
			return
		}
		for i := range en.Len() {
			check(t, path+"["+strconv.Itoa(i)+"]", en.Index(i), zh.Index(i))
		}
	case reflect.Map:
		if en.Len() != zh.Len() {
			t.Errorf("%s: %d keys in en, %d in zh", path, en.Len(), zh.Len())
		}
		for _, k := range en.MapKeys() {
			z := zh.MapIndex(k)
			if !z.IsValid() {
				t.Errorf("%s[%v]: missing in zh", path, k)
				continue
			}
			check(t, path+"["+k.String()+"]", en.MapIndex(k), z)
		}
	case reflect.Func:
		if en.IsNil() || zh.IsNil() {
			t.Errorf("%s: must be set in both languages", path)
		}
	default:
		t.Errorf("%s: unexpected kind %s", path, en.Kind())
	}
}

// TestEveryLabelExists checks that every scope, gas, country and level the
// library uses has a label, not its raw id.
func TestEveryLabelExists(t *testing.T) {
	for _, l := range Langs {
		tx := T(l)
		for _, tb := range factors.Default().Tables {
			if countryName(tx, tb.Country) == tb.Country {
				t.Errorf("%s: country %s has no label", l, tb.Country)
			}
			for _, r := range tb.Rows {
				if scopeName(tx, r.Scope) == r.Scope || gasName(tx, r.Gas) == r.Gas || tx.Levels[r.Verification] == "" {
					t.Errorf("%s: %s/%s: scope %s, gas %s or level %s has no label", l, tb.Ref(), r.Key, r.Scope, r.Gas, r.Verification)
				}
			}
		}
	}
}
