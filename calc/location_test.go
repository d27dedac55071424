package calc

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// project builds a one-facility project with the given grid key and electricity.
func project(key string, e Electricity) Project {
	return Project{Format: 1, Facilities: []Facility{{ID: "f1", Grid: FactorRef{Table: "cn-mee-2023", Key: key}, Electricity: e}}}
}

func months(vals ...string) []string { return vals }

func TestLocationBased(t *testing.T) {
	// Expected values are worked by hand: tCO2 = kWh × kgCO2/kWh ÷ 1000,
	// factors from cn-mee-2023 (MEE/NBS 2023 factors).
	tests := []struct {
		name       string
		key        string
		e          Electricity
		wantEnergy string
		wantValue  string
		wantExact  string
	}{
		{
			// 1,200,000 × 0.5827 = 699,240 kg = 699.24 t.
			name: "Jiangsu annual kWh", key: "province-jiangsu",
			e:          Electricity{Unit: "kWh", Annual: "1200000"},
			wantEnergy: "1200000.000", wantValue: "699.240", wantExact: "699.24",
		},
		{
			// 2.5 MWh = 2,500 kWh; × 0.5306 = 1,326.5 kg = 1.3265 t, shown 1.327
			// (half away from zero at the third decimal).
			name: "national MWh rounds half up", key: "national",
			e:          Electricity{Unit: "MWh", Annual: "2.5"},
			wantEnergy: "2500.000", wantValue: "1.327", wantExact: "1.3265",
		},
		{
			// 12 months of 100,000 kWh plus 0.001 kWh in December:
			// 1,200,000.001 kWh × 0.1333 = 159,960.0001333 kg = 159.9600001333 t.
			name: "Yunnan monthly sum to the Wh", key: "province-yunnan",
			e: Electricity{Unit: "kWh", Monthly: months("100000", "100000", "100000", "100000", "100000", "100000",
				"100000", "100000", "100000", "100000", "100000", "100000.001")},
			wantEnergy: "1200000.001", wantValue: "159.960", wantExact: "159.9600001333",
		},
		{
			// 0 kWh gives 0 t.
			name: "zero use", key: "region-east",
			e:          Electricity{Unit: "kWh", Annual: "0"},
			wantEnergy: "0.000", wantValue: "0.000", wantExact: "0",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Calculate(project(tt.key, tt.e), factors.Default())
			if err != nil {
				t.Fatal(err)
			}
			f := r.Facilities[0]
			if f.Energy.Value != tt.wantEnergy {
				t.Errorf("energy = %s, want %s", f.Energy.Value, tt.wantEnergy)
			}
			if got := f.LocationBased; got.Value != tt.wantValue || got.Exact != tt.wantExact || got.Unit != "tCO2" {
				t.Errorf("location-based = %s (exact %s) %s, want %s (exact %s) tCO2", got.Value, got.Exact, got.Unit, tt.wantValue, tt.wantExact)
			}
			if r.LocationBased.Value != tt.wantValue {
				t.Errorf("total = %s, want %s", r.LocationBased.Value, tt.wantValue)
			}
		})
	}
}

