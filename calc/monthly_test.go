package calc

import (
	"encoding/csv"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/shopspring/decimal"
)

// bills returns twelve readings: the given ones, then rest for the others.
func bills(rest string, first ...string) []string {
	out := make([]string, 12)
	for m := range out {
		out[m] = rest
		if m < len(first) {
			out[m] = first[m]
		}
	}
	return out
}

// monthColumns lists one column of a facility's monthly breakdown.
func monthColumns(ms []FacilityMonth, col func(FacilityMonth) string) string {
	var out []string
	for _, m := range ms {
		out = append(out, col(m))
	}
	return strings.Join(out, " ")
}

func TestFacilityMonthly(t *testing.T) {
	const org = "Example Co."
	facility := func(monthly []string) Project {
		return Project{Format: 1, Organisation: org, Period: &Period{Start: "2024-01"},
			Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-zhejiang"},
				Electricity: Electricity{Unit: "kWh", Monthly: monthly}}}}
	}
	gec := func(id, facility, mwh string) Certificate {
		return Certificate{ID: id, Scheme: "GEC", MWh: mwh, Market: "CN", RetiredFor: org, Facility: facility,
			Vintage: Vintage{From: "2024-01", To: "2024-03"}}
	}
	ppa := func(mwh, shape string) Contract {
		return Contract{ID: "ppa", Facility: "f", MWh: mwh, Technology: "wind", Market: "CN", Evidence: "PPA-1", Shape: shape}
	}
	// Three months of 1 kWh, nine of nothing.
	small := func() Project { return facility(bills("0", "1", "1", "1")) }
	withCertAndPPA := func() Project {
		p := small()
		p.Certificates = []Certificate{gec("gec", "f", "0.002")}
		p.Contracts = []Contract{ppa("0.0005", "annual")}
		return p
	}
	withSupplier := func() Project {
		p := withCertAndPPA()
		p.Facilities[0].Supplier = &CustomFactor{Value: "0.45", Unit: "kgCO2/kWh", Source: "Example Power disclosure 2024"}
		return p
	}
	// 2024 has 8,784 hours: a flat PPA of 8.784 MWh delivers 1 kWh every
	// hour, so 744 kWh in a 31-day month, 720 in a 30-day one and 696 in
	// February — more than February's 500 kWh bill.
	flatPPA := func() Project {
		p := facility(bills("1000", "1000", "500"))
		p.Contracts = []Contract{ppa("8.784", "flat")}
		return p
	}
	park := func() Project {
		data, err := os.ReadFile("../docs/examples/park-direct-line.json")
		if err != nil {
			t.Fatal(err)
		}
		p, err := Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	// The pro-rata park of TestSharedSupplyProRata (a takes 4,286 of its
	// 6,000 Wh every hour), with 20 MWh of GEC for a applied first.
	crowded := func() Project {
		p := sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}, {Facility: "b"}})
		p.Organisation = org
		p.Certificates = []Certificate{gec("gec", "a", "20")}
		return p
	}
	const nine0 = "0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000"
	tests := []struct {
		name    string
		project func() Project
		want    map[string]string // column → its twelve months, kWh
	}{
		{
			// Certificate, 2,000 Wh over the uncovered 1,000 Wh of each of
			// three months: 666.67 each, so 666 and the 2 Wh left to the
			// two earliest of the equal remainders: 667, 667, 666. Left
			// uncovered 333, 333, 334. Then the annual PPA, 500 Wh: 166.5,
			// 166.5, 167 → 166, 166, 167 and the 1 Wh left to January
			// (tie with February): 167, 166, 167. The rest at the residual
			// mix: 166, 167, 167.
			name: "certificate then annual PPA, ties to the earlier month", project: withCertAndPPA,
			want: map[string]string{
				"month":        "2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-07 2024-08 2024-09 2024-10 2024-11 2024-12",
				"load":         "1.000 1.000 1.000 " + nine0,
				"certificates": "0.667 0.667 0.666 " + nine0,
				"direct":       "0.000 0.000 0.000 " + nine0,
				"ppa":          "0.167 0.166 0.167 " + nine0,
				"supplier":     "0.000 0.000 0.000 " + nine0,
				"grid":         "0.166 0.167 0.167 " + nine0,
			},
		},
		{
			name: "a supplier rate takes the rest", project: withSupplier,
			want: map[string]string{
				"certificates": "0.667 0.667 0.666 " + nine0,
				"ppa":          "0.167 0.166 0.167 " + nine0,
				"supplier":     "0.166 0.167 0.167 " + nine0,
				"grid":         "0.000 0.000 0.000 " + nine0,
			},
		},
		{
			// Deliveries up to each month's load: 744 or 720 kWh, and
			// 500 of February's 696. The 196 kWh left over are spread over
			// what is uncovered: 256 kWh in each of the seven 31-day months,
			// 280 in each of the four 30-day ones (2,912 in all):
			// 196,000 × 256/2,912 = 17,230.769… Wh and 196,000 × 280/2,912
			// = 18,846.153… Wh; the floors add up to 195,994, and the 6 Wh
			// left go to the largest remainders (.769), the six earliest
			// 31-day months; December keeps 17,230.
			name: "flat PPA beyond a month's load", project: flatPPA,
			want: map[string]string{
				"load": "1000.000 500.000 1000.000 1000.000 1000.000 1000.000 1000.000 1000.000 1000.000 1000.000 1000.000 1000.000",
				"ppa":  "761.231 500.000 761.231 738.846 761.231 738.846 761.231 761.231 738.846 761.231 738.846 761.230",
				"grid": "238.769 0.000 238.769 261.154 238.769 261.154 238.769 238.769 261.154 238.769 261.154 238.770",
			},
		},
		{
			// docs/examples/README.md: the transformer works take 4,286 Wh
			// of 6,000 every hour, so 3,188.784 kWh of 4,464 in a 744-hour
			// month (2,983.056 of 4,176 in February, 3,085.920 of 4,320 in a
			// 720-hour month); the 10 MWh GEC is spread over what is left,
			// 1,714 Wh an hour, so in proportion to the hours:
			// 10,000,000 × 744/8,784 = 846,994.54, × 696/8,784 = 792,349.73,
			// × 720/8,784 = 819,672.13 Wh; the floors leave 5 Wh, to
			// February (.73) and the four earliest 744-hour months (.54).
			name: "direct line and certificate (park-direct-line example)", project: park,
			want: map[string]string{
				"load":         "4464.000 4176.000 4464.000 4320.000 4464.000 4320.000 4464.000 4464.000 4320.000 4464.000 4320.000 4464.000",
				"direct":       "3188.784 2983.056 3188.784 3085.920 3188.784 3085.920 3188.784 3188.784 3085.920 3188.784 3085.920 3188.784",
				"certificates": "846.995 792.350 846.995 819.672 846.995 819.672 846.995 846.994 819.672 846.994 819.672 846.994",
				"grid":         "428.221 400.594 428.221 414.408 428.221 414.408 428.221 428.222 414.408 428.222 414.408 428.222",
			},
		},
		{
			// The certificate covers 20,000 kWh first, so the line covers
			// only 52,704 − 20,000 = 32,704 of its 37,648.224 kWh: its months
			// are scaled to 32,704,000 Wh in proportion to the hours:
			// × 744/8,784 = 2,770,010.93, × 720/8,784 = 2,680,655.74,
			// × 696/8,784 = 2,591,300.55; the floors leave 10 Wh, to the
			// seven 744-hour months, then the three earliest 720-hour ones.
			// The certificate then covers all the rest of every month.
			name: "direct line scaled down when certificates come first", project: crowded,
			want: map[string]string{
				"direct":       "2770.011 2591.300 2770.011 2680.656 2770.011 2680.656 2770.011 2770.011 2680.656 2770.011 2680.655 2770.011",
				"certificates": "1693.989 1584.700 1693.989 1639.344 1693.989 1639.344 1693.989 1693.989 1639.344 1693.989 1639.345 1693.989",
				"grid":         "0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000",
			},
		},
	}
	columns := map[string]func(FacilityMonth) string{
		"month": func(m FacilityMonth) string { return m.Month }, "load": func(m FacilityMonth) string { return m.Load },
		"certificates": func(m FacilityMonth) string { return m.Certificates }, "direct": func(m FacilityMonth) string { return m.Direct },
		"ppa": func(m FacilityMonth) string { return m.PPA }, "supplier": func(m FacilityMonth) string { return m.Supplier },
		"grid": func(m FacilityMonth) string { return m.Grid },
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Calculate(tt.project(), factors.Default())
			if err != nil {
				t.Fatal(err)
			}
			ms := r.Facilities[0].Monthly
			if len(ms) != 12 {
				t.Fatalf("%d months, want 12", len(ms))
			}
			for col, want := range tt.want {
				if got := monthColumns(ms, columns[col]); got != want {
					t.Errorf("%s:\ngot  %s\nwant %s", col, got, want)
				}
			}
		})
	}
}

