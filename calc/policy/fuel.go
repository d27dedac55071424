package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/greenline-calc/greenline/calc/internal/syntax"
	"github.com/shopspring/decimal"
)

// A FuelFactor is one published parameter of a fuel for stationary
// combustion, its value exactly as printed.
type FuelFactor struct {
	Fuel      string // as the file names it: "diesel", "diesel (柴油)"
	Parameter string // e.g. co2_emission_factor_default, net_calorific_value_default
	Value     decimal.Decimal
	Published string // the value's text as printed
	Unit      string
	SourceDoc string // the source_doc column as written
	Note      string
	// Verification is the level the row's notes give ("Confidence: …").
	Verification string
	// Placeholder, when not empty, says why the value is only a
	// placeholder; a report must show it so.
	Placeholder string
	Document    *Document
}

// Fraction is the unit of a share such as a carbon oxidation rate.
const Fraction = "fraction"

var fuelHeader = []string{"fuel", "parameter", "value", "unit", "source_doc", "notes"}

func (l *Library) loadFuels(s *Source, fsys fs.FS) error {
	l.fuelIndex = map[string]int{}
	seen := map[string]int{}
	return readCSV(fsys, s, fuelHeader, func(n int, rec []string) error {
		f := FuelFactor{Fuel: rec[0], Parameter: rec[1], Published: rec[2], Unit: rec[3], SourceDoc: rec[4], Note: rec[5]}
		switch {
		case f.Fuel == "" || strings.TrimSpace(f.Fuel) != f.Fuel:
			return fmt.Errorf("column fuel: %q: empty or padded with spaces", f.Fuel)
		case !snakeCase(f.Parameter):
			return fmt.Errorf("column parameter: %q is not lower-case words joined by underscores", f.Parameter)
		case !syntax.Decimal(f.Published):
			return fmt.Errorf("column value: %q is not a plain decimal number", f.Published)
		case f.Unit == "":
			return errors.New("column unit: empty")
		}
		f.Value = decimal.RequireFromString(f.Published)
		if !f.Value.IsPositive() {
			return fmt.Errorf("column value: %s %s: a fuel factor must be positive", f.Published, f.Unit)
		}
		if f.Unit == Fraction && f.Value.GreaterThan(decimal.NewFromInt(1)) {
			return fmt.Errorf("column value: %s: a fraction must not exceed 1", f.Published)
		}
		doc, err := s.document(f.SourceDoc)
		if err != nil {
			return fmt.Errorf("column source_doc: %w", err)
		}
		f.Document, f.Placeholder = doc, doc.Placeholder
		if f.Verification, err = rowVerification(s, f.Note); err != nil {
			return fmt.Errorf("column notes: %w", err)
		}
		key := f.Fuel + "\x00" + f.Parameter
		if m, dup := seen[key]; dup {
			return fmt.Errorf("fuel %q and parameter %s repeat row %d", f.Fuel, f.Parameter, m)
		}
		seen[key] = n
		l.fuelIndex[key] = len(l.Fuels)
		l.Fuels = append(l.Fuels, f)
		return nil
	})
}

// Fuel returns the factor of the given fuel and parameter, both as the
// file writes them.
func (l *Library) Fuel(fuel, parameter string) (FuelFactor, bool) {
	i, ok := l.fuelIndex[fuel+"\x00"+parameter]
	if !ok {
		return FuelFactor{}, false
	}
	return l.Fuels[i], true
}
