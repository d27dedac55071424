package site

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/greenline-calc/greenline/calc"
)

// braces returns the names in a template's {name} placeholders.
var braces = calc.Placeholders

func hasHan(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

// TestEveryCodeIsWorded walks every code the core can emit and fails when
// either language lacks it, when a template names a parameter the code
// does not carry, or when the table words a code the core no longer emits.
func TestEveryCodeIsWorded(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range calc.Codes() {
		seen[c.Code] = true
		text, ok := codeTexts[c.Code]
		if !ok {
			t.Errorf("%s (%s, params %v): no wording", c.Code, c.Kind, c.Params)
			continue
		}
		for lang, tmpl := range map[string]string{"en": text.EN, "zh": text.ZH} {
			if strings.TrimSpace(tmpl) == "" {
				t.Errorf("%s: no %s wording", c.Code, lang)
			}
			for _, name := range braces(tmpl) {
				if !slices.Contains(c.Params, name) {
					t.Errorf("%s %s: {%s} is not one of its params %v", c.Code, lang, name, c.Params)
				}
			}
		}
		if !hasHan(text.ZH) {
			t.Errorf("%s: the Chinese wording %q has no Chinese", c.Code, text.ZH)
		}
	}
	for code := range codeTexts {
		if !seen[code] {
			t.Errorf("%s is worded but not in calc.Codes()", code)
		}
	}
}

// TestEveryEnumIsLabelled walks every enum value the core's answers carry.
func TestEveryEnumIsLabelled(t *testing.T) {
	enums := calc.Enums()
	for kind, values := range enums {
		labels, ok := enumTexts[kind]
		if !ok {
			t.Errorf("enum %s: no labels", kind)
			continue
		}
		for _, v := range values {
			l, ok := labels[v]
			if !ok || l.EN == "" || l.ZH == "" {
				t.Errorf("enum %s value %s: label %+v", kind, v, l)
			}
		}
		for v := range labels {
			if !slices.Contains(values, v) {
				t.Errorf("enum %s value %s is labelled but not in calc.Enums()", kind, v)
			}
		}
	}
	for kind := range enumTexts {
		if _, ok := enums[kind]; !ok {
			t.Errorf("enum %s is labelled but not in calc.Enums()", kind)
		}
	}
	for param, kind := range paramEnums {
		if _, ok := enums[kind]; !ok {
			t.Errorf("param %s is labelled by enum %s, which calc.Enums() lacks", param, kind)
		}
	}
}

func TestCodeTextsJSON(t *testing.T) {
	for lang, want := range map[string]string{"en": "{value} must not be negative.", "zh": "{value} 不能为负数。"} {
		var got struct {
			Codes      map[string]string            `json:"codes"`
			Enums      map[string]map[string]string `json:"enums"`
			ParamEnums map[string]string            `json:"param_enums"`
		}
		if err := json.Unmarshal(CodeTextsJSON(lang), &got); err != nil {
			t.Fatal(err)
		}
		if got.Codes[calc.CodeNegative] != want || len(got.Codes) != len(calc.Codes())+len(xlsxCodes) {
			t.Errorf("%s: number.negative = %q of %d codes, want %q of %d", lang, got.Codes[calc.CodeNegative], len(got.Codes), want, len(calc.Codes())+len(xlsxCodes))
		}
		if got.ParamEnums["rule"] != "rule" || got.Enums["rule"][calc.RuleProRata] == "" {
			t.Errorf("%s: rule labels %v", lang, got.Enums["rule"])
		}
	}
	if a, b := CodeTextsJSON("zh"), CodeTextsJSON("zh"); string(a) != string(b) {
		t.Error("two encodings differ")
	}
}

// TestProjectFormatListsEveryCode keeps the table of codes that ends
// docs/project-format.md in step with calc.Codes() and the English
// wording; go test ./site -update rewrites it.
func TestProjectFormatListsEveryCode(t *testing.T) {
	const path, head = "../docs/project-format.md", "| code | kind | params | English |\n|---|---|---|---|\n"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		i := strings.Index(string(doc), head)
		if i < 0 {
			t.Fatalf("%s has no table of codes", path)
		}
		var b strings.Builder
		b.WriteString(string(doc[:i]) + head)
		for _, c := range calc.Codes() {
			params := make([]string, len(c.Params))
			for j, p := range c.Params {
				params[j] = "`" + p + "`"
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", c.Code, c.Kind, strings.Join(params, ", "), strings.ReplaceAll(codeTexts[c.Code].EN, "|", `\|`))
		}
		doc = []byte(b.String())
		if err := os.WriteFile(path, doc, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range calc.Codes() {
		row := "| `" + c.Code + "` | " + c.Kind + " | "
		i := strings.Index(string(doc), row)
		if i < 0 {
			t.Errorf("docs/project-format.md has no row for %s (%s)", c.Code, c.Kind)
			continue
		}
		line, _, _ := strings.Cut(string(doc[i:]), "\n")
		if en := strings.ReplaceAll(codeTexts[c.Code].EN, "|", `\|`); !strings.HasSuffix(line, " "+en+" |") {
			t.Errorf("docs/project-format.md words %s as\n%s\nwant %q (regenerate the table)", c.Code, line, en)
		}
	}
}