func TestTotalRoundsOnce(t *testing.T) {
	// Two facilities of 1 kWh at 0.5306 and 0.5827 kg/kWh: 0.5306 kg and
	// 0.5827 kg. Each rounds to 0.001 t, but the total is
	// 1.1133 kg = 0.0011133 t, also 0.001 t: rounding the sum, not summing
	// rounded parts.
	p := Project{Format: 1, Facilities: []Facility{
		{ID: "a", Grid: FactorRef{Table: "cn-mee-2023", Key: "national"}, Electricity: Electricity{Unit: "kWh", Annual: "1"}},
		{ID: "b", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-jiangsu"}, Electricity: Electricity{Unit: "kWh", Annual: "1"}},
	}}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.LocationBased.Exact, "0.0011133"; got != want {
		t.Errorf("total exact = %s, want %s", got, want)
	}
	if got, want := r.LocationBased.Value, "0.001"; got != want {
		t.Errorf("total = %s, want %s", got, want)
	}
}

func TestEgridPoundsConvertExactly(t *testing.T) {
	// 1,000 kWh in CAMX at 428.464 lb/MWh: EF = 0.19434800121968 kg/kWh
	// (see factors.TestUnitPerKWh), so 194.34800121968 kg = 0.19434800121968 t.
	p := Project{Format: 1, Facilities: []Facility{{ID: "ca", Grid: FactorRef{Table: "us-egrid2023", Key: "egrid-camx-co2"}, Electricity: Electricity{Unit: "MWh", Annual: "1"}}}}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.LocationBased.Exact, "0.19434800121968"; got != want {
		t.Errorf("exact = %s, want %s", got, want)
	}
}

func TestCheckNamesEveryField(t *testing.T) {
	tests := []struct {
		name string
		p    Project
		want []string // "code field"
	}{
		{"wrong format", Project{Format: 2}, []string{"input.format format"}},
		{"no facilities", Project{Format: 1}, []string{"required facilities"}},
		{"empty annual", project("national", Electricity{Unit: "kWh"}), []string{"required facilities[0].electricity.annual"}},
		{"letters", project("national", Electricity{Unit: "kWh", Annual: "abc"}), []string{"number.syntax facilities[0].electricity.annual"}},
		{"negative month", project("national", Electricity{Unit: "kWh", Monthly: months("1", "2", "3", "4", "5", "-6", "7", "8", "9", "10", "11", "12")}),
			[]string{"number.negative facilities[0].electricity.monthly[5]"}},
		{"eleven months", project("national", Electricity{Unit: "kWh", Monthly: months("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")}),
			[]string{"list.months facilities[0].electricity.monthly"}},
		{"both", project("national", Electricity{Unit: "kWh", Annual: "1", Monthly: months("1")}), []string{"electricity.several facilities[0].electricity"}},
		{"unit", project("national", Electricity{Unit: "GJ", Annual: "1"}), []string{"energy.unit facilities[0].electricity.unit"}},
		{"unknown region", project("province-tibet", Electricity{Unit: "kWh", Annual: "1"}), []string{"factor.key_unknown facilities[0].grid.key"}},
		{"fossil is not a grid", project("national-fossil", Electricity{Unit: "kWh", Annual: "1"}), []string{"factor.not_grid facilities[0].grid.key"}},
		{"unknown table", Project{Format: 1, Facilities: []Facility{{ID: "x", Grid: FactorRef{Table: "nope", Key: "a"}, Electricity: Electricity{Unit: "kWh", Annual: "1"}}}},
			[]string{"factor.table_unknown facilities[0].grid.table"}},
		{"duplicate id and mixed gas", Project{Format: 1, Facilities: []Facility{
			{ID: "x", Grid: FactorRef{Table: "cn-mee-2023", Key: "national"}, Electricity: Electricity{Unit: "kWh", Annual: "1"}},
			{ID: "x", Grid: FactorRef{Table: "world-owid-2024", Key: "world"}, Electricity: Electricity{Unit: "kWh", Annual: "1"}},
		}}, []string{"id.duplicate facilities[1].id", "factor.gas_mixed facilities[1].grid"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := Check(tt.p, factors.Default())
			var got []string
			for _, e := range errs {
				got = append(got, e.Code+" "+e.Field)
				if e.Message == "" {
					t.Errorf("%s %s: empty message", e.Code, e.Field)
				}
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("errors = %q, want %q", got, tt.want)
			}
			if _, err := Calculate(tt.p, factors.Default()); !errors.As(err, new(Errors)) {
				t.Errorf("Calculate error = %v, want Errors", err)
			}
		})
	}
}

func ExampleCalculate() {
	p := Project{Format: 1, Facilities: []Facility{{
		ID:          "cable-plant",
		Grid:        FactorRef{Table: "cn-mee-2023", Key: "province-guangdong"},
		Electricity: Electricity{Unit: "MWh", Annual: "850"},
	}}}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	// 850 MWh = 850,000 kWh × 0.4419 kgCO2/kWh = 375,615 kg.
	fmt.Println(r.LocationBased.Value, r.LocationBased.Unit)
	// Output: 375.615 tCO2
}

// TestGridsApart checks that facilities on different grids keep their own
// factors when computed together (compute converts each grid once and
// keeps the last): each facility's figures are those it gets alone.
func TestGridsApart(t *testing.T) {
	custom := func(v string) FactorRef {
		return FactorRef{Country: "CN", Custom: &CustomFactor{Value: v, Unit: "gCO2/kWh", Source: "supplier disclosure " + v}}
	}
	grids := []FactorRef{
		{Table: "cn-mee-2023", Key: "province-jiangsu"},
		custom("450"),
		{Table: "cn-mee-2023", Key: "province-jiangsu"},
		{Table: "cn-mee-2022", Key: "province-jiangsu"},
		{Table: "cn-mee-2023", Key: "province-beijing"},
		custom("300"),
		{Table: "us-egrid2023", Key: "egrid-akgd-co2"},
		{Table: "cn-mee-2023", Key: "province-jiangsu"},
	}
	var all Project
	for i, g := range grids {
		all.Facilities = append(all.Facilities, Facility{ID: "f" + strconv.Itoa(i), Grid: g, Electricity: Electricity{Unit: "kWh", Annual: "1000"}})
	}
	all.Format, all.Period = 1, &Period{Start: "2024-01"}
	together, err := Calculate(all, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range all.Facilities {
		one := all
		one.Facilities = []Facility{f}
		alone, err := Calculate(one, factors.Default())
		if err != nil {
			t.Fatal(err)
		}
		got, _ := json.Marshal(together.Facilities[i])
		want, _ := json.Marshal(alone.Facilities[0])
		if string(got) != string(want) {
			t.Errorf("facility %d (%+v) with the others:\n%s\nalone:\n%s", i, f.Grid, got, want)
		}
	}
}
