package factors

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultLibrary(t *testing.T) {
	lib := Default()
	// One table per CSV in ../shared/data/factors: eight at the time of writing.
	if got, want := len(lib.Tables), 8; got != want {
		t.Fatalf("embedded tables = %d, want %d", got, want)
	}
	for _, tb := range lib.Tables {
		if tb.Citation() == "" || tb.Licence == "" || tb.URL == "" {
			t.Errorf("%s: citation incomplete", tb.ID)
		}
		if len(tb.CaveatsZH) != len(tb.Caveats) {
			t.Errorf("%s: %d caveats in Chinese, want %d: the Chinese factor page shows them", tb.ID, len(tb.CaveatsZH), len(tb.Caveats))
		}
		if len(tb.Rows) == 0 {
			t.Errorf("%s: no rows", tb.ID)
		}
	}
	tests := []struct{ table, key, want, scope, verification string }{
		{"cn-mee-2023", "province-jiangsu", "0.5827", ScopeGridAverage, PrimaryVerified},
		{"cn-mee-2023", "national-excl-market-nonfossil", "0.6096", ScopeResidualLike, PrimaryVerified},
		{"cn-mee-2022", "province-beijing", "0.5580", ScopeGridAverage, TwoSecondaryAgree},
		{"us-egrid2023", "egrid-akms-co2", "520.483", ScopeGridAverage, SingleSecondary},
		{"cn-footprint-2024", "generation-wind", "0.0324", ScopeGeneration, PrimaryVerified},
	}
	for _, tt := range tests {
		t.Run(tt.table+"/"+tt.key, func(t *testing.T) {
			tb, ok := lib.Table(tt.table)
			if !ok {
				t.Fatalf("no table %s", tt.table)
			}
			r, ok := tb.Row(tt.key)
			if !ok {
				t.Fatalf("no row %s", tt.key)
			}
			if r.Published != tt.want || r.Scope != tt.scope || r.Verification != tt.verification {
				t.Errorf("got %s %s %s, want %s %s %s", r.Published, r.Scope, r.Verification, tt.want, tt.scope, tt.verification)
			}
		})
	}
}

func TestLoadRejectsBadTables(t *testing.T) {
	const manifest = `{"tables":[{"id":"t","version":1,"file":"t.csv","title":{"en":"T","zh":"T"},
		"publisher":"P","document":"D","published":"2025-01-01","url":"https://example.org","url_note":"",
		"licence":"L","country":"CN","data_year":2023,"reporting_years":"from 2023","gas":"CO2","scope":"grid-average","unit":"kgCO2/kWh",
		"verification":"primary-verified","caveats":[]}]}`
	const head = "key,name_en,name_zh,value,unit,notes\n"
	tests := []struct{ name, csv, want string }{
		{"negative", head + "a,A,,-0.5,kgCO2/kWh,\n", "t.csv: row 2: column value"},
		{"absurd", head + "a,A,,2.5,kgCO2/kWh,\n", "t.csv: row 2: column value: 2.5 kgCO2/kWh is outside"},
		{"letters", head + "a,A,,0.5x,kgCO2/kWh,\n", "row 2: column value"},
		{"duplicate key", head + "a,A,,0.5,kgCO2/kWh,\na,A,,0.6,kgCO2/kWh,\n", "row 3: key \"a\" repeated"},
		{"unit", head + "a,A,,0.5,tCO2/MWh,\n", "row 2: column unit"},
		{"header", "key,value\n", "t.csv"},
		{"empty", head, "no rows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"manifest.json": {Data: []byte(manifest)}, "t.csv": {Data: []byte(tt.csv)}}
			_, err := Load(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
	t.Run("no citation", func(t *testing.T) {
		m := strings.Replace(manifest, `"url":"https://example.org"`, `"url":""`, 1)
		fsys := fstest.MapFS{"manifest.json": {Data: []byte(m)}, "t.csv": {Data: []byte(head + "a,A,,0.5,kgCO2/kWh,\n")}}
		if _, err := Load(fsys); err == nil || !strings.Contains(err.Error(), "citation incomplete") {
			t.Errorf("Load error = %v, want citation incomplete", err)
		}
	})
}