// TestFacilityMonthlyOmitted checks that a facility whose consumption per
// month is unknown has no monthly breakdown, and that a period is needed.
func TestFacilityMonthlyOmitted(t *testing.T) {
	facility := func(e Electricity) Project {
		return Project{Format: 1, Period: &Period{Start: "2024-01"},
			Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "national"}, Electricity: e}}}
	}
	noPeriod := facility(Electricity{Unit: "kWh", Monthly: bills("1")})
	noPeriod.Period = nil
	tests := []struct {
		name string
		p    Project
		want int
	}{
		{"annual reading", facility(Electricity{Unit: "kWh", Annual: "1200"}), 0},
		{"annual reading with a profile", facility(Electricity{Unit: "kWh", Annual: "1200", Profile: &LoadProfile{Shifts: 3, Days: "every-day"}}), 12},
		{"monthly bills", facility(Electricity{Unit: "kWh", Monthly: bills("1")}), 12},
		{"monthly bills without a period", noPeriod, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Calculate(tt.p, factors.Default())
			if err != nil {
				t.Fatal(err)
			}
			if got := len(r.Facilities[0].Monthly); got != tt.want {
				t.Errorf("%d months, want %d", got, tt.want)
			}
		})
	}
	// An annual 1,200 kWh on a profile is split among the months by their
	// hours first (the profile's rule): 1,200,000 Wh × 744/8,784 =
	// 101,639.34, × 696/8,784 = 95,081.97, × 720/8,784 = 98,360.66; the
	// floors leave 6 Wh, to February (.97), the four 720-hour months (.66)
	// and January, the earliest of the 744-hour months (.34).
	r, _ := Calculate(tests[1].p, factors.Default())
	if got := monthColumns(r.Facilities[0].Monthly, func(m FacilityMonth) string { return m.Grid }); got !=
		"101.640 95.082 101.639 98.361 101.639 98.361 101.639 101.639 98.361 101.639 98.361 101.639" {
		t.Errorf("months of an annual reading on a profile: grid %s", got)
	}
}

