package policy

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/greenline-calc/greenline/calc/factors"
)

func TestDefaultLibrary(t *testing.T) {
	lib := Default()
	// The row counts SOURCES.md gives for ../shared/data/policy.
	tests := []struct {
		id   string
		got  int
		want int
	}{
		{"cn-direct-connection-thresholds", len(lib.Thresholds), 18},
		{"cbam-goods", len(lib.Goods), 42},
		{"cbam-downstream-proposal", len(lib.Proposed), 114},
		{"fuel-factors", len(lib.Fuels), 33},
		{"cn-holidays", len(lib.Days), 108},
	}
	for i, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if got, want := lib.Sources[i].ID, tt.id; got != want {
				t.Fatalf("Sources[%d] = %s, want %s", i, got, want)
			}
			if tt.got != tt.want {
				t.Errorf("rows = %d, want %d", tt.got, tt.want)
			}
		})
	}
}

// TestEverySourceCited checks that every file and every row names where it
// comes from and how far it was verified.
func TestEverySourceCited(t *testing.T) {
	lib := Default()
	for _, s := range lib.Sources {
		if s.Licence == "" || s.WhatWasRead == "" || len(s.Documents) == 0 || len(s.Caveats) == 0 {
			t.Errorf("%s: citation incomplete", s.ID)
		}
		for _, d := range s.Documents {
			if d.Title == "" || d.Issuer == "" || d.URL == "" || d.URLNote == "" {
				t.Errorf("%s: document %q: citation incomplete", s.ID, d.Title)
			}
			if c := d.Citation(); !strings.Contains(c, d.URL) || !strings.Contains(c, d.Issuer) {
				t.Errorf("%s: Citation() = %q, want issuer and URL in it", s.ID, c)
			}
		}
	}
	cited := func(what string, d *Document, verification string) {
		t.Helper()
		if d == nil {
			t.Errorf("%s: no document", what)
		}
		if !verifications[verification] {
			t.Errorf("%s: verification %q", what, verification)
		}
	}
	for _, r := range lib.Thresholds {
		cited(r.Policy+" "+r.Metric, r.Document, r.Verification)
	}
	for _, r := range lib.Goods {
		cited(r.Code, r.Document, r.Verification)
	}
	for _, r := range lib.Proposed {
		cited(r.Code, r.Document, r.Verification)
	}
	for _, r := range lib.Fuels {
		cited(r.Fuel+" "+r.Parameter, r.Document, r.Verification)
	}
	for _, r := range lib.Days {
		cited(r.Date, r.Document, r.Verification)
	}
}

// TestKeysUnique checks the keys by which each file is looked up.
func TestKeysUnique(t *testing.T) {
	lib := Default()
	keys := map[string][]string{}
	for _, r := range lib.Thresholds {
		keys["thresholds"] = append(keys["thresholds"], r.Policy+"|"+r.Metric+"|"+r.AppliesFrom)
	}
	for _, r := range lib.Goods {
		keys["goods"] = append(keys["goods"], r.digits)
	}
	for _, r := range lib.Proposed {
		keys["proposed"] = append(keys["proposed"], r.digits)
	}
	for _, r := range lib.Fuels {
		keys["fuels"] = append(keys["fuels"], r.Fuel+"|"+r.Parameter)
	}
	for _, r := range lib.Days {
		keys["days"] = append(keys["days"], r.Date)
	}
	for file, ks := range keys {
		seen := map[string]bool{}
		for _, k := range ks {
			if seen[k] {
				t.Errorf("%s: key %q repeated", file, k)
			}
			seen[k] = true
		}
	}
}

