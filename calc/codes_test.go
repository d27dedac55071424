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
		walk(v, func(code, message string, p map[string]any) {
			found++
			want, ok := params[code]
			if !ok {
				t.Errorf("%s is not in Codes()", code)
			}
			for _, name := range want {
				if strings.Contains(message, "{"+name+"}") {
					t.Errorf("%s: the message %q leaves {%s} unfilled", code, message, name)
				}
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

// walk calls f for every object with a string "code" in v, with its
// English (message, or a step's what) and params.
func walk(v any, f func(code, message string, params map[string]any)) {
	switch x := v.(type) {
	case map[string]any:
		if c, ok := x["code"].(string); ok {
			p, _ := x["params"].(map[string]any)
			m, _ := x["message"].(string)
			if w, ok := x["what"].(string); ok {
				m = w
			}
			f(c, m, p)
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

// TestCallsPassTheListedParams reads every call in the sources of calc and
// its packages that passes a Code… constant followed by an English
// template and name–value pairs: the names must be the code's params as
// Codes lists them, and the template may name no other.
func TestCallsPassTheListedParams(t *testing.T) {
	declared := map[string][]string{}
	for _, c := range Codes() {
		declared[c.Code] = c.Params
	}
	fset := token.NewFileSet()
	consts := map[string]map[string]string{} // package dir → constant → value
	files := map[string][]*ast.File{}
	for _, dir := range []string{".", "meter", "profile", "factors"} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		consts[dir] = map[string]string{}
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files[dir] = append(files[dir], f)
			ast.Inspect(f, func(n ast.Node) bool {
				if vs, ok := n.(*ast.ValueSpec); ok {
					for i, id := range vs.Names {
						if lit, ok := valueAt(vs.Values, i).(*ast.BasicLit); ok && lit.Kind == token.STRING {
							consts[dir][id.Name], _ = strconv.Unquote(lit.Value)
						}
					}
				}
				return true
			})
		}
	}
	calls := 0
	for dir, fs := range files {
		code := func(e ast.Expr) (string, bool) {
			switch x := e.(type) {
			case *ast.Ident:
				v, ok := consts[dir][x.Name]
				return v, ok && strings.HasPrefix(x.Name, "Code")
			case *ast.SelectorExpr:
				pkg, ok := x.X.(*ast.Ident)
				if !ok || !strings.HasPrefix(x.Sel.Name, "Code") {
					return "", false
				}
				v, ok := consts[pkg.Name][x.Sel.Name]
				return v, ok
			}
			return "", false
		}
		for _, f := range fs {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				for k, arg := range call.Args {
					c, ok := code(arg)
					if !ok {
						continue
					}
					// The template follows the code, or the field after
					// the code in Errors.Add and the checks' bad.
					tk := k + 1
					if name := funcName(call.Fun); name == "Add" || name == "bad" {
						tk++
					}
					if tk >= len(call.Args) || !hasString(call.Args[tk]) {
						break
					}
					calls++
					at := fset.Position(call.Pos())
					want, listed := declared[c]
					if !listed {
						t.Errorf("%s: %s is not in Codes()", at, c)
						break
					}
					for _, name := range placeholders(call.Args[tk]) {
						if !slices.Contains(want, name) {
							t.Errorf("%s: %s's template names {%s}, not one of %v", at, c, name, want)
						}
					}
					rest := call.Args[tk+1:]
					if call.Ellipsis.IsValid() {
						break // params passed on as a slice: checked where they are made
					}
					var got []string
					for j := 0; j < len(rest); j += 2 {
						lit, ok := rest[j].(*ast.BasicLit)
						if !ok || lit.Kind != token.STRING {
							t.Errorf("%s: %s: param name %d is not a string literal", at, c, j/2)
							continue
						}
						name, _ := strconv.Unquote(lit.Value)
						got = append(got, name)
					}
					slices.Sort(got)
					if !slices.Equal(got, want) {
						t.Errorf("%s: %s passes params %v, Codes lists %v", at, c, got, want)
					}
					break
				}
				return true
			})
		}
	}
	if calls < 150 {
		t.Errorf("read %d calls with a code; the reader misses most of them", calls)
	}
}

// funcName is the name a call is made by: f for f(…) and x.f(…).
func funcName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	}
	return ""
}

func valueAt(vs []ast.Expr, i int) ast.Expr {
	if i < len(vs) {
		return vs[i]
	}
	return nil
}

// hasString reports whether e is or holds a string literal.
func hasString(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			found = true
		}
		_, call := n.(*ast.CallExpr)
		return !found && !call
	})
	return found
}

// placeholders returns the {name}s in the string literals of e.
func placeholders(e ast.Expr) []string {
	var names []string
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, _ := strconv.Unquote(lit.Value)
			for {
				i := strings.IndexByte(s, '{')
				j := strings.IndexByte(s[max(i, 0):], '}')
				if i < 0 || j < 0 {
					break
				}
				names = append(names, s[i+1:i+j])
				s = s[i+j+1:]
			}
		}
		return true
	})
	return names
}