func TestHourlyShare(t *testing.T) {
	// A facility whose load cycles 0, 3, 6 kWh, alone on a line that
	// makes 2 kWh every hour: it takes 0, 2, 2 kWh, so −1 (no load),
	// ⌊1000 × 2/3⌋ = 666 and ⌊1000 × 2/6⌋ = 333.
	cycle := func() Project {
		vals := make([]string, 8784)
		for h := range vals {
			vals[h] = []string{"0", "3", "6"}[h%3]
		}
		return Project{Format: 1, Period: &Period{Start: "2024-01"}, Options: Options{HourlyShare: true},
			Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"},
				Electricity: Electricity{Unit: "kWh", Hourly: &Series{StepMinutes: 60, Values: vals}}}},
			Supplies: []Supply{{ID: "pv", Kind: "direct-line", Technology: "solar", Unit: "kWh", Generation: flat(8784, "2"),
				Rule: RuleProRata, Surplus: "exported", Users: []SupplyUser{{Facility: "f"}}}}}
	}
	fossil := func() Project {
		p := cycle()
		p.Supplies[0].Technology = "mixed"
		p.Supplies[0].Factor = &CustomFactor{Value: "0.3", Unit: "kgCO2/kWh", Source: "gas engine datasheet"}
		return p
	}
	// The pro-rata park: a takes 4,286 of 6,000 Wh, ⌊714.33⌋ = 714;
	// with a flat PPA of 2 kWh an hour on top it is fully matched.
	park := func() Project {
		p := sharedSupply(RuleProRata, []SupplyUser{{Facility: "a"}, {Facility: "b"}})
		p.Options.HourlyShare = true
		return p
	}
	parkPPA := func() Project {
		p := park()
		p.Contracts = []Contract{{ID: "ppa", Facility: "a", MWh: "17.568", Technology: "wind", Market: "CN", Evidence: "PPA-1", Shape: "flat"}}
		return p
	}
	// Bills on one 08:00–16:00 shift, Monday to Friday, no base load: 1
	// January 2024 is a public holiday (no load all day, −1); on Tuesday 2
	// January 07:00 (hour 31) there is no load, at 08:00 (hour 32) there is,
	// and nothing green covers it: 0. The hours are synthesized: estimate.
	profile := func() Project {
		return Project{Format: 1, Period: &Period{Start: "2024-01"}, Options: Options{HourlyShare: true},
			Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "national"},
				Electricity: Electricity{Unit: "kWh", Monthly: bills("1000"), Profile: &LoadProfile{Shifts: 1, Days: "mon-fri", BasePermille: -1}}}}}
	}
	tests := []struct {
		name    string
		project func() Project
		hours   []int // hours to look at
		want    string
		flags   string
	}{
		{"line, hours without load", cycle, []int{0, 1, 2, 3, 8783}, "-1 666 333 -1 333", ""},
		{"fossil-rated line is not green", fossil, []int{0, 1, 2}, "-1 0 0", ""},
		{"shared line, rounded down", park, []int{0, 4000, 8783}, "714 714 714", ""},
		{"flat PPA on top, capped at the load", parkPPA, []int{0, 8783}, "1000 1000", ""},
		{"synthesized profile", profile, []int{8, 31, 32}, "-1 -1 0", FlagEstimate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Calculate(tt.project(), factors.Default())
			if err != nil {
				t.Fatal(err)
			}
			hs := r.Facilities[0].HourlyShare
			if hs == nil {
				t.Fatal("no hourly share")
			}
			if hs.Start != "2024-01-01T00:00" || len(hs.Permille) != 8784 {
				t.Errorf("start %s, %d hours; want 2024-01-01T00:00, 8784", hs.Start, len(hs.Permille))
			}
			var got []string
			for _, h := range tt.hours {
				got = append(got, strconv.Itoa(hs.Permille[h]))
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("permille at %v = %s, want %s", tt.hours, strings.Join(got, " "), tt.want)
			}
			if f := strings.Join(hs.Flags, " "); f != tt.flags {
				t.Errorf("flags %q, want %q", f, tt.flags)
			}
		})
	}
	// Without the option, or without hours, there is none.
	p := park()
	p.Options.HourlyShare = false
	r, _ := Calculate(p, factors.Default())
	if r.Facilities[0].HourlyShare != nil {
		t.Error("hourly share without options.hourly_share")
	}
	p = Project{Format: 1, Period: &Period{Start: "2024-01"}, Options: Options{HourlyShare: true},
		Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "national"}, Electricity: Electricity{Unit: "kWh", Monthly: bills("1")}}}}
	r, _ = Calculate(p, factors.Default())
	if r.Facilities[0].HourlyShare != nil {
		t.Error("hourly share for a facility without hours")
	}
}

