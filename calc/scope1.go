package calc

import (
	"strings"

	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/shopspring/decimal"
)

// A FuelUse is Scope 1: a fuel burned at a facility, given as energy at net
// calorific value and computed with the IPCC 2006 default factor, or given
// directly as tonnes of CO2e with its source.
type FuelUse struct {
	Facility string `json:"facility"`
	Fuel     string `json:"fuel,omitempty"` // as calc/policy names it: "natural gas", "diesel", "LPG", "raw coal (bituminous)"…
	GJ       string `json:"gj,omitempty"`   // energy burned, GJ at net calorific value
	Tonnes   string `json:"tco2e,omitempty"`
	Source   string `json:"source,omitempty"` // required with tco2e
}

const fuelParameter = "co2_emission_factor_default"

func checkFuels(errs *Errors, fuels []FuelUse, ids map[string]int) {
	for i, f := range fuels {
		at := index("fuels", i)
		if _, ok := ids[f.Facility]; !ok {
			errs.Add(CodeFacilityUnknown, at+".facility", "\"{id}\" is not the id of a facility", "id", f.Facility)
		}
		switch {
		case (f.GJ != "") == (f.Tonnes != ""):
			errs.Add(CodeFuelBoth, at, "give either the energy burned (gj, with the fuel) or the emissions (tco2e, with their source)")
		case f.GJ != "":
			if _, ok := policy.Default().Fuel(f.Fuel, fuelParameter); !ok {
				errs.Add(CodeFuelUnknown, at+".fuel", "\"{fuel}\" has no default factor; use one of the IPCC fuels in calc/policy (natural gas, diesel, gasoline, LPG, fuel oil, raw coal (bituminous)…) or enter tco2e", "fuel", f.Fuel)
			}
			if _, e := parseBounded(f.GJ, maxGJ, "GJ"); e != nil {
				errs.Put(at+".gj", *e)
			}
		default:
			if _, e := parseBounded(f.Tonnes, maxTonnes, "tCO2e"); e != nil {
				errs.Put(at+".tco2e", *e)
			}
			if strings.TrimSpace(f.Source) == "" {
				errs.Add(CodeRequired, at+".source", "say where the emissions figure comes from")
			}
			checkText(errs, at+".source", f.Source)
		}
	}
}

// Bounds on Scope 1 and product inputs: far above any single factory.
var (
	maxGJ     = decimal.New(1, 9) // 1 PJ
	maxTonnes = decimal.New(1, 8) // 100 Mt
)

// parseBounded reads a non-negative decimal no larger than max, in unit.
func parseBounded(s string, max decimal.Decimal, unit string) (decimal.Decimal, *Error) {
	d, e := parseDecimal(s)
	if e == nil && d.GreaterThan(max) {
		return d, fault(CodeTooLarge, "{value} is above {max} {unit}; check the unit", "value", strings.TrimSpace(s), "max", max.String(), "unit", unit)
	}
	return d, e
}

// scope1 computes the Scope 1 of the facility named label from its fuel uses:
// t = GJ × kgCO2/TJ ÷ 10⁶ (IPCC 2006 Vol. 2 Ch. 2 Table 2.2 defaults).
func scope1(label string, uses []FuelUse) (Figure, decimal.Decimal) {
	var sum decimal.Decimal
	steps := []Step{}
	var flags []string
	for _, u := range uses {
		if u.Tonnes != "" {
			t, _ := parseDecimal(u.Tonnes)
			sum = sum.Add(t)
			st := step(CodeStepEntered, "Scope 1 of {facility} entered directly; source: {source}", "facility", label, "source", u.Source)
			st.Formula, st.Result = "as given; source: "+u.Source, Quantity{Value: t.String(), Unit: "tCO2e"}
			steps = append(steps, st)
			flags = mergeFlags(flags, []string{FlagEntered})
			continue
		}
		gj, _ := parseDecimal(u.GJ)
		ff, _ := policy.Default().Fuel(u.Fuel, fuelParameter)
		t := gj.Mul(ff.Value).Shift(-6)
		sum = sum.Add(t)
		why := note(CodeFactorFuel, "verification: {verification}", "verification", ff.Verification)
		if ff.Placeholder != "" {
			why = note(CodeFactorFuelPlaceholder, "verification: {verification}; placeholder: {placeholder}", "verification", ff.Verification, "placeholder", ff.Placeholder)
		}
		st := step(CodeStepFuel, "Scope 1 of {facility} from {fuel}", "facility", label, "fuel", u.Fuel)
		st.Formula = "GJ × EF[kg CO2/TJ] ÷ 1,000,000"
		st.Inputs = []Quantity{{Name: "energy", Value: gj.String(), Unit: "GJ"}, {Name: "EF", Value: ff.Published, Unit: ff.Unit}}
		st.Factor = &FactorUse{Table: "calc/policy fuel-factors", Key: u.Fuel + " " + fuelParameter, NameEN: u.Fuel,
			Published: Quantity{Value: ff.Published, Unit: ff.Unit}, Used: Quantity{Value: ff.Published, Unit: ff.Unit},
			Gas: "CO2", Verification: ff.Verification, Citation: ff.SourceDoc, Reason: why}
		st.Result = Quantity{Value: t.String(), Unit: "tCO2"}
		steps = append(steps, st)
	}
	exact := decimalText(sum)
	return Figure{Value: roundTonnes(exact), Unit: scope1Unit(flags), Exact: exact, Flags: flags, Trace: steps}, sum
}

// scope1Unit is the unit of a Scope 1 figure: the IPCC defaults are CO2
// only; a figure that includes an entered one (flagged) is CO2e.
func scope1Unit(flags []string) string {
	if len(flags) > 0 {
		return "tCO2e"
	}
	return "tCO2"
}
