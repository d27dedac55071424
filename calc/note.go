package calc

import "github.com/greenline-calc/greenline/calc/internal/problem"

// A Note is a reason, a note or a classification that comes with a
// result: a code, its parameters and an English message made from them
// (Codes lists every code with its parameters). Status is set only on the
// reasons an instrument was accepted or refused against the Scope 2
// Quality Criteria: StatusMet, StatusFailed or StatusDisclosed.
type Note = problem.Note

// The status of a Quality-Criteria reason.
const (
	StatusMet       = "met"       // the criterion is met
	StatusFailed    = "failed"    // the criterion is not met: the instrument is refused
	StatusDisclosed = "disclosed" // accepted with a disclosure (the grid average for a missing residual mix)
)

// note returns the Note of code with its message made from params.
func note(code, english string, params ...string) Note {
	return problem.NewNote(code, english, params...)
}

// reason returns a Quality-Criteria reason: the note with its status.
func reason(status, code, english string, params ...string) Note {
	n := note(code, english, params...)
	n.Status = status
	return n
}

// Note codes: reasons, notes, classifications and the steps of a trace.
const (
	CodeQCRetired     = "qc.retired"      // met: retired for the reporter
	CodeQCNotRetired  = "qc.not_retired"  // failed: retired for someone else
	CodeQCMarket      = "qc.market"       // met: same market as the consumption
	CodeQCOtherMarket = "qc.other_market" // failed: generated in another market
	CodeQCGEC         = "qc.gec"          // met: a GEC in China
	CodeQCNotGEC      = "qc.not_gec"      // failed: another scheme in China
	CodeQCVintage     = "qc.vintage"      // met: the vintage overlaps the period
	CodeQCOldVintage  = "qc.vintage_out"  // failed: the vintage is outside the period
	CodeQCNoPeriod    = "qc.no_period"    // failed: no period to compare the vintage with
	CodeQCSole        = "qc.sole"         // met: claimed once
	CodeQCEvidence    = "qc.evidence"     // met: a contract reference
	CodeQCNoEvidence  = "qc.no_evidence"  // failed: no contract reference
	CodeQCRate        = "qc.rate"         // a PPA generator's rate, as given
	CodeQCRateZero    = "qc.rate_zero"    // a renewable PPA generator's rate, 0
	CodeQCLine        = "qc.line"         // met: the direct line, renewable
	CodeQCLineRate    = "qc.line_rate"    // met: the direct line at the generator's rate
	CodeQCSupplier    = "qc.supplier"     // met: a supplier-specific rate
	CodeQCResidual    = "qc.residual"     // met: the residual mix
	CodeQCGridAverage = "qc.grid_average" // disclosed: the grid average for a missing residual mix

	CodeFactorChosen          = "factor.chosen"           // a table row the user chose
	CodeFactorCustom          = "factor.custom"           // a factor the user entered
	CodeFactorFuel            = "factor.fuel"             // an IPCC fuel default
	CodeFactorFuelPlaceholder = "factor.fuel_placeholder" // an IPCC fuel default standing in for another value

	CodeCBAMCovered        = "cbam.covered"         // covered by an Annex I entry
	CodeCBAMPartlyCovered  = "cbam.partly_covered"  // an ex code: partly covered
	CodeCBAMProposedAs     = "cbam.proposed_as"     // not covered, proposed
	CodeCBAMPartlyProposed = "cbam.partly_proposed" // not covered, partly proposed
	CodeCBAMNotCovered     = "cbam.not_covered"     // not covered
	CodeCBAMExcepted       = "cbam.excepted"        // not covered: excepted from an Annex I entry
	CodeCBAMNeedsCN8       = "cbam.needs_cn8"       // a 6-digit HS code that entries below it split
	CodeCBAMHS6            = "cbam.hs6"             // a 6-digit HS code that decides alone
	CodeCBAMCertificates   = "cbam.certificates"    // certificates do not lower indirect emissions
	CodeCBAMDefaults       = "cbam.defaults"        // the CBAM default factors are not in Greenline's data
	CodeCBAMNotGood        = "cbam.not_good"        // not a CBAM good
	CodeCBAMProposed       = "cbam.proposed"        // only proposed for CBAM
	CodeCBAMDirectOnly     = "cbam.direct_only"     // an Annex II good: direct emissions only
	CodeBasisLine          = "cbam.basis_line"      // direct-line energy at the generator's factor
	CodeBasisPPA           = "cbam.basis_ppa"       // PPA energy at the generator's factor
	CodeBasisGrid          = "cbam.basis_grid"      // the rest at the grid factor
	CodeBasisDefault       = "cbam.basis_default"   // all at the grid factor

	CodeStepEnergy        = "step.energy"          // a facility's electricity
	CodeStepFactor        = "step.factor"          // the grid factor
	CodeStepLocation      = "step.location"        // a facility's location-based Scope 2
	CodeStepCovered       = "step.covered"         // energy covered by one instrument
	CodeStepCoveredBy     = "step.covered_by"      // energy covered by a kind of instrument
	CodeStepMarket        = "step.market"          // a facility's market-based Scope 2
	CodeStepLocationTotal = "step.location_total"  // the organisation's location-based Scope 2
	CodeStepMarketTotal   = "step.market_total"    // the organisation's market-based Scope 2
	CodeStepScope1Total   = "step.scope1_total"    // the organisation's Scope 1
	CodeStepFuel          = "step.fuel"            // Scope 1 from a fuel
	CodeStepEntered       = "step.entered"         // Scope 1 entered
	CodeStepAllocation    = "step.allocation"      // a supply's hourly allocation
	CodeStepShare         = "step.share"           // a product line's share of its facility
	CodeStepShareOf       = "step.share_of"        // a product line's share of a facility figure
	CodeStepCBAMDirect    = "step.cbam_direct"     // direct emissions of a good
	CodeStepCBAMIndirect  = "step.cbam_indirect"   // indirect emissions of a good
	CodeStepPrecursors    = "step.precursors"      // precursors of a good
	CodeStepSEEDirect     = "step.see_direct"      // SEE, direct
	CodeStepSEEIndirect   = "step.see_indirect"    // SEE, indirect
	CodeStepSEE           = "step.see"             // SEE counted, direct and indirect
	CodeStepSEEDirectOnly = "step.see_direct_only" // SEE counted, direct only
)
