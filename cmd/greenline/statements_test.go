package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parkProject is a 2025 project of a plant generating 100 kWh in hour 0
// and 31 kWh in hour 1, shared pro rata by two companies with loads 50
// and 20 (A) and 30 and 25 kWh (B) in those hours.
func parkProject(t *testing.T) string {
	t.Helper()
	year := func(at map[int]string) map[string]any {
		v := make([]string, 8760)
		for h := range v {
			v[h] = "0"
		}
		for h, x := range at {
			v[h] = x
		}
		return map[string]any{"step_minutes": 60, "values": v}
	}
	grid := map[string]string{"table": "cn-mee-2023", "key": "province-jiangsu"}
	p := map[string]any{
		"format": 1, "organisation": "Park Operator Co.", "period": map[string]string{"start": "2025-01"},
		"facilities": []any{
			map[string]any{"id": "a", "grid": grid, "electricity": map[string]any{"unit": "kWh", "hourly": year(map[int]string{0: "50", 1: "20"})}},
			map[string]any{"id": "b", "grid": grid, "electricity": map[string]any{"unit": "kWh", "hourly": year(map[int]string{0: "30", 1: "25"})}},
		},
		"supplies": []any{map[string]any{"id": "pv", "kind": "microgrid", "technology": "solar", "unit": "kWh", "rule": "pro-rata", "surplus": "exported",
			"generation": year(map[int]string{0: "100", 1: "31"}),
			"users":      []any{map[string]string{"facility": "a", "entity": "A Co."}, map[string]string{"facility": "b", "entity": "B Co."}}}},
	}
	data, _ := json.Marshal(p)
	name := filepath.Join(t.TempDir(), "park.json")
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func cli(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestStatementsCLI(t *testing.T) {
	project := parkProject(t)
	dir := filepath.Join(t.TempDir(), "out")
	code, out, errOut := cli("statements", project, "--out", dir)
	// Hour 0: 100 for 80 of load: the loads, 50 and 30, 20 exported.
	// Hour 1: 31 000 Wh among 20 and 25 of 45: 13 777 rest 35 000 and
	// 17 222 rest 10 000; the Wh left goes to A: 13.778 and 17.222.
	if code != 0 || !strings.Contains(out, "001-pv-a.json\tA Co.\tpv\t63.778 kWh\t") || !strings.Contains(out, "002-pv-b.json\tB Co.\tpv\t47.222 kWh\t") {
		t.Fatalf("statements: exit %d, %s %s", code, out, errOut)
	}
	code, out, errOut = cli("verify-statements", project, dir)
	if code != 0 || !strings.Contains(out, "supply pv: green 111.000 kWh + surplus 20.000 kWh = generation 131.000 kWh in every hour") {
		t.Errorf("verify: exit %d, %s %s", code, out, errOut)
	}

	zipName := filepath.Join(t.TempDir(), "all.zip")
	if code, out, errOut = cli("statements", project, "--out", zipName); code != 0 {
		t.Fatalf("zip: exit %d, %s %s", code, out, errOut)
	}
	first, _ := os.ReadFile(zipName)
	cli("statements", project, "--out", zipName)
	if again, _ := os.ReadFile(zipName); !bytes.Equal(first, again) {
		t.Error("the same project gives another ZIP")
	}
	if code, out, errOut = cli("verify-statements", project, zipName); code != 0 {
		t.Errorf("verify zip: exit %d, %s %s", code, out, errOut)
	}

	// One hour of A changed: refused, by hash and by split, with the hour.
	a := filepath.Join(dir, "001-pv-a.json")
	data, _ := os.ReadFile(a)
	os.WriteFile(a, bytes.Replace(data, []byte(`"13.778"`), []byte(`"14.778"`), 1), 0o644)
	code, out, _ = cli("verify-statements", project, dir)
	if code != 1 || !strings.Contains(out, "[statement.hash]") || !strings.Contains(out, "hourly.green[1]: gives 14.778 kWh in hour 1; the project's split gives 13.778 kWh [statement.split]") {
		t.Errorf("tampered: exit %d, %s", code, out)
	}
	// B alone: A has no statement.
	code, out, _ = cli("verify-statements", project, filepath.Join(dir, "002-pv-b.json"))
	if code != 1 || !strings.Contains(out, "supplies[0].users[0]: user a (A Co.) of supply pv has no statement [statement.missing]") {
		t.Errorf("missing: exit %d, %s", code, out)
	}
	if code, _, _ = cli("statements", project); code != 2 {
		t.Errorf("statements without --out: exit %d, want 2", code)
	}
}

// A project without a supply has no user to issue a statement to.
func TestStatementsWithoutSupply(t *testing.T) {
	name := filepath.Join(t.TempDir(), "plain.json")
	os.WriteFile(name, []byte(`{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"MWh","annual":"1"}}]}`), 0o644)
	code, _, errOut := cli("statements", name, "--out", t.TempDir())
	if code != 1 || !strings.Contains(errOut, "has no supply") {
		t.Errorf("exit %d, %s", code, errOut)
	}
	stmt := filepath.Join(t.TempDir(), "s.json")
	os.WriteFile(stmt, []byte(`{}`), 0o644)
	if code, out, _ := cli("verify-statements", name, stmt); code != 1 || !strings.Contains(out, "s.json") {
		t.Errorf("verify against a project without supply: exit %d, %s", code, out)
	}
}

// statements and verify-statements take their flags anywhere, answer
// --help with exit 0, and write a refused project's errors on stderr.
func TestStatementsCLIArgs(t *testing.T) {
	project := parkProject(t)
	dir := filepath.Join(t.TempDir(), "out")
	if code, out, errOut := cli("statements", "--out", dir, project); code != 0 || !strings.Contains(out, "001-pv-a.json") {
		t.Fatalf("statements --out DIR FILE: exit %d, %s %s", code, out, errOut)
	}
	if code, out, errOut := cli("verify-statements", project, dir, "--json"); code != 0 || !strings.HasPrefix(out, "{") {
		t.Errorf("verify-statements with --json last: exit %d, %.100s %s", code, out, errOut)
	}
	for _, cmd := range []string{"statements", "verify-statements"} {
		if code, out, _ := cli(cmd, "--help"); code != 0 || !strings.Contains(out, "usage:") {
			t.Errorf("%s --help: exit %d, %q", cmd, code, out)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"format":1,"facilities":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cli("statements", bad, "--out", dir)
	if code != 1 || out != "" || !strings.Contains(errOut, "facilities: add at least one facility [required]") {
		t.Errorf("refused project: exit %d, stdout %q, stderr %q; want 1, nothing, the error", code, out, errOut)
	}
}
