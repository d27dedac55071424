package calc

import (
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// twoUsers is a multi-user project over June 2026 to May 2027 (688号 in
// force, 8,760 hours): a plant generating gen kWh in hour 0, user X with
// loadX kWh in hour 0 and user Y with loadY kWh in hour 1, of two
// companies.
func twoUsers(gen, loadX, loadY string) Project {
	return Project{Format: 1, Organisation: "Park Operator Co.", Period: &Period{Start: "2026-06"},
		Facilities: []Facility{
			{ID: "x", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"}, Electricity: Electricity{Unit: "kWh", Hourly: yearOf(map[int]string{0: loadX})}},
			{ID: "y", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"}, Electricity: Electricity{Unit: "kWh", Hourly: yearOf(map[int]string{1: loadY})}},
		},
		Supplies: []Supply{{ID: "pv", Kind: "microgrid", Technology: "solar", Unit: "kWh", Generation: yearOf(map[int]string{0: gen}),
			Rule: RuleProRata, Surplus: "exported", Users: []SupplyUser{{Facility: "x", Entity: "X Co."}, {Facility: "y", Entity: "Y Co."}}}}}
}

const notice688 = "发改能源〔2026〕688号"

// ratioCheck returns the in-force check of the 688号 notice on metric, or
// the provincial cap's when provincial is set.
func ratioCheck(t *testing.T, r Result, metric string, provincial bool) ThresholdCheck {
	t.Helper()
	for _, ra := range r.Supplies[0].Ratios {
		for _, c := range ra.Checks {
			if ra.Metric == metric && !c.Target && (provincial == (c.Policy == providedByUser)) && (provincial || strings.HasPrefix(c.Policy, notice688)) {
				return c
			}
		}
	}
	t.Fatalf("no check of %s (provincial %v) in %+v", metric, provincial, r.Supplies[0].Ratios)
	return ThresholdCheck{}
}

func policyCheck(t *testing.T, r Result, metric string) PolicyCheck {
	t.Helper()
	for _, c := range r.Supplies[0].Checks {
		if c.Metric == metric {
			return c
		}
	}
	t.Fatalf("no check of %s in %+v", metric, r.Supplies[0].Checks)
	return PolicyCheck{}
}

func calc688(t *testing.T, p Project) Result {
	t.Helper()
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The ratio thresholds of 688号 (data: cn-direct-connection-thresholds.csv:
// ≥ 60 % of generation used on site, ≥ 30 % of consumption green, ≤ 20 %
// exported), each exactly at its boundary and one watt-hour past it.
func TestRatios688AtBoundary(t *testing.T) {
	for _, c := range []struct {
		name             string
		gen, loadX, load string
		metric           string
		met              bool
	}{
		{"used on site 60 %", "100", "60", "0", MetricUsedOnSite, true},          // 60 of 100
		{"used on site 59.999 %", "100", "59.999", "0", MetricUsedOnSite, false}, // 59.999 of 100
		{"green 30 %", "30", "30", "70", MetricGreenShare, true},                 // 30 of 30 + 70
		{"green 29.9999 %", "30", "30", "70.001", MetricGreenShare, false},       // 30 of 100.001
		{"exported 20 %", "100", "80", "0", MetricExported, true},                // 20 of 100
		{"exported 20.001 %", "100", "79.999", "0", MetricExported, false},       // 20.001 of 100
	} {
		t.Run(c.name, func(t *testing.T) {
			r := calc688(t, twoUsers(c.gen, c.loadX, c.load))
			got := ratioCheck(t, r, c.metric, false)
			if got.Met != c.met || !got.InForce {
				t.Errorf("met %v in force %v, want met %v in force", got.Met, got.InForce, c.met)
			}
		})
	}
}

// A provincial cap entered by the user replaces the notice's 20 %.
func TestProvincialExportCap(t *testing.T) {
	for _, c := range []struct {
		loadX string
		met   bool
	}{{"90", true}, {"89.999", false}} { // exported 10 and 10.001 of 100
		p := twoUsers("100", c.loadX, "0")
		p.Supplies[0].ExportCap = "10"
		r := calc688(t, p)
		got := ratioCheck(t, r, MetricExported, true)
		if got.Met != c.met || !got.InForce || got.Threshold != "10" || got.Verification != "custom" {
			t.Errorf("load %s: provincial check %+v, want met %v, in force, threshold 10, custom", c.loadX, got, c.met)
		}
		notice := ratioCheck(t, r, MetricExported, false)
		if !notice.Met || notice.InForce || !notice.Overridden {
			t.Errorf("load %s: the notice's 20 %% check %+v, want met, overridden, not in force", c.loadX, notice)
		}
	}
}

func TestEntities688(t *testing.T) {
	p := twoUsers("100", "80", "20")
	r := calc688(t, p)
	if got := policyCheck(t, r, MetricEntities); !got.Met || got.Figure != "2" || got.Threshold != "2" || got.Unit != "legal entities" || !got.InForce {
		t.Errorf("two companies: %+v, want 2 ≥ 2 met", got)
	}
	p.Supplies[0].Users[1].Entity = "  x  co. " // the same company, written differently
	r = calc688(t, p)
	if got := policyCheck(t, r, MetricEntities); got.Met || got.Figure != "1" {
		t.Errorf("one company: %+v, want 1, not met", got)
	}
	p.Supplies[0].Users[1].Entity = ""
	p.Organisation = "X Co." // a user without an entity is the reporting organisation
	r = calc688(t, p)
	if got := policyCheck(t, r, MetricEntities); got.Met || got.Figure != "1" {
		t.Errorf("one company, the organisation: %+v, want 1, not met", got)
	}
}

func TestCurtailment688(t *testing.T) {
	for _, c := range []struct {
		name   string
		loadX  string
		cur    Curtailment
		surp   string
		figure string
		met    bool
	}{
		{"window, nothing exported", "100", Curtailment{Daily: &DailyWindow{From: "00:00", To: "01:00"}}, "exported", "0.000", true},
		{"window, one Wh exported", "99.999", Curtailment{Daily: &DailyWindow{From: "00:00", To: "01:00"}}, "exported", "0.001", false},
		{"window over midnight", "99.999", Curtailment{Daily: &DailyWindow{From: "23:00", To: "01:00"}}, "exported", "0.001", false},
		{"window elsewhere", "50", Curtailment{Daily: &DailyWindow{From: "01:00", To: "24:00"}}, "exported", "0.000", true},
		{"hour list", "50", Curtailment{Hours: []string{"2026-06-01T00:00"}}, "exported", "50.000", false},
		{"hour list, another hour", "50", Curtailment{Hours: []string{"2026-06-02T00:00"}}, "exported", "0.000", true},
		{"curtailed, not exported", "50", Curtailment{Hours: []string{"2026-06-01T00:00"}}, "curtailed", "0.000", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := twoUsers("100", c.loadX, "10")
			p.Supplies[0].Curtailment = &c.cur
			p.Supplies[0].Surplus = c.surp
			got := policyCheck(t, calc688(t, p), MetricCurtailExport)
			if got.Met != c.met || got.Figure != c.figure || got.Threshold != "0" || got.Unit != "kWh" {
				t.Errorf("%+v, want %s kWh, met %v", got, c.figure, c.met)
			}
		})
	}
	// Without marked hours there is nothing to check.
	for _, c := range calc688(t, twoUsers("100", "50", "10")).Supplies[0].Checks {
		if c.Metric == MetricCurtailExport {
			t.Errorf("a curtailment check without curtailment hours: %+v", c)
		}
	}
}

func TestHourlyTraceability688(t *testing.T) {
	p := twoUsers("100", "50", "10")
	if got := policyCheck(t, calc688(t, p), MetricHourlyTraced); !got.Met || got.Figure != "1" || got.Unit != "hour" {
		t.Errorf("metered: %+v, want 1 hour, met", got)
	}
	p.Supplies[0].Generation = nil
	eight := 8
	p.Supplies[0].Solar = &SolarProfile{CapacityKW: "100", Latitude: "31.3", Longitude: "120.6", UTCOffset: &eight, Yield: []string{"80", "90", "100", "110", "120", "120", "130", "130", "110", "100", "90", "80"}}
	if got := policyCheck(t, calc688(t, p), MetricHourlyTraced); got.Met || got.Figure != "none" {
		t.Errorf("synthesized generation: %+v, want none, not met", got)
	}
}

// Before 688号 was published, its checks are shown but not in force.
func TestNotInForceBefore688(t *testing.T) {
	p := twoUsers("100", "80", "20")
	p.Period.Start = "2025-01" // ends 2025-12-31
	r := calc688(t, p)
	if got := policyCheck(t, r, MetricEntities); got.InForce {
		t.Errorf("%+v: in force before the notice", got)
	}
	if got := ratioCheck(t, r, MetricUsedOnSite, false); got.InForce {
		t.Errorf("%+v: in force before the notice", got)
	}
}

func TestOperatorInputRefused(t *testing.T) {
	for _, c := range []struct {
		name  string
		edit  func(*Project)
		code  string
		field string
	}{
		{"uscc check character", func(p *Project) { p.Supplies[0].Users[0].USCC = "91350100M000100Y44" }, CodeUSCC, "supplies[0].users[0].uscc"},
		{"one code, two names", func(p *Project) {
			p.Supplies[0].Users[0].USCC, p.Supplies[0].Users[1].USCC = "91350100M000100Y43", "91350100M000100Y43"
		}, CodeEntityCodeTwice, "supplies[0].users[1].entity"},
		{"export cap over 100", func(p *Project) { p.Supplies[0].ExportCap = "100.1" }, CodeExportCap, "supplies[0].export_cap"},
		{"export cap not a number", func(p *Project) { p.Supplies[0].ExportCap = "20%" }, CodeSyntax, "supplies[0].export_cap"},
		{"window not whole hours", func(p *Project) {
			p.Supplies[0].Curtailment = &Curtailment{Daily: &DailyWindow{From: "11:30", To: "14:00"}}
		}, CodeCurtailFrom, "supplies[0].curtailment.daily.from"},
		{"hour outside the period", func(p *Project) { p.Supplies[0].Curtailment = &Curtailment{Hours: []string{"2026-05-31T23:00"}} }, CodeCurtailOutside, "supplies[0].curtailment.hours[0]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := twoUsers("100", "80", "20")
			c.edit(&p)
			errs := Check(p, factors.Default())
			if len(errs) != 1 || errs[0].Code != c.code || errs[0].Field != c.field {
				t.Errorf("got %v, want %s at %s", errs, c.code, c.field)
			}
		})
	}
}

// In an operator's project the users of other companies are computed but
// are not the organisation's emissions: its totals leave them out.
func TestOperatorTotals(t *testing.T) {
	p := twoUsers("100", "80", "20")
	p.Organisation = "x co." // user X is the organisation itself, Y another company
	r := calc688(t, p)
	x := r.Facilities[0]
	if r.LocationBased.Exact != x.LocationBased.Exact || r.MarketBased.Exact != x.MarketBased.Exact || len(r.MarketBased.Trace[0].Inputs) != 1 {
		t.Errorf("totals %s / %s from %d inputs, want facility x's alone: %s / %s",
			r.LocationBased.Exact, r.MarketBased.Exact, len(r.MarketBased.Trace[0].Inputs), x.LocationBased.Exact, x.MarketBased.Exact)
	}
	if y := r.Facilities[1]; y.MarketBased.Exact == "0" || y.LocationBased.Exact == "0" {
		t.Errorf("facility y (another company) is not computed: %+v", y.MarketBased)
	}
	p.Organisation = "Park Operator Co." // both users are other companies
	if r = calc688(t, p); r.LocationBased.Exact != "0" || r.MarketBased.Exact != "0" {
		t.Errorf("an operator that uses nothing itself has totals %s / %s, want 0", r.LocationBased.Exact, r.MarketBased.Exact)
	}
}
