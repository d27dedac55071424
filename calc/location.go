package calc

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// locationBased computes a facility's location-based Scope 2 emissions:
// energy × the average factor of the grid it draws from (GHG Protocol
// Scope 2 Guidance, 2015, chapter 6). It returns the figure and its exact value.
func locationBased(s site) (Figure, decimal.Decimal) {
	kwh := decimal.New(s.total, -3)
	energy := energyStep(s)
	ef, use := factorUse(s.grid)
	tonnes := kwh.Mul(ef).Shift(-3) // ÷ 1000, exact
	unit := "t" + s.grid.row.Gas
	efUnit := "kg" + s.grid.row.Gas + "/kWh"
	var flags []string
	if use.Custom {
		flags = []string{FlagCustomFactor}
	}
	factorStep := step(CodeStepFactor, "Grid emission factor")
	factorStep.Formula, factorStep.Factor = "EF = published value converted exactly to "+efUnit, &use
	factorStep.Result = Quantity{Name: "EF", Value: ef.String(), Unit: efUnit}
	lbStep := step(CodeStepLocation, "Location-based Scope 2 of {facility}", "facility", s.label())
	lbStep.Formula = "E × EF ÷ 1000"
	lbStep.Inputs = []Quantity{energy.Result, {Name: "EF", Value: ef.String(), Unit: efUnit}}
	lbStep.Result = Quantity{Value: tonnes.String(), Unit: unit}
	return Figure{
		Value: roundTonnes(tonnes),
		Unit:  unit,
		Exact: tonnes.String(),
		Flags: flags,
		Trace: []Step{energy, factorStep, lbStep},
	}, tonnes
}

func energyStep(s site) Step {
	st := step(CodeStepEnergy, "Electricity consumed by {facility}", "facility", s.label())
	st.Result = Quantity{Name: "E", Value: whToKWh(s.total), Unit: "kWh"}
	if s.readings == nil {
		st.Formula = "E = sum of the hourly readings (" + strconv.Itoa(len(s.hours)) + " hours; listed in the hourly report)"
		return st
	}
	if len(s.readings) == 1 {
		st.Formula = "E = annual reading"
	} else {
		st.Formula = "E = sum of the 12 monthly readings"
	}
	for i, wh := range s.readings {
		name := "annual"
		if len(s.readings) > 1 {
			name = "month " + strconv.Itoa(i+1)
		}
		st.Inputs = append(st.Inputs, Quantity{Name: name, Value: whToKWh(wh), Unit: "kWh"})
	}
	return st
}

// factorUse converts a factor to kg per kWh and records where it came from.
func factorUse(g gridFactor) (decimal.Decimal, FactorUse) {
	kg, _ := g.row.Unit.PerKWh(g.row.Value) // units were checked when the table loaded
	unit := "kg" + g.row.Gas + "/kWh"
	use := FactorUse{
		Table:        "custom",
		Key:          g.row.Key,
		NameEN:       g.row.Name.EN,
		NameZH:       g.row.Name.ZH,
		Published:    Quantity{Value: g.row.Published, Unit: string(g.row.Unit)},
		Used:         Quantity{Value: kg.String(), Unit: unit},
		Scope:        g.row.Scope,
		Gas:          g.row.Gas,
		Verification: g.row.Verification,
		Citation:     g.row.Note,
		Reason:       g.reason,
		Custom:       g.table == nil,
	}
	if g.table != nil {
		use.Table, use.Citation = g.table.Ref(), g.table.Citation()
	}
	return kg, use
}
