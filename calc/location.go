package calc

import (
	"maps"
	"strconv"

	"github.com/shopspring/decimal"
)

// locationBased computes a facility's location-based Scope 2 emissions:
// energy × the average factor of the grid it draws from (GHG Protocol
// Scope 2 Guidance, 2015, chapter 6), gu being that factor. It returns the
// figure and its exact value.
func locationBased(s site, gu gridUse) (Figure, decimal.Decimal) {
	energy := energyStep(s)
	tonnes := tonnesOf(s.total, gu.ef)
	exact := decimalText(tonnes)
	unit := gu.tUnit
	var flags []string
	if gu.custom {
		flags = []string{FlagCustomFactor}
	}
	lbStep := step(CodeStepLocation, "Location-based Scope 2 of {facility}", "facility", s.label())
	lbStep.Formula = "E × EF ÷ 1000"
	lbStep.Inputs = []Quantity{energy.Result, {Name: "EF", Value: gu.efText, Unit: gu.efUnit}}
	lbStep.Result = Quantity{Value: exact, Unit: unit}
	return Figure{
		Value: roundTonnes(exact),
		Unit:  unit,
		Exact: exact,
		Flags: flags,
		Trace: []Step{energy, gu.step, lbStep},
	}, tonnes
}

// A gridUse is a grid factor converted to kg per kWh, with the trace step
// that says where it came from; the facilities on one grid share it.
type gridUse struct {
	ef     decimal.Decimal // kg/kWh
	efText string          // ef.String()
	efUnit string          // "kgCO2/kWh"
	tUnit  string          // "tCO2", of the emissions at ef
	custom bool            // entered by the user
	step   Step
}

func newGridUse(g gridFactor) gridUse {
	ef, use := factorUse(g)
	st := step(CodeStepFactor, "Grid emission factor")
	st.Formula, st.Factor = "EF = published value converted exactly to "+use.Used.Unit, &use
	st.Result = Quantity{Name: "EF", Value: use.Used.Value, Unit: use.Used.Unit}
	return gridUse{ef: ef, efText: use.Used.Value, efUnit: use.Used.Unit, tUnit: "t" + g.row.Gas, custom: use.Custom, step: st}
}

// gridUses keeps the last table grid's gridUse: the facilities of a
// project are mostly on one grid, which is then converted and described
// once per computation, not once per facility.
type gridUses struct {
	last gridFactor
	use  gridUse
	ok   bool
}

func (c *gridUses) of(g gridFactor) gridUse {
	if !c.ok || g.table == nil || !sameGrid(c.last, g) {
		c.last, c.use, c.ok = g, newGridUse(g), true
	}
	return c.use
}

// sameGrid reports whether a and b are one row of one table, chosen for
// the same reason.
func sameGrid(a, b gridFactor) bool {
	return a.table == b.table && a.row.Key == b.row.Key && a.reason.Code == b.reason.Code &&
		a.reason.Message == b.reason.Message && maps.Equal(a.reason.Params, b.reason.Params)
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