// TestCSVMonthly checks that the monthly breakdown reaches the CSV table
// as rows of the same six columns.
func TestCSVMonthly(t *testing.T) {
	p := Project{Format: 1, Organisation: "Example Co.", Period: &Period{Start: "2024-01"},
		Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-zhejiang"},
			Electricity: Electricity{Unit: "kWh", Monthly: bills("0", "1", "1", "1")}}},
		Certificates: []Certificate{{ID: "gec", Scheme: "GEC", MWh: "0.002", Market: "CN", RetiredFor: "Example Co.", Facility: "f",
			Vintage: Vintage{From: "2024-01", To: "2024-03"}}}}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	out := string(CSV(r))
	// As in TestFacilityMonthly: 2,000 Wh over three months of 1,000 Wh,
	// 667, 667, 666; the rest at the residual mix.
	for _, row := range []string{
		"facility:f/month:2024-01,load,1.000,kWh,1.000,\n",
		"facility:f/month:2024-01,certificates,0.667,kWh,0.667,\n",
		"facility:f/month:2024-03,certificates,0.666,kWh,0.666,\n",
		"facility:f/month:2024-03,grid,0.334,kWh,0.334,\n",
		"facility:f/month:2024-12,supplier,0.000,kWh,0.000,\n",
	} {
		if !strings.Contains(out, row) {
			t.Errorf("CSV lacks the row %q", row)
		}
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll() // refuses rows of another width
	if err != nil {
		t.Fatal(err)
	}
	// Header, 3 organisation figures, the facility's electricity, 3
	// figures and 2 matched shares, then 12 months × 6 sources.
	if got, want := len(recs), 1+3+6+12*6; got != want {
		t.Errorf("%d rows, want %d", got, want)
	}
}

