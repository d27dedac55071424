package site

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc"
)

// failCall is one fail("code", {params}) of static/xlsx.js, up to the
// parameters' object (read by xlsxFails, braces balanced).
var failCall = regexp.MustCompile(`\bfail\("([^"]*)"(\s*,\s*\{)?`)

// xlsxFails reads static/xlsx.js and returns every code its reader fails
// with and the names of the parameters each call gives it.
func xlsxFails(t *testing.T) map[string][][]string {
	t.Helper()
	b, err := os.ReadFile("static/xlsx.js")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	calls := map[string][][]string{}
	for _, m := range failCall.FindAllStringSubmatchIndex(src, -1) {
		code := src[m[2]:m[3]]
		var params []string
		if m[4] >= 0 {
			// The object's keys: top-level "name:" or a shorthand "name".
			depth, from := 0, m[5]
			for i := m[5]; i < len(src); i++ {
				c := src[i]
				if c == '(' || c == '{' || c == '[' {
					depth++
				} else if c == ')' || c == ']' || (c == '}' && depth > 0) {
					depth--
				} else if c == ',' && depth == 0 || c == '}' {
					key, _, _ := strings.Cut(strings.TrimSpace(src[from:i]), ":")
					if key = strings.TrimSpace(key); key != "" {
						params = append(params, key)
					}
					from = i + 1
					if c == '}' {
						break
					}
				}
			}
		}
		slices.Sort(params)
		calls[code] = append(calls[code], params)
	}
	return calls
}

// TestEveryXLSXCodeIsWorded walks every code the workbook reader fails
// with and fails when either language lacks it, when a call gives other
// parameters than declared, when a template names an undeclared
// parameter, or when a worded code is no longer used.
func TestEveryXLSXCodeIsWorded(t *testing.T) {
	calls := xlsxFails(t)
	if len(calls) < 20 {
		t.Fatalf("found %d codes in static/xlsx.js, want every fail(\"code\", …) of the reader: %v", len(calls), slices.Sorted(maps.Keys(calls)))
	}
	core := map[string]bool{}
	for _, c := range calc.Codes() {
		core[c.Code] = true
	}
	for code, uses := range calls {
		c, ok := xlsxCodes[code]
		if !ok {
			t.Errorf("%s: used in static/xlsx.js, not worded in xlsxCodes", code)
			continue
		}
		want := slices.Sorted(slices.Values(c.Params))
		for _, got := range uses {
			if !slices.Equal(got, want) {
				t.Errorf("%s: a call gives params %v, declared %v", code, got, want)
			}
		}
	}
	for code, c := range xlsxCodes {
		if _, ok := calls[code]; !ok {
			t.Errorf("%s is worded but static/xlsx.js never fails with it", code)
		}
		if core[code] {
			t.Errorf("%s is also a code of the core", code)
		}
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
		if !hasHan(c.ZH) {
			t.Errorf("%s: the Chinese wording %q has no Chinese", code, c.ZH)
		}
	}
}
