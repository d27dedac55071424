package site

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestTableCodesWorded: every code of the factor tables' way to the page
// has an English and a Chinese wording naming only its parameters; the
// codes factorsource.js and the bridge decide and every error code the
// Worker's source can answer are among them.
func TestTableCodesWorded(t *testing.T) {
	for code, c := range tableCodes {
		for lang, tmpl := range map[string]string{"en": c.EN, "zh": c.ZH} {
			if strings.TrimSpace(tmpl) == "" {
				t.Errorf("%s: no %s wording", code, lang)
			}
			for _, name := range braces(tmpl) {
				if !slices.Contains(c.Params, name) {
					t.Errorf("%s %s: {%s} is not one of its params %v", code, lang, name, c.Params)
				}
			}
		}
		if !hasHan(c.ZH) || hasHan(c.EN) {
			t.Errorf("%s: the wordings are not English and Chinese: %q / %q", code, c.EN, c.ZH)
		}
	}
	want := map[string]bool{"factor.kept_invalid": true} // wasm/tables.go
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, m := range regexp.MustCompile(`"((?:factor|reason|signature)\.[a-z_]+)"`).FindAllStringSubmatch(read("static/factorsource.js"), -1) {
		m := m[1]
		want[m] = true
	}
	files, _ := filepath.Glob("../worker/*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		for _, m := range regexp.MustCompile(`"((?:request|table|store|worker)\.[a-z_]+)"`).FindAllStringSubmatch(read(f), -1) {
			if m[1] != "worker.mjs" {
				want[m[1]] = true
			}
		}
	}
	if len(want) < 15 {
		t.Fatalf("found only %d codes in factorsource.js and worker/: %v", len(want), want)
	}
	for code := range want {
		if _, ok := tableCodes[code]; !ok {
			t.Errorf("%s: emitted but not worded", code)
		}
	}
}

// TestTablesTextBothLanguages: every label of the factor tables' box has
// a text in both languages, the Chinese one in Chinese.
func TestTablesTextBothLanguages(t *testing.T) {
	en, zh := reflect.ValueOf(tablesTexts[EN]), reflect.ValueOf(tablesTexts[ZH])
	for i := range en.NumField() {
		name := en.Type().Field(i).Name
		e, z := en.Field(i).String(), zh.Field(i).String()
		if e == "" || z == "" || !hasHan(z) {
			t.Errorf("%s: %q / %q", name, e, z)
		}
		if !sameSet(braces(e), braces(z)) {
			t.Errorf("%s: placeholders differ: %v / %v", name, braces(e), braces(z))
		}
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
