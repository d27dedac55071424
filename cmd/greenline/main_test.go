package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc"
)

func TestCLI(t *testing.T) {
	good := `{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"MWh","annual":"1"}}]}`
	bad := `{"format":1,"facilities":[{"id":"","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"-1"}}]}`
	want, _ := calc.Run([]byte(good))
	tests := []struct {
		name, in   string
		args       []string
		code       int
		wantOut    string
		wantSubstr string
	}{
		{"calc prints the core's bytes", good, []string{"calc", "-"}, 0, string(want), ""},
		{"calc refuses bad input", bad, []string{"calc", "-"}, 1, "", `"field": "facilities[0].electricity.annual"`},
		{"validate ok", good, []string{"validate", "-"}, 0, "-: valid\n", ""},
		{"validate lists fields", bad, []string{"validate", "-"}, 1,
			"facilities[0].id: give the facility an id [required]\nfacilities[0].electricity.annual: must not be negative [number.negative]\n", ""},
		{"usage", "", []string{"frobnicate"}, 2, "", ""},
		{"missing file", "", []string{"calc", "/nonexistent.json"}, 1, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tt.args, strings.NewReader(tt.in), &out, &errOut)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %s)", code, tt.code, errOut.String())
			}
			if tt.wantOut != "" && out.String() != tt.wantOut {
				t.Errorf("stdout = %q, want %q", out.String(), tt.wantOut)
			}
			if tt.wantSubstr != "" && !strings.Contains(out.String(), tt.wantSubstr) {
				t.Errorf("stdout = %s, want it to contain %s", out.String(), tt.wantSubstr)
			}
		})
	}
}
