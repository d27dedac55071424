package calc

import (
	"fmt"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// flat returns n hourly readings of the same value.
func flat(n int, v string) *Series {
	vals := make([]string, n)
	for i := range vals {
		vals[i] = v
	}
	return &Series{StepMinutes: 60, Values: vals}
}

// sharedSupply is a hand-checkable multi-user direct connection over 2024
// (a leap year: 8,784 hours): every hour the plant makes 10 kWh, user a
// needs 6 kWh and user b 8 kWh.
func sharedSupply(rule string, users []SupplyUser) Project {
	const hours = 8784
	return Project{
		Format: 1, Organisation: "Example Transformer Co.", Period: &Period{Start: "2024-01"},
		Facilities: []Facility{
			{ID: "a", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"}, Electricity: Electricity{Unit: "kWh", Hourly: flat(hours, "6")}},
			{ID: "b", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"}, Electricity: Electricity{Unit: "kWh", Hourly: flat(hours, "8")}},
		},
		Supplies: []Supply{{ID: "pv", Kind: "direct-line", Technology: "solar", Unit: "kWh", Generation: flat(hours, "10"),
			Rule: rule, Surplus: "exported", Users: users}},
	}
}

func TestSharedSupplyProRata(t *testing.T) {
	p := sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}, {Facility: "b"}})
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	s := r.Supplies[0]
	// Each hour 10,000 Wh split 6:8: quotas 4,285.714… and 5,714.285…, so
	// 4,285 and 5,714 with the one Wh left to a (larger remainder):
	// a 4,286, b 5,714 every hour. Over 8,784 hours: a 37,648.224 kWh,
	// b 50,191.776 kWh; together 87,840 kWh = all the generation.
	got := []string{s.Generation.Value, s.Allocated.Value, s.Surplus.Value, s.Users[0].Green.Value, s.Users[1].Green.Value,
		s.Users[0].Residual.Value, s.Users[0].Matched.Percent, s.Users[1].Matched.Percent}
	want := []string{"87840.000", "87840.000", "0.000", "37648.224", "50191.776",
		// a's load 52,704 kWh − 37,648.224 = 15,055.776 from the grid;
		// 4,286/6,000 = 71.433 %, 5,714/8,000 = 71.425 % → 71.43 (half away from zero).
		"15055.776", "71.43", "71.43"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("supply = %v\nwant     %v", got, want)
	}
	// Ratios: all generation used on site (100 %), 87,840 of 122,976 kWh
	// consumed is green (71.428… % → 71.43), nothing exported.
	var ratios []string
	for _, x := range s.Ratios {
		ratios = append(ratios, x.Metric+"="+x.Share.Percent)
	}
	if got, want := strings.Join(ratios, " "), MetricUsedOnSite+"=100.00 "+MetricGreenShare+"=71.43 "+MetricExported+"=0.00"; got != want {
		t.Errorf("ratios = %s\nwant %s", got, want)
	}
	// Market-based for a: the direct line covers 37,648.224 kWh at 0; the
	// other 15,055.776 kWh take the residual mix for 2024, cn-mee-2023's
	// 0.6096: 9,033.4656 + 144.5354496 = 9,178.0010496 kg.
	a := r.Facilities[0]
	if got, want := a.MarketBased.Exact, "9.1780010496"; got != want {
		t.Errorf("market-based a = %s, want %s", got, want)
	}
	// Location-based ignores instruments: 52,704 kWh × 0.5827 = 30,710.6208 kg.
	if got, want := a.LocationBased.Exact, "30.7106208"; got != want {
		t.Errorf("location-based a = %s, want %s", got, want)
	}
	if a.Matching == nil || a.Matching.Hourly.Percent != "71.43" || a.Matching.Annual.Percent != "71.43" {
		t.Errorf("matching a = %+v, want 71.43 hourly and annual", a.Matching)
	}
}

func TestSharedSupplyPriorityAndShares(t *testing.T) {
	// Priority b then a: b takes 8 kWh, a the remaining 2 kWh, every hour.
	p := sharedSupply(RulePriority, []SupplyUser{{Facility: "a", Priority: 2}, {Facility: "b", Priority: 1}})
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	// a: 2 × 8,784 = 17,568 kWh; b: 8 × 8,784 = 70,272 kWh.
	if got := r.Supplies[0].Users[0].Green.Value + " " + r.Supplies[0].Users[1].Green.Value; got != "17568.000 70272.000" {
		t.Errorf("priority greens = %s, want 17568.000 70272.000", got)
	}
	// Fixed shares 0.3 / 0.5 (0.2 uncontracted), no re-offer: a 3 kWh,
	// b 5 kWh each hour; 2 kWh surplus exported: 17,568 kWh = 20 % of 87,840.
	p = sharedSupply(RuleFixedShares, []SupplyUser{{Facility: "a", Share: "0.3"}, {Facility: "b", Share: "0.5"}})
	r, err = Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	s := r.Supplies[0]
	if got := s.Users[0].Green.Value + " " + s.Users[1].Green.Value + " " + s.Surplus.Value + " " + s.Ratios[2].Share.Percent; got != "26352.000 43920.000 17568.000 20.00" {
		t.Errorf("fixed shares = %s, want 26352.000 43920.000 17568.000 20.00", got)
	}
}

