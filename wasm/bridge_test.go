package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc"
)

const good = `{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"province-zhejiang"},"electricity":{"unit":"kWh","annual":"1000"}}]}`

// errorCode returns the first error code in a bridge answer, or "".
func errorCode(t *testing.T, out string) string {
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
	ops["boom"] = func([]byte) string { panic("deliberate test panic") }
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
		if got := errorCode(t, handle(b.op, []byte(b.in))); got != b.code {
			t.Errorf("%s %.40q: code %q, want %q", b.op, b.in, got, b.code)
		}
	}
	want, _ := calc.Run([]byte(good))
	if got := handle("calc", []byte(good)); got != string(want) {
		t.Errorf("after bad input, calc = %s\nwant %s", got, want)
	}
	if got := errorCode(t, handle("validate", []byte(good))); got != "" {
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
		if got := handle("calc", project); got != string(result) {
			t.Errorf("%s: bridge answer differs from %s", in, want)
		}
	}
}

func TestBridgeMeter(t *testing.T) {
	csv := "timestamp,energy\n2024-01-01 00:00,1.5\n2024-01-01 01:00,2\n"
	want, _ := calc.ImportMeter([]byte(csv[len(""):]), "MWh")
	if got := handle("meter", []byte("#unit=MWh\n"+csv)); got != string(want) {
		t.Errorf("meter = %s\nwant %s", got, want)
	}
	if got := errorCode(t, handle("meter", []byte("timestamp,kWh\n2024-01-01 00:00,abc\n"))); got != calc.CodeSyntax {
		t.Errorf("bad meter file: code %q, want %q", got, calc.CodeSyntax)
	}
}

// cliCSV is what `greenline calc --format csv` prints for project, reached
// the way cmd/greenline reaches it: calc.Run, the result JSON decoded,
// calc.CSV; for refused input, the errors JSON calc.Run returns.
func cliCSV(t *testing.T, project []byte) string {
	t.Helper()
	out, ok := calc.Run(project)
	if !ok {
		return string(out)
	}
	var r calc.Result
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	return string(calc.CSV(r))
}

// TestCSVSameAsCLI answers every worked example through the csv op and
// compares it with the CLI's path, byte for byte; refused input gets the
// calc op's errors JSON.
func TestCSVSameAsCLI(t *testing.T) {
	files, _ := filepath.Glob("../docs/examples/*.json")
	n := 0
	for _, in := range files {
		if strings.HasSuffix(in, ".result.json") {
			continue
		}
		n++
		project, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := handle("csv", project), cliCSV(t, project); got != want {
			t.Errorf("%s: csv op differs from the CLI's csv:\n%s\nwant\n%s", in, got, want)
		}
	}
	if n == 0 {
		t.Fatal("no examples found")
	}
	// The transformer works' January, hand-worked in docs/examples/README.md.
	project, _ := os.ReadFile("../docs/examples/park-direct-line.json")
	got := handle("csv", project)
	for _, row := range []string{
		"entity,figure,value,unit,exact,flags\n",
		"facility:transformers/month:2024-01,load,4464.000,kWh,4464.000,\n",
		"facility:transformers/month:2024-01,certificates,846.995,kWh,846.995,\n",
		"facility:transformers/month:2024-01,direct,3188.784,kWh,3188.784,\n",
		"facility:transformers/month:2024-01,grid,428.221,kWh,428.221,\n",
	} {
		if !strings.Contains(got, row) {
			t.Errorf("csv op answer lacks the row %q", row)
		}
	}
	bad := strings.Replace(good, "1000", "-1000", 1)
	if got, want := handle("csv", []byte(bad)), handle("calc", []byte(bad)); got != want || errorCode(t, got) != calc.CodeNegative {
		t.Errorf("csv op on refused input = %s\nwant the calc op's %s", got, want)
	}
}
