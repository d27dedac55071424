package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/meter"
)

func TestCLI(t *testing.T) {
	good := `{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"MWh","annual":"1"}}]}`
	bad := `{"format":1,"facilities":[{"id":"","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"-1"}}]}`
	want, _ := calc.Run([]byte(good))
	// A certificate retired for nobody: the project is valid, and the
	// certificate can never count.
	cert := strings.Replace(good, `}]}`, `}],"certificates":[{"id":"c","scheme":"GEC","mwh":"1","market":"CN","vintage":{"from":"2023-01","to":"2023-12"},"facility":"f"}]}`, 1)
	tests := []struct {
		name, in   string
		args       []string
		code       int
		wantOut    string
		wantSubstr string // in stdout
		wantErr    string // in stderr
	}{
		{"calc prints the core's bytes", good, []string{"calc", "-"}, 0, string(want), "", ""},
		{"calc refuses bad input on stderr", bad, []string{"calc", "-"}, 1, "", "", `"field": "facilities[0].electricity.annual"`},
		{"csv refuses on stderr", bad, []string{"calc", "--format", "csv", "-"}, 1, "", "", `"code": "number.negative"`},
		{"hourly csv refuses on stderr", bad, []string{"calc", "--format", "hourly-csv", "-"}, 1, "", "", `"code": "number.negative"`},
		{"a top-level array", `[]`, []string{"calc", "-"}, 1, "", "", `"message": "a project is a JSON object, not a JSON array"`},
		{"validate ok", good, []string{"validate", "-"}, 0, "-: valid\n", "", ""},
		{"validate lists fields on stderr", bad, []string{"validate", "-"}, 1, "", "",
			"facilities[0].id: give the facility an id [required]\nfacilities[0].electricity.annual: must not be negative [number.negative]\n"},
		{"validate warns of a certificate that never counts", cert, []string{"validate", "-"}, 0, "-: valid, 2 warning(s)\n", "",
			"warning: certificates[0].retired_for: never counts: retired for the reporter: retired for \"\", the reporting company is \"\" [qc.not_retired]\n" +
				"warning: certificates[0].vintage: never counts: vintage: no reporting period is given to compare it with [qc.no_period]\n"},
		{"validate as JSON", cert, []string{"validate", "-", "--format=json"}, 0, "", `"warnings": [` + "\n" + `    {` + "\n" + `      "code": "qc.not_retired",` + "\n" + `      "field": "certificates[0].retired_for",`, ""},
		{"validate as JSON refused", bad, []string{"validate", "--format", "json", "-"}, 1, "", "", `"warnings": []`},
		{"usage", "", []string{"frobnicate"}, 2, "", "", "usage:"},
		{"no command", "", nil, 2, "", "", "usage:"},
		{"help", "", []string{"--help"}, 0, "", "greenline calc [--format json|csv|hourly-csv] FILE.json", ""},
		{"help command", "", []string{"help"}, 0, "", "greenline validate [--format text|json] FILE.json", ""},
		{"calc help", "", []string{"calc", "--help"}, 0, "", "usage:", ""},
		{"meter help", "", []string{"meter", "-h"}, 0, "", "usage:", ""},
		{"csv", good, []string{"calc", "--format", "csv", "-"}, 0, "", "organisation,scope2_location_based,0.531,tCO2,0.5306,\n", ""},
		{"flags after the file", good, []string{"calc", "-", "--format", "csv"}, 0, "", "organisation,scope2_location_based,0.531,tCO2,0.5306,\n", ""},
		{"flag with =", good, []string{"calc", "--format=csv", "-"}, 0, "", "organisation,scope2_location_based,0.531,tCO2,0.5306,\n", ""},
		{"hourly csv", good, []string{"calc", "--format", "hourly-csv", "-"}, 0, "hour_start,supply,facility,green_kwh,residual_kwh\n", "", ""},
		{"meter", "timestamp,kWh\n2024-01-01 00:00,1\n2024-01-01 01:00,2.5\n", []string{"meter", "-"}, 0, "", `"2.500"`, ""},
		{"meter refuses by row on stderr", "timestamp,kWh\n2024-01-01 00:00,-1\n2024-01-01 01:00,1\n", []string{"meter", "-"}, 1, "", "", `"field": "",` + "\n" + `      "row": 2,` + "\n" + `      "column": 2,`},
		{"meter of several meters", "表号,时间,kWh\nA,2024-01-01 00:00,1\nB,2024-01-01 00:00,2\nA,2024-01-01 01:00,3\nB,2024-01-01 01:00,4\n", []string{"meter", "-"}, 0,
			"", "\"id\": \"B\",\n      \"start\": \"2024-01-01T00:00\",\n      \"first\": \"2024-01-01T00:00:00+08:00\",\n      \"last\": \"2024-01-01T01:00:00+08:00\",\n      \"rows\": 2,\n      \"total_wh\": \"6000\",\n      \"hourly\": {\n        \"step_minutes\": 60,\n        \"values\": [\"2.000\",\"4.000\"]", ""},
		{"meter names the meter of a gap", "Meter,Time,kWh\nA,2024-01-01 00:00,1\nA,2024-01-01 01:00,1\nB,2024-01-01 00:00,1\nB,2024-01-01 02:00,1\n", []string{"meter", "-"}, 1, "", "",
			`"row": 5,` + "\n" + `      "column": 2,` + "\n" + `      "meter": "B",`},
		{"meter with a unit", "timestamp,energy\n2024-01-01 00:00,1\n2024-01-01 01:00,2\n", []string{"meter", "--unit", "MWh", "-"}, 0, "", `"values": ["1000.000","2000.000"]`, ""},
		{"meter with a unit after the file", "timestamp,energy\n2024-01-01 00:00,1\n2024-01-01 01:00,2\n", []string{"meter", "-", "--unit=MWh"}, 0, "", `"values": ["1000.000","2000.000"]`, ""},
		{"meter usage", "", []string{"meter"}, 2, "", "", "meter takes one meter data file, not 0"},
		{"unknown format", good, []string{"calc", "--format", "xml", "-"}, 2, "", "", "greenline: --format xml: calc writes json, csv, hourly-csv"},
		{"unknown flag", good, []string{"calc", "--fromat", "csv", "-"}, 2, "", "", "greenline: unknown flag --fromat"},
		{"two files", good, []string{"calc", "a.json", "b.json"}, 2, "", "", "calc takes one project file, not 2"},
		{"missing file", "", []string{"calc", "/nonexistent.json"}, 1, "", "", "/nonexistent.json"},
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
			if tt.wantErr != "" && !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr = %s, want it to contain %s", errOut.String(), tt.wantErr)
			}
			if code != 0 && out.Len() > 0 {
				t.Errorf("exit %d with %q on stdout: errors belong on stderr", code, out.String())
			}
		})
	}
}

