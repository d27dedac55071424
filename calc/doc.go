// Package calc is Greenline's calculation core: pure Go, the standard
// library and shopspring/decimal only (a test enforces it). The browser
// (through the wasm bridge), the command line and the Worker all call Run
// and get the same bytes for the same project.
//
// # Input and output
//
// A Project (docs/project-format.md) is decoded from JSON with every number
// as a string, checked field by field (Check; every problem is an Error with
// a code, a field path such as "supplies[0].users[2].share" and a message),
// then computed (Calculate) into a Result, which Marshal encodes as indented
// JSON and CSV as a table. Nothing is patched or guessed: input that does
// not pass the checks is refused with every error at once. Reading is
// strict and in one pass (package codec, with decoders and encoders
// generated from the struct tags): a key given twice or in another case
// than its field's, or unknown, is refused at its path; encoding/json is
// not used, so that the browser's engine is smaller and reads faster.
//
// # Units
//
// Energy is an integer number of watt-hours (int64). Readings are accepted
// in kWh (at most three decimals) or MWh (at most six), so every accepted
// reading is a whole number of watt-hours; a finer figure is refused, not
// rounded. Interval data of 15 or 30 minutes is summed into hours. Emission
// factors are kept exactly as published (package factors) and converted to
// kg per kWh by multiplication with exact decimals (1 tCO2/MWh = 1
// kgCO2/kWh; 1 gCO2/kWh = 0.001 kgCO2/kWh; 1 lb/MWh = 0.45359237 kg / 1000
// kWh, the pound being exactly 0.45359237 kg), so conversion never rounds.
// Emissions are in tonnes of the factor's gas basis (tCO2 or tCO2e).
//
// # Methods
//
// Location-based Scope 2 (GHG Protocol Scope 2 Guidance, 2015, ch. 6):
//
//	t = E[kWh] × EF[kg/kWh] ÷ 1000
//
// with E all the electricity the facility consumed and EF the average factor
// of its grid: a table row the user picks, the default for its region and
// reporting period (factors.Library.Select, the reason in the trace), or a
// custom factor with its source, flagged in every output.
//
// Market-based Scope 2 (Scope 2 Guidance, ch. 6–7): the consumption is
// covered, in this order, by certificates retired for the reporter, the
// direct line's hourly allocation and PPAs, a supplier-specific rate, and
// the residual mix — in China the national factor excluding market-traded
// non-fossil electricity — or, where Greenline has no residual mix for the
// country, the grid average, disclosed. Each certificate is judged against
// the Quality Criteria Greenline can check (retired for the reporter, same
// market, China's GEC as the sole proof there under 发改能源〔2023〕1044号,
// a vintage overlapping the reporting period, claimed once), and the result
// lists every instrument with the reasons it was accepted or refused.
//
// Multi-user green direct connection (发改能源〔2025〕650号, 〔2026〕688号):
// every hour h, the supply's generation G is split among its users' loads L
// by a rule — pro rata to load (usable = min(G, ΣL)), fixed contracted
// shares of G (optionally re-offering what is left to users with unmet
// load, pro rata to it) or a priority order. Splits use the largest-
// remainder method in integer arithmetic (ties to the earlier user), so
// every hour the parts add up exactly, no user gets more than its load, and
// the surplus G − Σ parts is exported or curtailed, claimable by nobody.
// Per supply: the share of generation used on site, the share of the
// users' consumption that is green and the share exported, compared
// exactly (part × 100 against threshold × whole) with the thresholds of the
// notices, kept as data in package policy; and the notices' other
// requirements (distinct legal entities among the users, no export in
// curtailment hours, an hourly split of metered energy), with a
// provincial export cap replacing the notices' where one is entered.
//
// Shared plants from both sides (docs/statement-format.md): the operator's
// project issues each user company an allocation statement (IssueStatements:
// its hours, months and totals, the plant's checks, the project file's
// SHA-256 and its own over a canonical form); VerifyStatements checks
// statements against the project; a user's project claims its statement in
// PlantShares, where it counts as direct-line energy, or, without one, the
// monthly green energy from the operator's bill, flagged "entered".
//
// Matching: the hourly-matched share counts only green energy delivered in
// the same hour (the direct line, and PPAs shaped flat or hourly, up to the
// hour's load; surplus in one hour never covers another); the
// annual-matched share counts the year's accepted green energy (direct
// line, certificates, PPAs) against the year's consumption. Given the
// grid's carbon-free shares, a CFE score adds, hour by hour, the rest of
// the load times the grid's share.
//
// Monthly breakdown (FacilityResult.Monthly, for charts): every month of
// the period, a facility's load split into certificates, direct line,
// PPAs, supplier rate and grid (residual mix or grid average), in
// integer watt-hours that add up to the month's load exactly, each source
// summing over the year to what its instruments cover in the market-based
// method. It is a presentation of those annual figures and changes none.
// Energy with a time of its own is placed first: the direct line's
// allocation, month by month (scaled down, largest remainder, when
// certificates applied before it left it less to cover), then the
// deliveries of PPAs shaped flat or hourly, each month up to what it still
// has uncovered. Instruments the market-based method applies over the
// whole period have no month of their own: each certificate, then each
// PPA shaped "annual" and what a shaped PPA covered beyond its months'
// room, in the instrument order, is split among the months in proportion
// to the energy still uncovered in each, by the largest-remainder method
// (ties to the earlier month). A certificate's vintage does not place it.
// What is left of each month is at the supplier's rate, or else the grid's.
// The breakdown is omitted without a period or when only an annual figure
// without a profile is known.
//
// Hourly share (FacilityResult.HourlyShare, with options.hourly_share, for
// a heat map): every hour of a facility with hours, ⌊1000 × green ÷ load⌋
// in permille, green being what hourly matching counts in that hour, and
// −1 for an hour without load; flagged "estimate" on a synthesized
// profile. Integers only.
//
// Profiles: from monthly bills and an operating pattern (shifts, working
// days, China's holidays and make-up workdays) hourly load is synthesized,
// and solar generation from capacity, place and monthly yield with a
// sun-position model (package profile). Every figure that rests on a
// synthesized profile carries the flag "estimate", up to the totals.
//
// Products: a facility's Scope 1 and both Scope 2 figures are shared among
// its product lines by mass, units or machine hours, giving kg per unit
// and t per tonne.
//
// CBAM (Regulation (EU) 2023/956, Annex IV): SEE = (attributed emissions +
// Σ precursor tonnes × precursor SEE) ÷ tonnes produced, direct and
// indirect. Indirect emissions use an actual factor only for electricity
// evidenced by a direct technical connection or a PPA; certificates do not
// change them. Goods of Annex II count direct emissions only. Coverage
// (today, or only proposed) comes from package policy.
//
// Scope 1: fuel energy at net calorific value × the IPCC 2006 default CO2
// factor, or a figure entered with its source (flagged "entered").
//
// # Rounding
//
// One rule, applied once, at the end, half away from zero: tonnes to
// TonnePlaces (3) decimals, that is to the kilogram (1.3265 t is reported
// 1.327 t); intensities (kg per unit, t per tonne, CBAM SEE) to
// IntensityPlaces (4); percentages to 2. Divisions that cannot be exact
// (shares of a facility, intensities) are carried to 20 decimal places
// before that rounding. Sums are formed from exact values, never from
// rounded ones, so a reported total can differ from the sum of reported
// parts in the last place. The exact value is carried beside every
// reported one, and every figure carries its trace: the formula, the
// inputs, and the factor with its table, version, citation and
// verification level, enough to recompute it by hand.
package calc
