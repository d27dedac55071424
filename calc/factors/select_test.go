package factors

import (
	"strings"
	"testing"
)

func TestSelect(t *testing.T) {
	tests := []struct {
		name, country, key, scope string
		year                      int
		wantTable, wantValue      string
		wantReason                string
	}{
		// Hand-written cases: the tables hold data years 2021, 2022, 2023 for CN.
		{"2025 report takes 2023 data", "CN", "province-jiangsu", ScopeGridAverage, 2025, "cn-mee-2023@1", "0.5827", "newest"},
		{"2023 report takes 2023 data", "CN", "province-jiangsu", ScopeGridAverage, 2023, "cn-mee-2023@1", "0.5827", "newest"},
		{"2022 report takes 2022 data", "CN", "province-jiangsu", ScopeGridAverage, 2022, "cn-mee-2022@1", "", "newest"},
		{"2019 report falls back to the earliest", "CN", "province-jiangsu", ScopeGridAverage, 2019, "cn-mee-2021@1", "", "earliest"},
		{"residual mix for 2024", "CN", "national-excl-market-nonfossil", ScopeResidualLike, 2024, "cn-mee-2023@1", "0.6096", "newest"},
		{"residual mix for 2022", "CN", "national-excl-market-nonfossil", ScopeResidualLike, 2022, "cn-mee-2022@1", "0.5856", "newest"},
		{"US subregion", "US", "egrid-camx-co2", ScopeGridAverage, 2024, "us-egrid2023@1", "428.464", "newest"},
		{"world footprint 2024", "world", "country-deu", ScopeFootprint, 2024, "world-owid-2024@1", "", "newest"},
	}
	lib := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := lib.Select(tt.country, tt.key, tt.scope, tt.year)
			if err != nil {
				t.Fatal(err)
			}
			if c.Table.Ref() != tt.wantTable {
				t.Errorf("table = %s, want %s", c.Table.Ref(), tt.wantTable)
			}
			if tt.wantValue != "" && c.Row.Published != tt.wantValue {
				t.Errorf("value = %s, want %s", c.Row.Published, tt.wantValue)
			}
			if !strings.Contains(c.Reason.Message, tt.wantReason) {
				t.Errorf("reason = %q, want it to mention %q", c.Reason.Message, tt.wantReason)
			}
		})
	}
	for _, bad := range []struct{ country, key, scope string }{
		{"CN", "province-tibet", ScopeGridAverage},
		{"CN", "national-fossil", ScopeGridAverage},
		{"FR", "national", ScopeGridAverage},
	} {
		if _, err := lib.Select(bad.country, bad.key, bad.scope, 2024); err == nil {
			t.Errorf("Select(%s, %s, %s) succeeded, want an error", bad.country, bad.key, bad.scope)
		}
	}
}
