package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// signedDir is the made-up association table the Worker tests serve,
// signed with RFC 8032's test key.
const signedDir = "../../worker/testdata/store/example-park-2025/1"

// copyDir copies the signed table into a temporary directory, its CSV
// with old replaced by new.
func copyDir(t *testing.T, old, new string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"manifest.json", "example-park-2025.csv", "signature.json"} {
		b, err := os.ReadFile(filepath.Join(signedDir, f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "example-park-2025.csv" {
			b = []byte(strings.Replace(string(b), old, new, 1))
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCalcWithTables(t *testing.T) {
	// 1 MWh in the made-up Example Park east grid at 0.4000 kgCO2/kWh:
	// 1,000 kWh × 0.4000 kg/kWh = 400 kg = 0.400 t.
	project := `{"format":1,"facilities":[{"id":"f","grid":{"table":"example-park-2025","key":"example-park-east"},"electricity":{"unit":"MWh","annual":"1"}}]}`
	tests := []struct {
		name string
		args []string
		code int
		out  string
		err  string
	}{
		{"without the table", []string{"calc", "--format", "csv", "-"}, 1, "", `"field": "facilities[0].grid.table"`},
		{"with the table", []string{"calc", "--tables", signedDir, "--format", "csv", "-"}, 0, "organisation,scope2_location_based,0.400,tCO2,", ""},
		{"flag after the file", []string{"calc", "--format", "csv", "-", "--tables", signedDir}, 0, "organisation,scope2_location_based,0.400,tCO2,", ""},
		{"validate with the table", []string{"validate", "--tables", signedDir, "-"}, 0, "-: valid\n", ""},
		{"a value changed after signing", []string{"calc", "--tables", copyDir(t, "0.4000", "0.1000"), "-"}, 1, "", "example-park-2025.csv: SHA-256 "},
		{"no directory", []string{"calc", "-", "--tables"}, 1, "", "--tables needs a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tt.args, strings.NewReader(project), &out, &errOut)
			if code != tt.code || !strings.Contains(out.String(), tt.out) || !strings.Contains(errOut.String(), tt.err) {
				t.Errorf("exit %d, stdout %s, stderr %s; want exit %d, stdout with %q, stderr with %q", code, out.String(), errOut.String(), tt.code, tt.out, tt.err)
			}
		})
	}
}

func TestTableSignVerify(t *testing.T) {
	dir := copyDir(t, "", "")
	os.Remove(filepath.Join(dir, "signature.json"))
	key := filepath.Join(t.TempDir(), "key")
	steps := []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"verify unsigned", []string{"table", "verify", dir}, 1, ""},
		{"keygen", []string{"table", "keygen", key}, 0, key + ": key id "},
		{"sign", []string{"table", "sign", "--key", key, dir}, 0, dir + ": signed 2 files with key id "},
		{"verify", []string{"table", "verify", dir}, 0, dir + ": signature of key id "},
		{"verify, trusting another key", []string{"table", "verify", "--trust", "21fe31dfa154a261626bf854046fd227", dir}, 1, ""},
		{"verify the RFC-key table, trusting it", []string{"table", "verify", "--trust", "21fe31dfa154a261626bf854046fd227", signedDir}, 0, "signature of key id 21fe31dfa154a261626bf854046fd227 verified over 2 files"},
		{"usage", []string{"table", "frobnicate"}, 2, ""},
		{"sign with no key", []string{"table", "sign", "--key", filepath.Join(dir, "manifest.json"), dir}, 1, ""},
	}
	for _, s := range steps {
		var out, errOut bytes.Buffer
		code := run(s.args, nil, &out, &errOut)
		if code != s.code || !strings.Contains(out.String(), s.out) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit %d, stdout with %q", s.name, code, out.String(), errOut.String(), s.code, s.out)
		}
	}
	if fi, err := os.Stat(key); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("key file: %v, mode %v; want 0600", err, fi.Mode())
	}
}