// The usage names every --format each command takes.
func TestUsageListsFormats(t *testing.T) {
	for cmd, fs := range formats {
		if want := "greenline " + cmd + " [--format " + strings.Join(fs, "|") + "] FILE.json"; !strings.Contains(usage, want) {
			t.Errorf("usage does not say %q", want)
		}
	}
}

// TestExamples runs every project in docs/examples through the CLI and
// compares the output with its .result.json byte for byte; the figures in
// it are also checked against the hand-worked values of docs/examples/README.md.
func TestExamples(t *testing.T) {
	files, _ := filepath.Glob("../../docs/examples/*.json")
	n := 0
	for _, in := range files {
		if strings.HasSuffix(in, ".result.json") {
			continue
		}
		n++
		t.Run(filepath.Base(in), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(in, ".json") + ".result.json")
			if err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			if code := run([]string{"calc", in}, nil, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, out.String())
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("output differs from %s.result.json", strings.TrimSuffix(filepath.Base(in), ".json"))
			}
		})
	}
	if n == 0 {
		t.Fatal("no examples found")
	}
	// Hand-worked in docs/examples/README.md.
	var r calc.Result
	b, _ := os.ReadFile("../../docs/examples/jiangsu-monthly.result.json")
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	got := []string{r.Facilities[0].LocationBased.Exact, r.Facilities[0].LocationBased.Value,
		r.Facilities[1].LocationBased.Exact, r.Facilities[1].LocationBased.Value,
		r.LocationBased.Exact, r.LocationBased.Value,
		r.Facilities[0].MarketBased.Exact, r.Facilities[1].MarketBased.Exact, r.MarketBased.Exact, r.MarketBased.Value}
	want := []string{"1262.2156778375", "1262.216", "56.05265", "56.053", "1318.2683278375", "1318.268",
		"1320.4851162", "256.3368", "1576.8219162", "1576.822"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("jiangsu-monthly figures = %v, want %v", got, want)
	}
	b, _ = os.ReadFile("../../docs/examples/park-direct-line.result.json")
	r = calc.Result{}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	tr, cb, s := r.Facilities[0], r.Facilities[1], r.Supplies[0]
	got = []string{s.Users[0].Green.Value, s.Users[1].Green.Value, s.Ratios[1].Share.Percent,
		tr.Scope1.Exact, tr.LocationBased.Exact, tr.MarketBased.Exact, tr.Matching.Hourly.Percent, tr.Matching.Annual.Percent,
		cb.LocationBased.Exact, cb.MarketBased.Exact,
		r.Products[0].PerUnit.LocationBased, r.Products[0].CBAM.SEEDirect, r.Products[0].CBAM.SEEIndirect, r.Products[0].CBAM.SEE}
	want = []string{"37648.224", "50191.776", "71.43",
		"56.1", "30.7106208", "3.0820010496", "71.43", "90.41",
		"40.9474944", "12.2409045504",
		"723.4218", "0.3117", "0.0487", "0.3604"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("park-direct-line figures = %v\nwant %v", got, want)
	}
}

// A meter file over the bound is refused from what was read up to it.
func TestMeterTooBig(t *testing.T) {
	var out, errOut bytes.Buffer
	big := io.MultiReader(strings.NewReader("time,kWh\n"), io.LimitReader(zeros{}, meter.DefaultMaxBytes))
	if code := run([]string{"meter", "-"}, big, &out, &errOut); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if got, want := errOut.String(), "greenline: - is larger than 41943040 bytes (40 MiB), the most a meter data file may have"; !strings.HasPrefix(got, want) {
		t.Errorf("stderr = %q, want it to start %q", got, want)
	}
}

type zeros struct{}

func (zeros) Read(b []byte) (int, error) {
	clear(b)
	return len(b), nil
}
