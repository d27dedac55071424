package calc

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestCodesNameEveryConstant reads the sources of calc and its packages:
// every Code… constant's value must be listed by Codes, once.
func TestCodesNameEveryConstant(t *testing.T) {
	listed := map[string]int{}
	for _, c := range Codes() {
		listed[c.Code]++
	}
	for code, n := range listed {
		if n > 1 {
			t.Errorf("%s is listed %d times", code, n)
		}
	}
	fset := token.NewFileSet()
	for _, dir := range []string{".", "meter", "profile", "factors"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				vs, ok := n.(*ast.ValueSpec)
				if !ok {
					return true
				}
				for i, id := range vs.Names {
					if !strings.HasPrefix(id.Name, "Code") || i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok {
						continue // another package's constant, checked there
					}
					v, _ := strconv.Unquote(lit.Value)
					if listed[v] == 0 {
						t.Errorf("%s: %s = %q is not in Codes()", name, id.Name, v)
					}
				}
				return true
			})
		}
	}
}

// TestAnswersUseListedCodes runs the documented examples and a set of
// refused inputs and checks every code in the answers against Codes: the
// code is listed, and its params are among the names listed for it.
func TestAnswersUseListedCodes(t *testing.T) {
	params := map[string][]string{}
	for _, c := range Codes() {
		params[c.Code] = c.Params
	}
	var answers [][]byte
	examples, _ := filepath.Glob("../docs/examples/*.json")
	for _, name := range examples {
		if strings.HasSuffix(name, ".result.json") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out, _ := Run(data)
		answers = append(answers, out)
		// The same project with each number made negative, then text.
		answers = append(answers, first(Run([]byte(strings.ReplaceAll(string(data), `": "`, `": "-`)))))
		answers = append(answers, first(Run([]byte(strings.ReplaceAll(string(data), `": "`, `": "x`)))))
	}
	for _, in := range []string{"", "{", `{"format":2}`, `{"format":1,"nope":1}`, `{"format":"1"}`, `{"format":1} {}`,
		`{"format":1,"period":{"start":"2024-13"},"facilities":[{"id":"a"},{"id":"a","electricity":{"unit":"GJ"}}]}`} {
		answers = append(answers, first(Run([]byte(in))))
	}
	seeds, _ := filepath.Glob("meter/testdata/fuzz/FuzzParseCSV/*")
	for _, name := range seeds {
		b, _ := os.ReadFile(name)
		lines := strings.Split(string(b), "\n")
		if len(lines) < 2 {
			continue
		}
		csv, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
		if err != nil {
			continue
		}
		answers = append(answers, first(ImportMeter([]byte(csv), "")))
	}
	found := 0
	for _, a := range answers {
		var v any
		if err := json.Unmarshal(a, &v); err != nil {
			t.Fatalf("%v: %.200s", err, a)
		}
		walk(v, func(code string, p map[string]any) {
			found++
			want, ok := params[code]
			if !ok {
				t.Errorf("%s is not in Codes()", code)
			}
			for name := range p {
				if !slices.Contains(want, name) {
					t.Errorf("%s carries %s, not one of its params %v", code, name, want)
				}
			}
		})
	}
	if found < 100 {
		t.Errorf("only %d codes in the answers: the corpus does not reach the codes", found)
	}
}

func first(b []byte, _ bool) []byte { return b }

// walk calls f for every object with a string "code" in v.
func walk(v any, f func(code string, params map[string]any)) {
	switch x := v.(type) {
	case map[string]any:
		if c, ok := x["code"].(string); ok {
			p, _ := x["params"].(map[string]any)
			f(c, p)
		}
		for _, y := range x {
			walk(y, f)
		}
	case []any:
		for _, y := range x {
			walk(y, f)
		}
	}
}
