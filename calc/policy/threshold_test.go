package policy

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// describe writes a threshold as "metric >= 60 %", with " (target: by 2030 …)"
// for a target, and the notice number.
func describe(t Threshold) string {
	s := t.Metric + " " + string(t.Comparator) + " " + t.Value + " " + t.Unit
	if t.Target {
		s += " (target: " + t.AppliesFrom + ")"
	}
	return s + " [" + t.Document.Number + "]"
}

func TestRatioThresholds(t *testing.T) {
	// Expectations from cn-direct-connection-thresholds.csv: 650号 rows 2–5
	// and 688号 rows 11–14, the only numeric rows in %.
	single := []string{
		"self_consumed_share_of_available_generation >= 60 % [发改能源〔2025〕650号]",
		"self_consumed_share_of_total_consumption >= 30 % [发改能源〔2025〕650号]",
		"self_consumed_share_of_total_consumption >= 35 % (target: by 2030 (2030年前)) [发改能源〔2025〕650号]",
		"grid_export_share_of_available_generation <= 20 % [发改能源〔2025〕650号]",
	}
	multi := []string{
		"self_consumed_share_of_available_generation >= 60 % [发改能源〔2026〕688号]",
		"self_consumed_share_of_total_consumption >= 30 % [发改能源〔2026〕688号]",
		"self_consumed_share_of_total_consumption >= 35 % (target: by 2030 (2030年前)) [发改能源〔2026〕688号]",
		"grid_export_share_of_available_generation <= 20 % [发改能源〔2026〕688号]",
	}
	tests := []struct {
		name string
		kind ProjectKind
		date string
		want []string
	}{
		{"single-user before 650号", SingleUser, "2025-05-29", nil},
		{"single-user on publication", SingleUser, "2025-05-30", single},
		{"single-user later", SingleUser, "2027-01-01", single},
		{"multi-user before 688号", MultiUser, "2026-05-19", nil},
		{"multi-user while only 650号 exists", MultiUser, "2025-12-31", nil},
		{"multi-user on publication", MultiUser, "2026-05-20", multi},
	}
	lib := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, err := lib.RatioThresholds(tt.kind, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, th := range ts {
				got = append(got, describe(th))
				if !strings.Contains(th.Note, "“") && !strings.Contains(th.Note, `"`) {
					t.Errorf("%s: note %q quotes no clause", th.Metric, th.Note)
				}
				if th.Document.Citation() == "" {
					t.Errorf("%s: no citation", th.Metric)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestRatioThresholdsRejects(t *testing.T) {
	tests := []struct {
		name string
		kind ProjectKind
		date string
		want string
	}{
		{"unknown kind", "shared", "2026-06-01", `project kind "shared"`},
		{"bad date", SingleUser, "2026-6-1", `date "2026-6-1"`},
		{"impossible date", SingleUser, "2026-02-29", `date "2026-02-29"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Default().RatioThresholds(tt.kind, tt.date)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestThresholdValues checks that printed values are kept as printed and
// that only plain numbers are numeric.
func TestThresholdValues(t *testing.T) {
	tests := []struct {
		policy, metric, value, number string // number "" when not numeric
	}{
		{"650号", "self_consumed_share_of_available_generation", "60", "60"},
		{"650号", "grid_export_where_spot_market_not_continuously_operating", "0", "0"},
		{"650号", "connection_voltage_level", "220 (330)", ""},
		{"650号", "exchange_power_with_public_grid", "declared grid-connection capacity (申报容量)", ""},
		{"688号", "exchange_power_with_public_grid", "grid-connection capacity (接网容量)", ""},
		{"688号", "peak_valley_difference_rate_of_exchange_power", "planned value in project scheme (方案规划值)", ""},
		{"688号", "number_of_distinct_legal_entity_users", "2", "2"},
		{"688号", "green_electricity_traceability_time_resolution", "1", "1"},
	}
	for _, tt := range tests {
		t.Run(tt.policy+"/"+tt.metric, func(t *testing.T) {
			var found *Threshold
			for i, th := range Default().Thresholds {
				if strings.Contains(th.Policy, tt.policy) && th.Metric == tt.metric {
					found = &Default().Thresholds[i]
				}
			}
			if found == nil {
				t.Fatal("no such row")
			}
			got := ""
			if found.Numeric {
				got = found.Number.String()
			}
			if found.Value != tt.value || got != tt.number {
				t.Errorf("got value %q number %q, want %q %q", found.Value, got, tt.value, tt.number)
			}
		})
	}
}

func TestThresholdMet(t *testing.T) {
	ts, err := Default().RatioThresholds(MultiUser, "2026-06-01")
	if err != nil {
		t.Fatal(err)
	}
	byMetric := map[string]Threshold{}
	for _, th := range ts {
		if !th.Target {
			byMetric[th.Metric] = th
		}
	}
	tests := []struct {
		metric, share string
		want          bool
	}{
		{"self_consumed_share_of_available_generation", "60", true},
		{"self_consumed_share_of_available_generation", "59.999", false},
		{"self_consumed_share_of_total_consumption", "30.0", true},
		{"grid_export_share_of_available_generation", "20", true},
		{"grid_export_share_of_available_generation", "20.001", false},
	}
	for _, tt := range tests {
		t.Run(tt.metric+"="+tt.share, func(t *testing.T) {
			th, ok := byMetric[tt.metric]
			if !ok {
				t.Fatal("no threshold")
			}
			if got := th.Met(decimal.RequireFromString(tt.share)); got != tt.want {
				t.Errorf("Met(%s) against %s %s = %v, want %v", tt.share, th.Comparator, th.Value, got, tt.want)
			}
		})
	}
	text := Threshold{Comparator: AtMost, Value: "declared grid-connection capacity (申报容量)"}
	if text.Met(decimal.Zero) {
		t.Error("a threshold that is not numeric was met")
	}
}
