package factors

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// A Unit is an emission-factor unit exactly as a publisher prints it.
type Unit string

// poundKg is the international avoirdupois pound in kilograms, exact by
// definition (International Yard and Pound Agreement, 1959).
var poundKg = decimal.RequireFromString("0.45359237")

var thousand = decimal.NewFromInt(1000)

// toKgPerKWh holds, for each published unit Greenline knows, the exact
// factor that turns a value in that unit into kilograms per kilowatt-hour.
// Every conversion is a multiplication by an exact decimal, so converted
// factors carry no rounding.
var toKgPerKWh = map[Unit]decimal.Decimal{
	"kgCO2/kWh":  decimal.NewFromInt(1),
	"kgCO2e/kWh": decimal.NewFromInt(1),
	"tCO2/MWh":   decimal.NewFromInt(1),
	"tCO2e/MWh":  decimal.NewFromInt(1),
	"gCO2/kWh":   decimal.New(1, -3),
	"gCO2e/kWh":  decimal.New(1, -3),
	// lb/MWh: 1 lb/MWh = 0.45359237 kg / 1000 kWh.
	"lb/MWh": poundKg.Div(thousand),
}

// Known reports whether Greenline can convert values in u.
func (u Unit) Known() bool {
	_, ok := toKgPerKWh[u]
	return ok
}

// PerKWh converts v, given in u, to kilograms per kilowatt-hour, exactly.
func (u Unit) PerKWh(v decimal.Decimal) (decimal.Decimal, error) {
	k, ok := toKgPerKWh[u]
	if !ok {
		return decimal.Decimal{}, fmt.Errorf("unknown unit %q", string(u))
	}
	return v.Mul(k), nil
}