// embeddedData returns a writable copy of the embedded data, with the
// files of edits replaced.
func embeddedData(t testing.TB, edits map[string]string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	sub, _ := fs.Sub(embedded, "data")
	err := fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range edits {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return m
}

// edit returns the embedded file with the first old replaced by new; the
// test fails if old is not there.
func edit(t testing.TB, file, old, new string) string {
	t.Helper()
	b, err := fs.ReadFile(embedded, "data/"+file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", file, old)
	}
	return strings.Replace(string(b), old, new, 1)
}

func TestLoadRejectsBadFiles(t *testing.T) {
	const (
		thr  = "cn-direct-connection-thresholds.csv"
		cbam = "cbam-goods.csv"
		prop = "cbam-downstream-proposal.csv"
		fuel = "fuel-factors.csv"
		hol  = "cn-holidays.csv"
	)
	raw := func(file string) string {
		b, err := fs.ReadFile(embedded, "data/"+file)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	secondLine := func(file string) string { return strings.SplitAfter(raw(file), "\n")[1] }
	tests := []struct{ name, file, data, want string }{
		{"unknown comparator", thr, edit(t, thr, ",>=,60,%,2025-05-30,", ",≥,60,%,2025-05-30,"),
			thr + `: row 2: column comparator: unknown comparator "≥"`},
		{"percent above 100", thr, edit(t, thr, ",>=,60,%,2025-05-30,", ",>=,160,%,2025-05-30,"),
			thr + ": row 2: column value: 160 %: a percentage must lie in 0..100"},
		{"negative percent", thr, edit(t, thr, ",>=,60,%,2025-05-30,", ",>=,-60,%,2025-05-30,"),
			thr + ": row 2: column value: -60 %: negative"},
		{"percent sign in value", thr, edit(t, thr, ",>=,60,%,2025-05-30,", ",>=,60%,%,2025-05-30,"),
			thr + `: row 2: column value: "60%" is neither a plain number nor a named limit`},
		{"bad date", thr, edit(t, thr, ",>=,60,%,2025-05-30,", ",>=,60,%,2025-02-30,"),
			thr + `: row 2: column applies_from: "2025-02-30": want a YYYY-MM-DD date`},
		{"bad target", thr, edit(t, thr, "by 2030 (2030年前)", "before 2030"),
			thr + `: row 4: column applies_from: "before 2030"`},
		{"unknown policy", thr, edit(t, thr, "发改能源〔2025〕650号 (NDRC/NEA", "发改能源〔2025〕651号 (NDRC/NEA"),
			thr + `: row 2: column policy: "发改能源〔2025〕651号`},
		{"bad metric", thr, edit(t, thr, "self_consumed_share_of_available_generation", "Self-consumed share"),
			thr + `: row 2: column metric: "Self-consumed share"`},
		{"duplicate threshold", thr, raw(thr) + secondLine(thr),
			thr + ": row 20: policy, metric and applies_from repeat row 2"},
		{"wrong header", thr, edit(t, thr, "applies_from,notes", "from,notes"),
			thr + ": row 1: header"},
		{"wrong column count", thr, edit(t, thr, ",>=,60,%,2025-05-30,", ",>=,60,2025-05-30,"),
			thr + ": row 2: 6 columns, want 7"},
		{"row missing", thr, strings.TrimSuffix(raw(thr), strings.SplitAfter(raw(thr), "\n")[18]),
			thr + ": 17 data rows, manifest.json says 18"},
		{"empty file", thr, "", thr + ": row 1: no header"},
		{"unknown sector", cbam, edit(t, cbam, "Cement clinkers,cement,", "Cement clinkers,cements,"),
			cbam + `: row 3: column sector: unknown sector "cements"`},
		{"unknown emissions_counted", cbam, edit(t, cbam, "Cement clinkers,cement,direct-and-indirect", "Cement clinkers,cement,indirect"),
			cbam + `: row 3: column emissions_counted: unknown value "indirect"`},
		{"duplicate CN code", cbam, edit(t, cbam, "2523 21 00,", "2523 10 00,"),
			cbam + `: row 4: column cn_code: duplicate CN code "2523 10 00" (row 3)`},
		{"malformed CN code", cbam, edit(t, cbam, "2523 10 00,", "2523 1O 00,"),
			cbam + `: row 3: column cn_code: "2523 1O 00"`},
		{"exception outside its entry", cbam, edit(t, cbam, "EXCEPT (not covered): 3105 60 00", "EXCEPT (not covered): 3106 60 00"),
			cbam + ": row 13: column notes: EXCEPT list: 3106 60 00 does not fall under the entry's code"},
		{"exception unclosed", cbam, edit(t, cbam, "remelting scrap ingots and steel).", "remelting scrap ingots and steel."),
			cbam + ": row 14: column notes: EXCEPT list: 7204: unclosed bracket"},
		{"proposal covered today", prop, edit(t, prop, "7312 10,", "7308 10,"),
			prop + `: row 2: column cn_code: "7308 10" falls under Annex I entry "7308"`},
		{"duplicate proposal", prop, edit(t, prop, "7314 39 00,", "7312 10,"),
			prop + `: row 3: column cn_code: duplicate CN code "7312 10" (row 2)`},
		{"zero fuel factor", fuel, edit(t, fuel, "natural gas,co2_emission_factor_default,56100,", "natural gas,co2_emission_factor_default,0,"),
			fuel + ": row 2: column value: 0 kg CO2/TJ: a fuel factor must be positive"},
		{"negative fuel factor", fuel, edit(t, fuel, "natural gas,co2_emission_factor_default,56100,", "natural gas,co2_emission_factor_default,-56100,"),
			fuel + `: row 2: column value: "-56100" is not a plain decimal number`},
		{"fraction above 1", fuel, edit(t, fuel, "carbon_oxidation_rate_default,0.94,", "carbon_oxidation_rate_default,9.4,"),
			fuel + ": row 15: column value: 9.4: a fraction must not exceed 1"},
		{"no confidence", fuel, edit(t, fuel, "Confidence: two-secondary-agree", "Checked"),
			fuel + `: row 2: column notes: no "Confidence: " level`},
		{"unknown confidence", fuel, edit(t, fuel, "Confidence: two-secondary-agree", "Confidence: trusted"),
			fuel + `: row 2: column notes: unknown verification level "trusted"`},
		{"unknown source_doc", fuel, edit(t, fuel, ",IPCC 2006 Guidelines Vol.2", ",IPCC 2019 Refinement Vol.2"),
			fuel + ": row 2: column source_doc"},
		{"duplicate fuel", fuel, edit(t, fuel, "diesel,co2_emission_factor_default", "natural gas,co2_emission_factor_default"),
			fuel + ": row 3: fuel \"natural gas\" and parameter co2_emission_factor_default repeat row 2"},
		{"impossible holiday date", hol, edit(t, hol, "2024-01-01,holiday", "2024-02-30,holiday"),
			hol + `: row 2: column date: "2024-02-30"`},
		{"unknown day kind", hol, edit(t, hol, "2024-01-01,holiday", "2024-01-01,vacation"),
			hol + `: row 2: column kind: unknown kind "vacation"`},
		{"make-up workday on a weekday", hol, edit(t, hol, "2024-02-04,workday", "2024-02-05,workday"),
			hol + ": row 3: column kind: a make-up workday on a Monday"},
		{"duplicate date", hol, edit(t, hol, "2024-02-04,workday", "2024-01-01,workday"),
			hol + ": row 3: column date: 2024-01-01 repeats row 2"},
		{"unknown notice", hol, edit(t, hol, "2024-01-01,holiday,元旦,New Year's Day,国务院办公厅关于2024年", "2024-01-01,holiday,元旦,New Year's Day,国务院关于2024年"),
			hol + ": row 2: column notice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(embeddedData(t, map[string]string{tt.file: tt.data}))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadRejectsBadManifest(t *testing.T) {
	const m = "manifest.json"
	tests := []struct{ name, old, new, want string }{
		{"no url", `"url": "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"`, `"url": ""`,
			"manifest.json: files[4] (cn-holidays): documents[0]: citation incomplete"},
		{"no licence", `"licence": "Not recorded in SOURCES.md (European Commission legislative proposal)."`, `"licence": ""`,
			"manifest.json: files[2] (cbam-downstream-proposal): citation incomplete"},
		{"unknown verification", `"verification": "two-secondary-agree"`, `"verification": "probably"`,
			`manifest.json: files[4] (cn-holidays): verification "probably": unknown`},
		{"unknown field", `"rows": 18,`, `"rows": 18, "row": 18,`,
			`manifest.json: json: unknown field "row"`},
		{"files out of order", `"id": "cbam-goods"`, `"id": "cbam"`,
			`manifest.json: files[1]: id "cbam", want "cbam-goods"`},
		{"no project kind", `"project_kind": "multi-user"`, `"project_kind": ""`,
			`manifest.json: cn-direct-connection-thresholds: documents[1]: project_kind ""`},
		{"no holiday year", `"covers_year": 2026`, `"covers_year": 0`,
			"manifest.json: cn-holidays: documents[2]: covers_year 0"},
		{"bad document date", `"date": "2025-12-17"`, `"date": "17.12.2025"`,
			`manifest.json: files[2] (cbam-downstream-proposal): documents[0]: date "17.12.2025"`},
		{"missing file", `"file": "fuel-factors.csv"`, `"file": "fuels.csv"`,
			"fuels.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(embeddedData(t, map[string]string{m: edit(t, m, tt.old, tt.new)}))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestVerificationLevels(t *testing.T) {
	lib := Default()
	tests := []struct{ id, want string }{
		{"cn-direct-connection-thresholds", factors.PrimaryVerified},
		{"cbam-goods", factors.PrimaryVerified},
		{"cbam-downstream-proposal", factors.PrimaryVerified},
		{"fuel-factors", PerRow},
		{"cn-holidays", factors.TwoSecondaryAgree},
	}
	for i, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if got := lib.Sources[i].Verification; got != tt.want {
				t.Errorf("verification = %s, want %s", got, tt.want)
			}
		})
	}
}
