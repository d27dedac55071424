package calc

import (
	"encoding/json"
	"reflect"
	"runtime"
	"strconv"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// BenchmarkRunMonthly times the whole path a browser request takes for a
// one-facility project with twelve monthly bills: decode, check, compute,
// encode. Run natively and under GOOS=js GOARCH=wasm (make bench).
func BenchmarkRunMonthly(b *testing.B) {
	in := []byte(`{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"province-jiangsu"},
		"electricity":{"unit":"kWh","monthly":["100000","110000","120000","130000","140000","150000","160000","150000","140000","130000","120000","110000.5"]}}]}`)
	Run(in) // load the tables outside the timing
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := Run(in); !ok {
			b.Fatal("run failed")
		}
	}
}

// benchProject is a year (2025, 8,760 hours) of one solar-like supply
// shared pro rata by users with varied hourly loads.
func benchProject(users int) Project {
	const hours = 8760
	gen := make([]string, hours)
	for h := range gen {
		hod := h % 24
		if hod >= 6 && hod < 18 {
			gen[h] = strconv.Itoa((6 - abs(hod-12)) * 50 * users) // kWh, peak at noon
		} else {
			gen[h] = "0"
		}
	}
	p := Project{Format: 1, Period: &Period{Start: "2025-01"},
		Supplies: []Supply{{ID: "plant", Kind: "microgrid", Technology: "solar", Unit: "kWh", Generation: &Series{StepMinutes: 60, Values: gen},
			Rule: RuleProRata, Surplus: "exported"}}}
	for u := range users {
		load := make([]string, hours)
		for h := range load {
			load[h] = strconv.Itoa(100+(h*7+u*13)%90) + ".5"
		}
		id := "u" + strconv.Itoa(u)
		p.Facilities = append(p.Facilities, Facility{ID: id, Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"},
			Electricity: Electricity{Unit: "kWh", Hourly: &Series{StepMinutes: 60, Values: load}}})
		p.Supplies[0].Users = append(p.Supplies[0].Users, SupplyUser{Facility: id})
	}
	return p
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// BenchmarkYearSupply computes every output of a full year × n users on
// one supply, from the decoded project (readings still text): parse, check,
// allocate hour by hour, both Scope 2 figures, matching, ratios.
func BenchmarkYearSupply(b *testing.B) {
	for _, users := range []int{10, 100, 1000} {
		p := benchProject(users)
		b.Run(strconv.Itoa(users)+"users", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Calculate(p, factors.Default()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkYearCompute is BenchmarkYearSupply without reading the text:
// from the checked project (readings already whole watt-hours) to every
// output — hourly allocation, both Scope 2 figures per user, matching,
// monthly flows, policy ratios and their threshold checks.
func BenchmarkYearCompute(b *testing.B) {
	for _, users := range []int{10, 100, 1000} {
		b.Run(strconv.Itoa(users)+"users", func(b *testing.B) {
			// Set up inside the sub-benchmark, so that -bench
			// YearCompute/100users (make bench) builds only its project.
			m, errs := check(benchProject(users), factors.Default())
			if len(errs) > 0 {
				b.Fatal(errs)
			}
			// Building the project leaves tens of megabytes of garbage
			// and a collection under way; finish it here, as testing
			// does before every benchmark, so that the timing is
			// compute's. In wasm (one thread) the leftover marking,
			// write barriers and heap growth otherwise fall inside it.
			runtime.GC()
			b.ReportAllocs()
			for b.Loop() {
				compute(m, factors.Default())
			}
		})
	}
}

// BenchmarkAllocate times the hourly allocation loop alone, a year × 100
// users, for each rule.
func BenchmarkAllocate(b *testing.B) {
	const hours, users = 8760, 100
	load := make([]int64, hours*users)
	gen := make([]int64, hours)
	for h := range gen {
		gen[h] = int64(h%24) * 4_000_000
		for u := range users {
			load[h*users+u] = int64(100_000 + (h*7+u*13)%90_000)
		}
	}
	shares := make([]int64, users+1)
	for u := range users {
		shares[u] = 9_000
	}
	shares[users] = shareUnit - 9_000*users
	order := make([]int, users)
	for u := range order {
		order[u] = users - 1 - u
	}
	for _, rule := range []string{RuleProRata, RuleFixedShares, RulePriority} {
		b.Run(rule, func(b *testing.B) {
			a := newAllocator(rule, users, shares, order, true)
			out := make([]int64, users)
			for b.Loop() {
				for h := range hours {
					a.hour(gen[h], load[h*users:(h+1)*users], out)
				}
			}
		})
	}
}

// BenchmarkRunTenEstimated times the browser's request for a 10-facility
// project of monthly bills with operating patterns and one shared solar
// plant estimated from its capacity, with the hourly shares the heat maps
// need: what one keystroke on the assessment page costs.
func BenchmarkRunTenEstimated(b *testing.B) {
	in := `{"format":1,"period":{"start":"2024-01"},"facilities":[`
	users := ""
	for i := range 10 {
		if i > 0 {
			in += ","
			users += ","
		}
		v := `"` + strconv.Itoa(50000+1000*i) + `"`
		in += `{"id":"f` + strconv.Itoa(i) + `","grid":{"table":"cn-mee-2023","key":"province-jiangsu"},"electricity":{"unit":"kWh","monthly":[` +
			v + "," + v + "," + v + "," + v + "," + v + "," + v + "," + v + "," + v + "," + v + "," + v + "," + v + "," + v +
			`],"profile":{"shifts":2,"days":"mon-sat"}}}`
		users += `{"facility":"f` + strconv.Itoa(i) + `"}`
	}
	in += `],"supplies":[{"id":"s","kind":"microgrid","technology":"solar","unit":"kWh","solar":{"capacity_kw":"2000","latitude":"31.3",` +
		`"longitude":"120.6","utc_offset_hours":8,"monthly_yield":["70","80","100","110","120","110","120","120","100","90","80","70"]},` +
		`"rule":"pro-rata","surplus":"exported","users":[` + users + `]}],"options":{"hourly_share":true}}`
	if _, ok := Run([]byte(in)); !ok {
		b.Fatal("run failed")
	}
	b.ReportAllocs()
	for b.Loop() {
		Run([]byte(in))
	}
}

// BenchmarkStrictYear100 times the old strict pass alone (duplicate keys,
// case, unknown fields, with their paths; kept in oldjson_test.go) over
// the project of BenchmarkDecodeYear100: a year of hourly data for 100
// supply users. Decode no longer has such a pass: it reads strictly and
// decodes in one (BenchmarkDecodeYear100, BenchmarkCodec).
func BenchmarkStrictYear100(b *testing.B) {
	data, err := json.Marshal(benchProject(100))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if errs := strict(data, reflect.TypeFor[Project]()); errs != nil {
			b.Fatal(errs)
		}
	}
}
