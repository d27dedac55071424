package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/factors"
)

const good = `{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"province-zhejiang"},"electricity":{"unit":"kWh","annual":"1000"}}]}`

// errorCode returns the first error code in a bridge answer, or "".
func errorCode[T string | []byte](t *testing.T, out T) string {
	t.Helper()
	var o calc.Outcome
	if err := json.Unmarshal([]byte(out), &o); err != nil {
		t.Fatalf("answer is not JSON: %v: %.200s", err, out)
	}
	if len(o.Errors) == 0 {
		return ""
	}
	return o.Errors[0].Code
}

// TestBridgeKeepsServing sends bad input of every kind, a panicking
// operation and an unknown one, then checks a good input still computes
// and equals what calc.Run (the CLI's path) returns, byte for byte.
func TestBridgeKeepsServing(t *testing.T) {
	ops["boom"] = func([]byte, Options) []byte { panic("deliberate test panic") }
	defer delete(ops, "boom")
	bad := []struct{ op, in, code string }{
		{"calc", "", calc.CodeJSON},
		{"calc", "not json", calc.CodeJSON},
		{"calc", strings.Replace(good, "1000", "abc", 1), calc.CodeSyntax},
		{"calc", strings.Replace(good, "1000", "-1000", 1), calc.CodeNegative},
		{"calc", strings.Replace(good, "1000", "1e400", 1), calc.CodeSyntax},
		{"calc", strings.Replace(good, "1000", strings.Repeat("9", 10<<20), 1), calc.CodeTooLong},
		{"boom", good, calc.CodeInternal},
		{"nope", good, calc.CodeUnknown},
	}
	for _, b := range bad {
		if got := errorCode(t, handle(b.op, []byte(b.in), nil)); got != b.code {
			t.Errorf("%s %.40q: code %q, want %q", b.op, b.in, got, b.code)
		}
	}
	want, _ := calc.Run([]byte(good))
	if got := string(handle("calc", []byte(good), nil)); got != string(want) {
		t.Errorf("after bad input, calc = %s\nwant %s", got, want)
	}
	if got := errorCode(t, handle("validate", []byte(good), nil)); got != "" {
		t.Errorf("validate good input: code %q", got)
	}
}

// TestExamplesSameBytes answers every worked example through the bridge and
// compares with the CLI's recorded output. Run under GOOS=js GOARCH=wasm
// (make test does), it shows the wasm build gives the native bytes.
func TestExamplesSameBytes(t *testing.T) {
	files, _ := filepath.Glob("../docs/examples/*.result.json")
	if len(files) == 0 {
		t.Fatal("no examples found")
	}
	for _, want := range files {
		in := strings.TrimSuffix(want, ".result.json") + ".json"
		project, err1 := os.ReadFile(in)
		result, err2 := os.ReadFile(want)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if got := string(handle("calc", project, nil)); got != string(result) {
			t.Errorf("%s: bridge answer differs from %s", in, want)
		}
	}
}

// Options that are not a JSON object are refused, whatever the op.
func TestBridgeOptions(t *testing.T) {
	if got := errorCode(t, handle("calc", []byte(good), []byte(`MWh`))); got != calc.CodeJSON {
		t.Errorf("options that are not JSON: code %q, want %q", got, calc.CodeJSON)
	}
}

// TestStatementsOp issues the worked park example's statements through
// the bridge: two users, each file byte for byte what the CLI writes
// (calc.IssueStatements), named as the CLI names it; a project with a
// problem answers its problems.
func TestStatementsOp(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("..", "docs", "examples", "park-direct-line.json"))
	if err != nil {
		t.Fatal(err)
	}
	// A company named in Chinese, one character outside the BMP: lengths
	// are in bytes.
	in = []byte(strings.Replace(string(in), `"Example Cable Co."`, `"示例电缆有限公司𠀀"`, 1))
	got, texts := issued(t, handle("statements", in, nil))
	sts, files, err := calc.IssueStatements(in, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Statements) != 2 || len(sts) != 2 {
		t.Fatalf("%d statements through the bridge, %d from the core; the park has 2 users", len(got.Statements), len(sts))
	}
	for i, f := range got.Statements {
		if texts[i] != string(files[i]) {
			t.Errorf("statement %d differs from the CLI's file", i)
		}
		if want := []string{"001-park-pv-transformers.json", "002-park-pv-cables.json"}[i]; f.Name != want {
			t.Errorf("statement %d is named %q, want %q", i, f.Name, want)
		}
		if f.SHA256 != sts[i].SHA256 || f.Green != sts[i].Annual.Green {
			t.Errorf("statement %d: hash %s, green %s; the core's %s, %s", i, f.SHA256, f.Green, sts[i].SHA256, sts[i].Annual.Green)
		}
	}
	if got := errorCode(t, handle("statements", []byte(strings.Replace(string(in), `"2024-01"`, `"2024-13"`, 1)), nil)); got == "" {
		t.Error("a project with a bad period issued statements")
	}
}

// issued reads the statements op's answer: its first line, then each
// file by its length in bytes, as the page reads it.
func issued(t *testing.T, out []byte) (Issued, []string) {
	t.Helper()
	head, rest, ok := bytes.Cut(out, []byte("\n"))
	var got Issued
	if err := json.Unmarshal(head, &got); err != nil || !ok {
		t.Fatalf("the answer's first line is not Issued: %v: %.200s", err, out)
	}
	var texts []string
	for _, f := range got.Statements {
		if f.Length > len(rest) {
			t.Fatalf("%s: length %d, %d bytes left", f.Name, f.Length, len(rest))
		}
		texts = append(texts, string(rest[:f.Length]))
		rest = rest[f.Length:]
	}
	if len(rest) != 0 {
		t.Fatalf("%d bytes after the last statement", len(rest))
	}
	return got, texts
}
