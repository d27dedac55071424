package calc

import (
	"github.com/greenline-calc/greenline/calc/internal/problem"
	"github.com/greenline-calc/greenline/calc/meter"
)

// Error codes. The code says what is wrong, so that a page can word it in
// the user's language; the Error's Field says where and its Params carry
// the values the words need (Codes lists them for every code). Each code
// has one meaning.
const (
	CodeRequired     = "required"            // a required value is missing
	CodeSyntax       = "number.syntax"       // not a plain decimal number
	CodeNegative     = "number.negative"     // a negative number where none is allowed
	CodeTooLarge     = "number.too_large"    // above the most a value may be
	CodeTooLong      = "number.too_long"     // more characters than any sensible number has
	CodePrecision    = "number.precision"    // finer than one watt-hour
	CodePlaces       = "number.places"       // more decimal places than the value takes
	CodeRange        = "number.range"        // outside an interval with both ends
	CodeUnknown      = "value.unknown"       // not one of the allowed values of a choice
	CodeJSON         = "input.json"          // the input is not well-formed JSON
	CodeType         = "input.type"          // a JSON value of the wrong type
	CodeTrailing     = "input.trailing"      // data after the project object
	CodeUnknownField = "input.unknown_field" // a field Greenline does not read
	CodeUnreadable   = "input.unreadable"    // the input cannot be decoded for another reason
	CodeInputTooBig  = "input.too_large"     // more bytes than a project may have
	CodeFormat       = "input.format"        // an unsupported project format version
	CodeFormatNewer  = "input.format_newer"  // a file made by a newer Greenline
	CodeNotObject    = "input.not_object"    // a JSON value other than an object at the top
	CodeDuplicateKey = "input.duplicate_key" // a key given twice in one object
	CodeKeyCase      = "input.key_case"      // a key that matches a field, or another key, only when case is ignored
	CodeInternal     = "internal"            // a defect in Greenline; the message says what to report
	CodeMore         = meter.CodeMore        // how many more problems of a list were left off

	CodeTextEncoding = "text.encoding"  // text that is not UTF-8
	CodeTextTooLong  = "text.too_long"  // longer text than the field takes
	CodeTooMany      = "list.too_long"  // more items than a list takes
	CodeDuplicateID  = "id.duplicate"   // an id used twice in one list
	CodeIDTooLong    = "id.too_long"    // an id of more than 64 characters
	CodeIDCharacter  = "id.character"   // a character an id cannot hold
	CodeIDStart      = "id.start"       // an id that does not start with a letter or digit
	CodeMonth        = "date.month"     // not a month written YYYY-MM
	CodeYear         = "date.year"      // a year outside the years Greenline reads
	CodeCountry      = "country.code"   // not a two-letter country code
	CodeEnergyUnit   = "energy.unit"    // not kWh or MWh
	CodeMonths       = "list.months"    // not twelve monthly values
	CodeHourCount    = "list.hours"     // not one value per hour of the period
	CodeReadings     = "series.count"   // not as many readings as the period needs
	CodeStep         = "series.step"    // an interval length other than 15, 30 or 60 minutes
	CodeLatitude     = "site.latitude"  // not a latitude
	CodeLongitude    = "site.longitude" // not a longitude

	CodeFacilityUnknown = "facility.unknown"      // not the id of a facility
	CodeElectricityBoth = "electricity.several"   // more than one of annual, monthly and hourly
	CodeProfileHourly   = "profile.with_hourly"   // a load profile beside hourly data
	CodePeriodProfile   = "period.for_profile"    // a load profile needs the period
	CodePeriodHourly    = "period.for_hourly"     // hourly data needs the period
	CodePeriodDefault   = "period.for_default"    // a country's default factor needs the period
	CodePeriodPPA       = "period.for_ppa"        // a shaped PPA needs the period
	CodePeriodSupply    = "period.for_supply"     // a supply needs the period
	CodeFactorBoth      = "factor.both"           // a custom factor and a table row
	CodeRegionUnknown   = "factor.region_unknown" // no grid region of that key for the country
	CodeTableUnknown    = "factor.table_unknown"  // not a factor table Greenline knows
	CodeCountryMismatch = "factor.country"        // the country is not the table's
	CodeKeyUnknown      = "factor.key_unknown"    // not a region of the table
	CodeNotGrid         = "factor.not_grid"       // a row that is not a grid average
	CodeFactorUnit      = "factor.unit"           // not a factor unit Greenline knows
	CodeGasMixed        = "factor.gas_mixed"      // facilities' grid factors of different gas bases
	CodeGasMismatch     = "factor.gas_mismatch"   // a rate of another gas basis than the facility's grid factor
	CodeSerials         = "certificate.serials"   // serials claimed twice
	CodeVintageOrder    = "certificate.vintage"   // a vintage that ends before it starts
	CodeUnshaped        = "contract.unshaped"     // hourly deliveries without shape "hourly"
	CodeHourlySum       = "contract.hourly_sum"   // hourly deliveries that do not add up to the volume
	CodeCFEHours        = "cfe.hours"             // a CFE score without the facility's hours
	CodeCFEBoth         = "cfe.both"              // an annual share and hourly shares, or neither
	CodeFuelBoth        = "fuel.both"             // energy burned and emissions, or neither
	CodeFuelUnknown     = "fuel.unknown"          // a fuel without a default factor
	CodeReoffer         = "supply.reoffer"        // re-offering with a rule other than fixed shares
	CodeGeneration      = "supply.generation"     // hourly generation and a solar profile, or neither
	CodeTwoSupplies     = "supply.taken"          // a facility drawing from two supplies
	CodeUserHours       = "supply.user_hours"     // a user without hourly consumption
	CodeShareRule       = "supply.share_rule"     // a share with a rule other than fixed shares
	CodePriorityRule    = "supply.priority_rule"  // a priority with a rule other than priority
	CodePriorityTwice   = "supply.priority_twice" // two users of one priority
	CodeSharesSum       = "supply.shares_sum"     // shares adding up to more than 1
	CodeCBAMTonnes      = "product.cbam_tonnes"   // a CBAM good without tonnes produced
	CodeCN              = "product.cn"            // not a CN code
	CodeNoOutput        = "product.no_output"     // a facility's product lines with no output to share by
)

// An Error is one problem with the input: its code, its place (the path of
// the field, as "facilities[0].electricity.monthly[3]", empty for the
// whole input; or the row, column and meter of a meter file), its
// parameters and a message in English made from them.
type Error = problem.Error

// Errors is every problem found in one input, in field order.
type Errors = problem.Errors

// NewError returns the problem of code at field, its message english with
// every {name} replaced by its parameter; params alternate names and
// values. Adapters use it for the few problems they find themselves (an
// unknown operation: NewError(CodeUnknown, "op", `"{value}" is not an
// operation`, "value", op)).
func NewError(code, field, english string, params ...string) Error {
	return problem.New(code, english, params...).At(field)
}

// hasKey reports whether m has the key k.
func hasKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

// label is how the user named the facility: its name, or its id without one.
func (f Facility) label() string {
	if f.Name != "" {
		return f.Name
	}
	return f.ID
}

// supplyLabel is how the user named the supply: its name, or its id
// without one.
func supplyLabel(s Supply) string {
	if s.Name != "" {
		return s.Name
	}
	return s.ID
}

// Placeholders returns the names in a message template's {name}
// placeholders, in order: the parameters a text of a code must be given.
func Placeholders(template string) []string { return problem.Names(template) }
