// Package calc is Greenline's calculation core: pure Go, the standard
// library and shopspring/decimal only. The browser (through the wasm
// bridge), the command line and the Worker all call Run and get the same
// bytes for the same project.
//
// # Input and output
//
// A Project (docs/project-format.md) is decoded from JSON with every number
// as a string, checked field by field (Check; every problem is an Error with
// a code, a field path such as "facilities[0].electricity.monthly[3]" and a
// message), then computed (Calculate) into a Result, which Marshal encodes
// as indented JSON. Nothing is patched or guessed: input that does not pass
// the checks is refused with every error at once.
//
// # Units
//
// Energy is an integer number of watt-hours (int64). Readings are accepted
// in kWh (at most three decimals) or MWh (at most six), so every accepted
// reading is a whole number of watt-hours; a finer figure is refused, not
// rounded. Emission factors are kept exactly as published (package
// factors) and converted to kg per kWh by multiplication with exact
// decimals (1 tCO2/MWh = 1 kgCO2/kWh; 1 gCO2/kWh = 0.001 kgCO2/kWh;
// 1 lb/MWh = 0.45359237 kg / 1000 kWh, the pound being exactly
// 0.45359237 kg), so conversion never rounds. Emissions are in tonnes of
// the factor's gas basis (tCO2 or tCO2e).
//
// # Methods
//
// Location-based Scope 2 (GHG Protocol Scope 2 Guidance, 2015, ch. 6):
//
//	tonnes = E[kWh] × EF[kg/kWh] ÷ 1000
//
// with E the facility's consumption over the reporting period (one annual
// reading, or the sum of twelve monthly readings) and EF the average factor
// of the grid the facility draws from, chosen from a cited table. China's
// tables are the MEE/NBS electricity CO2 emission factors; a facility uses
// its province's factor. The organisation's figure is the sum of the
// facilities' exact figures.
//
// # Rounding
//
// One rule, applied once, at the end: every reported tonne figure is the
// exact decimal result rounded to TonnePlaces (3) decimal places, that is to
// the kilogram, half away from zero (1.3265 t is reported 1.327 t). Sums
// are formed from exact values, never from rounded ones, so a reported
// total can differ from the sum of reported parts by a few kilograms. The
// exact value is carried beside every reported one, and every figure
// carries its trace: the formula, the inputs, and the factor with its
// table, version, citation and verification level, enough to recompute it
// by hand.
package calc
