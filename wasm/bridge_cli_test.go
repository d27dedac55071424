//go:build !(js && wasm)

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCSVSameAsCLIBinary builds the real command-line tool and checks that
// `greenline calc --format csv FILE` prints exactly what the csv op
// answers for every worked example and for refused input (the CLI prints
// the errors JSON on standard error and exits 1).
func TestCSVSameAsCLIBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cmd/greenline")
	}
	bin := filepath.Join(t.TempDir(), "greenline")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/greenline").CombinedOutput(); err != nil {
		t.Fatalf("go build ../cmd/greenline: %v\n%s", err, out)
	}
	files, _ := filepath.Glob("../docs/examples/*.json")
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(strings.Replace(good, "1000", "-1000", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range append(files, bad) {
		if strings.HasSuffix(in, ".result.json") {
			continue
		}
		n++
		project, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bin, "calc", "--format", "csv", in)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err = cmd.Run()
		if wantFail := in == bad; (err != nil) != wantFail {
			t.Errorf("%s: greenline calc --format csv: %v, want failure %v (stderr %s)", in, err, wantFail, stderr.String())
		}
		cli := stdout.String()
		if in == bad {
			cli = stderr.String() // the CLI writes a refusal on standard error
		}
		if got := handle("csv", project); got != cli {
			t.Errorf("%s: csv op differs from the CLI's output:\n%s\nwant\n%s", in, got, cli)
		}
	}
	if n < 3 {
		t.Fatalf("%d projects compared, want the examples and a refused one", n)
	}
}