func TestSupplyErrors(t *testing.T) {
	base := func() Project {
		return sharedSupply(RuleFixedShares, []SupplyUser{{Facility: "a", Share: "0.6"}, {Facility: "b", Share: "0.5"}})
	}
	tests := []struct {
		name string
		edit func(*Project)
		want string
	}{
		{"shares above 1", func(p *Project) {}, "supply.shares_sum supplies[0].users"},
		{"share out of range", func(p *Project) { p.Supplies[0].Users[0].Share = "1.5" }, "number.range supplies[0].users[0].share"},
		{"unknown user", func(p *Project) { p.Supplies[0].Users[1] = SupplyUser{Facility: "zz", Share: "0.1"} }, "facility.unknown supplies[0].users[1].facility"},
		{"gap in generation", func(p *Project) {
			p.Supplies[0].Users[1].Share = "0.1"
			p.Supplies[0].Generation.Values = p.Supplies[0].Generation.Values[1:]
		}, "series.count supplies[0].generation.values"},
		{"negative hour", func(p *Project) {
			p.Supplies[0].Users[1].Share = "0.1"
			p.Facilities[0].Electricity.Hourly.Values[100] = "-1"
		}, "number.negative facilities[0].electricity.hourly.values[100]"},
		{"monthly user", func(p *Project) {
			p.Supplies[0].Users[1].Share = "0.1"
			p.Facilities[1].Electricity = Electricity{Unit: "kWh", Annual: "1"}
		}, "supply.user_hours supplies[0].users[1].facility"},
		{"no period", func(p *Project) { p.Period = nil }, "period.for_hourly period.start"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base()
			// Copy the series so that edits do not leak between cases.
			p.Facilities[0].Electricity.Hourly = flat(8784, "6")
			tt.edit(&p)
			errs := Check(p, factors.Default())
			if len(errs) == 0 || errs[0].Code+" "+errs[0].Field != tt.want {
				t.Errorf("errors = %v, want first %q", errs, tt.want)
			}
		})
	}
}

func TestPolicyChecks(t *testing.T) {
	// The pro-rata case: 100 % used on site, 71.43 % green, 0 % exported,
	// two users, so the multi-user notice 发改能源〔2026〕688号 applies. Its
	// thresholds (calc/policy, cn-direct-connection-thresholds.csv): ≥ 60 %
	// of generation used on site, ≥ 30 % of consumption green (≥ 35 % by
	// 2030, a target), ≤ 20 % exported. The 2024 period ends before the
	// notice was published (2026-05-20): shown, not in force.
	r, err := Calculate(sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}, {Facility: "b"}}), factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ratio := range r.Supplies[0].Ratios {
		for _, c := range ratio.Checks {
			got = append(got, fmt.Sprintf("%s %s%s met=%v target=%v in_force=%v", ratio.Metric, c.Comparator, c.Threshold, c.Met, c.Target, c.InForce))
			if !strings.Contains(c.Policy, "688号") {
				t.Errorf("policy = %q, want the multi-user notice", c.Policy)
			}
		}
	}
	want := []string{
		MetricUsedOnSite + " >=60 met=true target=false in_force=false",
		MetricGreenShare + " >=30 met=true target=false in_force=false",
		MetricGreenShare + " >=35 met=true target=true in_force=false",
		MetricExported + " <=20 met=true target=false in_force=false",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("checks:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Fixed shares 0.3/0.5 leave 20 % exported: exactly at the ≤ 20 % limit
	// (met, by the exact comparison).
	r, _ = Calculate(sharedSupply(RuleFixedShares, []SupplyUser{{Facility: "a", Share: "0.3"}, {Facility: "b", Share: "0.5"}}), factors.Default())
	if c := r.Supplies[0].Ratios[2].Checks[0]; !c.Met {
		t.Errorf("exported 20.00 %% against <=20: met = false, want true")
	}
	// Shares 0.3/0.4: 30 % exported, above the limit.
	r, _ = Calculate(sharedSupply(RuleFixedShares, []SupplyUser{{Facility: "a", Share: "0.3"}, {Facility: "b", Share: "0.4"}}), factors.Default())
	if c := r.Supplies[0].Ratios[2].Checks[0]; c.Met {
		t.Errorf("exported 30 %% against <=20: met = true, want false")
	}
}

func TestMixedSupplyNeedsItsRate(t *testing.T) {
	p := sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}, {Facility: "b"}})
	p.Supplies[0].Technology = "mixed"
	errs := Check(p, factors.Default())
	if len(errs) == 0 || errs[0].Field != "supplies[0].factor" {
		t.Fatalf("errors = %v, want supplies[0].factor required", errs)
	}
	// With a rate of 0.2 kg/kWh, user a's 37,648.224 kWh over the line emit
	// 7,529.6448 kg; the rest 15,055.776 kWh at the residual 0.6096 emit
	// 9,178.0010496 kg: 16,707.6458496 kg in all. Not green for matching.
	p.Supplies[0].Factor = &CustomFactor{Value: "0.2", Unit: "kgCO2/kWh", Source: "gas engine in the microgrid, test rate"}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Facilities[0].MarketBased.Exact; got != "16.7076458496" {
		t.Errorf("market-based a = %s, want 16.7076458496", got)
	}
	if m := r.Facilities[0].Matching; m.Annual.Percent != "0.00" || m.Hourly.Percent != "0.00" {
		t.Errorf("matched = %s hourly, %s annual; want 0.00: a fossil-rated line is not green", m.Hourly.Percent, m.Annual.Percent)
	}
}

func TestHourlyReport(t *testing.T) {
	p := sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}, {Facility: "b"}})
	p.Options.Hourly = true
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	a := r.Supplies[0].Users[0].Hours
	// Every hour a gets 4,286 Wh of its 6,000 (see TestSharedSupplyProRata).
	if a == nil || len(a.Green) != 8784 || a.Green[0] != "4.286" || a.Residual[8783] != "1.714" {
		t.Fatalf("hours of a = %v…", a)
	}
	p.Options.Hourly = false
	r, _ = Calculate(p, factors.Default())
	if r.Supplies[0].Users[0].Hours != nil {
		t.Error("hours reported without options.hourly")
	}
}
