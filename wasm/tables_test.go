//go:build !(js && wasm)

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// park is the Worker's signed test table: Example Park east 0.4000 kg/kWh.
const park = "../worker/testdata/store/example-park-2025/1/"

func keptPark(t *testing.T) Kept {
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile(park + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return Kept{Manifest: read("manifest.json"), CSV: read("example-park-2025.csv"), Signature: rawJSON(read("signature.json"))}
}

// TestKeptTablesSameBytesAsCLI computes a project with a table the page
// kept and compares with `greenline calc --tables DIR` over the same
// files, byte for byte; the figure is worked by hand: 1 MWh at Example
// Park east's 0.4000 kg/kWh is 400 kg, 0.400 t.
func TestKeptTablesSameBytesAsCLI(t *testing.T) {
	project := `{"format":1,"facilities":[{"id":"f","grid":{"table":"example-park-2025","key":"example-park-east"},"electricity":{"unit":"MWh","annual":"1"}}]}`
	opts, _ := json.Marshal(Options{Tables: []Kept{keptPark(t)}})
	got := string(handle("calc", []byte(project), opts))
	var r struct {
		LocationBased struct{ Value, Unit string } `json:"location_based"`
	}
	if err := json.Unmarshal([]byte(got), &r); err != nil || r.LocationBased.Value != "0.400" || r.LocationBased.Unit != "tCO2" {
		t.Fatalf("location_based = %+v (%v), want 0.400 tCO2: %.300s", r.LocationBased, err, got)
	}
	if code := errorCode(t, handle("calc", []byte(project), nil)); code != "factor.table_unknown" {
		t.Errorf("without the kept table: code %q, want factor.table_unknown", code)
	}
	cmd := exec.Command("go", "run", "../cmd/greenline", "calc", "--tables", park, "-")
	cmd.Stdin = strings.NewReader(project)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("greenline calc --tables: %v: %s", err, stderr.Bytes())
	}
	if got != string(want) {
		t.Errorf("bridge and CLI differ:\nbridge %.300s\nCLI    %.300s", got, want)
	}
}

// TestKeptTableRefused: a kept table whose bytes no longer match its
// signature, or whose manifest names no file, is refused with a code, by
// its place in the list, and nothing is computed.
func TestKeptTableRefused(t *testing.T) {
	tampered := keptPark(t)
	tampered.CSV = strings.Replace(tampered.CSV, "0.4000", "0.1000", 1)
	noFile := keptPark(t)
	noFile.Manifest = `{"tables":[]}`
	for name, k := range map[string]Kept{"tampered": tampered, "no file": noFile} {
		opts, _ := json.Marshal(Options{Tables: []Kept{keptPark(t), k}})
		out := string(handle("calc", []byte(good), opts))
		var o struct {
			Errors []struct{ Code, Field string }
		}
		if err := json.Unmarshal([]byte(out), &o); err != nil || len(o.Errors) != 1 ||
			o.Errors[0].Code != CodeTableRefused || o.Errors[0].Field != "options.tables[1]" {
			t.Errorf("%s: %.300s", name, out)
		}
	}
}