// TestMonthlyAddsUp builds random projects with every kind of instrument —
// certificates (some refused), PPAs shaped annual, flat and hourly (some at
// a fossil rate, some refused), a supplier rate, a shared line — on
// monthly bills or hourly loads, and checks the invariants of the monthly
// breakdown: no part is negative, the parts of every month add up to its
// load, the loads to the facility's energy, and each source over the year
// to what the instruments of that kind cover.
func TestMonthlyAddsUp(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	projects := 200
	if testing.Short() {
		projects = 40
	}
	const org = "Example Co."
	wh := func(kwh string) int64 { return decimal.RequireFromString(kwh).Shift(3).IntPart() }
	for trial := range projects {
		start := []string{"2024-01", "2025-07"}[trial%2]
		sp := newSpan(map[string]int{"2024-01": 2024, "2025-07": 2025}[start], map[string]time.Month{"2024-01": 1, "2025-07": 7}[start])
		hours := sp.hours
		sparse := func(max int64) ([]int64, *Series) {
			xs := make([]int64, hours)
			vals := make([]string, hours)
			for h := range vals {
				vals[h] = "0"
			}
			for range 60 {
				h := r.IntN(hours)
				xs[h] = r.Int64N(max)
				vals[h] = decimal.New(xs[h], -3).String()
			}
			return xs, &Series{StepMinutes: 60, Values: vals}
		}
		p := Project{Format: 1, Organisation: org, Period: &Period{Start: start}, Options: Options{HourlyShare: true}}
		var total [3]int64
		for i := range 3 {
			f := Facility{ID: "f" + strconv.Itoa(i), Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"}}
			if i == 2 || r.IntN(2) == 0 {
				ms := make([]string, 12)
				for m := range ms {
					if r.IntN(4) > 0 {
						x := r.Int64N(5_000_000)
						ms[m] = decimal.New(x, -3).String()
						total[i] += x
					} else {
						ms[m] = "0"
					}
				}
				f.Electricity = Electricity{Unit: "kWh", Monthly: ms}
			} else {
				xs, s := sparse(20_000_000)
				for _, x := range xs {
					total[i] += x
				}
				f.Electricity = Electricity{Unit: "kWh", Hourly: s}
			}
			if r.IntN(3) == 0 {
				f.Supplier = &CustomFactor{Value: "0.45", Unit: "kgCO2/kWh", Source: "supplier disclosure"}
			}
			p.Facilities = append(p.Facilities, f)
		}
		var users []SupplyUser
		for _, f := range p.Facilities {
			if f.Electricity.Hourly != nil && r.IntN(3) > 0 {
				users = append(users, SupplyUser{Facility: f.ID})
			}
		}
		if len(users) > 0 {
			_, gen := sparse(40_000_000)
			p.Supplies = []Supply{{ID: "pv", Kind: "direct-line", Technology: "solar", Unit: "kWh", Generation: gen,
				Rule: RuleProRata, Surplus: "curtailed", Users: users}}
		}
		// Volumes up to 60 % of a facility's energy, or now and then up
		// to 120 %, so that some instruments find nothing left to cover
		// and certificates leave a direct line less than it delivered.
		volume := func(i int) int64 {
			if r.IntN(3) == 0 {
				return r.Int64N(total[i]*12/10 + 2)
			}
			return r.Int64N(total[i]*6/10 + 2)
		}
		for k := range r.IntN(4) {
			i := r.IntN(3)
			retired := org
			if r.IntN(5) == 0 {
				retired = "Someone Else Ltd."
			}
			p.Certificates = append(p.Certificates, Certificate{ID: "c" + strconv.Itoa(k), Scheme: "GEC", MWh: decimal.New(volume(i), -6).String(),
				Market: "CN", RetiredFor: retired, Facility: p.Facilities[i].ID, Vintage: Vintage{From: start, To: start}})
		}
		for k := range r.IntN(4) {
			i := r.IntN(3)
			c := Contract{ID: "p" + strconv.Itoa(k), Facility: p.Facilities[i].ID, Technology: "wind", Market: "CN", Evidence: "PPA"}
			if r.IntN(5) == 0 {
				c.Evidence = "" // refused
			}
			if r.IntN(4) == 0 {
				c.Technology, c.Factor = "mixed", &CustomFactor{Value: "0.3", Unit: "kgCO2/kWh", Source: "plant datasheet"}
			}
			var v int64
			switch r.IntN(3) {
			case 0:
				v = volume(i)
			case 1:
				c.Shape, v = "flat", volume(i)
			default:
				xs, s := sparse(30_000_000)
				for _, x := range xs {
					v += x
				}
				c.Shape, c.Hourly = "hourly", s
			}
			c.MWh = decimal.New(v, -6).String()
			p.Contracts = append(p.Contracts, c)
		}
		res, err := Calculate(p, factors.Default())
		if err != nil {
			t.Fatalf("project %d: %v", trial, err)
		}
		for i, f := range res.Facilities {
			if len(f.Monthly) != 12 {
				t.Fatalf("project %d facility %d: %d months", trial, i, len(f.Monthly))
			}
			covered := map[string]int64{}
			for _, in := range f.Instruments {
				kind := in.Kind
				if kind == "residual-mix" || kind == "grid-average" {
					kind = "grid"
				}
				covered[kind] += wh(in.Covered.Value)
			}
			year := map[string]int64{}
			var load int64
			for m, fm := range f.Monthly {
				if want := sp.start.AddDate(0, m, 0).Format("2006-01"); fm.Month != want {
					t.Fatalf("project %d facility %d: month %d is %s, want %s", trial, i, m, fm.Month, want)
				}
				parts := map[string]int64{"certificate": wh(fm.Certificates), "direct-line": wh(fm.Direct), "ppa": wh(fm.PPA),
					"supplier": wh(fm.Supplier), "grid": wh(fm.Grid)}
				var sum int64
				for kind, x := range parts {
					if x < 0 {
						t.Fatalf("project %d facility %d %s: %s is negative: %+v", trial, i, fm.Month, kind, fm)
					}
					sum += x
					year[kind] += x
				}
				if sum != wh(fm.Load) {
					t.Fatalf("project %d facility %d %s: parts add up to %d Wh, load %s kWh: %+v", trial, i, fm.Month, sum, fm.Load, fm)
				}
				load += sum
			}
			if load != wh(f.Energy.Value) {
				t.Fatalf("project %d facility %d: months add up to %d Wh, energy %s kWh", trial, i, load, f.Energy.Value)
			}
			for _, kind := range []string{"certificate", "direct-line", "ppa", "supplier", "grid"} {
				if year[kind] != covered[kind] {
					t.Fatalf("project %d facility %d: %s over the months %d Wh, covered %d Wh", trial, i, kind, year[kind], covered[kind])
				}
			}
			if hs := f.HourlyShare; (hs != nil) != (p.Facilities[i].Electricity.Hourly != nil) {
				t.Fatalf("project %d facility %d: hourly share %v for hourly data %v", trial, i, hs != nil, p.Facilities[i].Electricity.Hourly != nil)
			} else if hs != nil {
				for h, x := range hs.Permille {
					if x < -1 || x > 1000 {
						t.Fatalf("project %d facility %d hour %d: permille %d", trial, i, h, x)
					}
				}
			}
		}
	}
}
