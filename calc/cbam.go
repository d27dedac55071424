package calc

import (
	"strings"

	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/shopspring/decimal"
)

// A CBAMResult is a good's specific embedded emissions (SEE) under
// Regulation (EU) 2023/956 (Annex IV):
//
//	SEE = (attributed emissions + Σ precursor tonnes × precursor SEE) ÷ activity level
//
// split into direct and indirect. Indirect emissions are the electricity
// consumed × its emission factor; an actual factor is used only for
// electricity evidenced by a direct technical connection or a PPA —
// certificates alone do not change it. For goods in Annex II (iron and
// steel, aluminium, hydrogen, electricity) only direct emissions count.
type CBAMResult struct {
	CN             string   `json:"cn"`
	Coverage       string   `json:"coverage"` // covered, partly-covered, proposed, partly-proposed, not-covered
	Entry          string   `json:"entry,omitempty"`
	Sector         string   `json:"sector,omitempty"`
	Classification Note     `json:"classification"` // the deciding entry and document
	DirectOnly     bool     `json:"direct_only"`
	Direct         Quantity `json:"direct"`         // attributed Scope 1
	Indirect       Quantity `json:"indirect"`       // electricity × factor
	IndirectBasis  []Note   `json:"indirect_basis"` // the electricity by the factor it is counted at
	Precursors     Quantity `json:"precursors"`     // counted precursor emissions
	ActivityTonnes string   `json:"activity_tonnes"`
	SEEDirect      string   `json:"see_direct"`   // tCO2e per tonne
	SEEIndirect    string   `json:"see_indirect"` // tCO2e per tonne
	SEE            string   `json:"see"`          // counted: direct, plus indirect unless direct-only
	Notes          []Note   `json:"notes"`
	Trace          []Step   `json:"trace"`
	Flags          []string `json:"flags,omitempty"`
}

// cbamBasis says how a facility's electricity enters CBAM indirect
// emissions: the tonnes of its electricity with actual factors where
// evidenced, and its parts.
type cbamBasis struct {
	tonnes decimal.Decimal
	basis  []Note
	flags  []string
}

// cbamElectricity computes a facility's electricity emissions for CBAM:
// direct-line energy at the generator's factor (zero for renewables),
// accepted PPA volumes at their generators' factors, the rest at the grid
// factor. Certificates are ignored.
func cbamElectricity(s site, gu gridUse, green int64, lineEF decimal.Decimal, ppas []claim) cbamBasis {
	gridEF := gu.ef
	left := s.total - green
	var t decimal.Decimal
	var basis []Note
	if green > 0 {
		t = tonnesOf(green, lineEF)
		basis = append(basis, note(CodeBasisLine, "actual: {energy} kWh over the direct line at the generator's {factor} kg/kWh",
			"energy", whToKWh(green), "factor", decimalText(lineEF)))
	}
	for _, c := range ppas {
		if !c.ok {
			continue
		}
		wh := min(c.wh, left)
		left -= wh
		t = addExact(t, tonnesOf(wh, c.ef))
		basis = append(basis, note(CodeBasisPPA, "actual: {energy} kWh under PPA {id} at {factor} kg/kWh",
			"energy", whToKWh(wh), "id", c.id, "factor", c.ef.String()))
	}
	t = addExact(t, tonnesOf(left, gridEF))
	if basis == nil {
		basis = []Note{note(CodeBasisDefault, "default: all {energy} kWh at the grid factor {factor} kg/kWh (no direct technical connection or PPA evidenced)",
			"energy", whToKWh(s.total), "factor", gu.efText)}
	} else {
		basis = append(basis, note(CodeBasisGrid, "the other {energy} kWh at the grid factor {factor} kg/kWh", "energy", whToKWh(left), "factor", gu.efText))
	}
	return cbamBasis{tonnes: t, basis: basis}
}

// cbam computes the SEE of one product line from its attributed direct
// and indirect emissions.
func cbam(l line, direct, indirect decimal.Decimal, basis []Note) *CBAMResult {
	c := l.class
	r := &CBAMResult{
		CN: c.CN, Coverage: string(c.Coverage), Entry: c.Entry, Sector: c.Sector, Classification: classification(*c),
		DirectOnly: c.EmissionsCounted == policy.DirectOnly, IndirectBasis: basis,
		Direct: Quantity{Value: direct.String(), Unit: "tCO2e"}, Indirect: Quantity{Value: indirect.String(), Unit: "tCO2e"},
		ActivityTonnes: l.tonnes.String(),
		Notes: []Note{
			note(CodeCBAMCertificates, "Certificates (GEC, I-REC, GO, REC) do not lower CBAM indirect emissions: an actual factor needs a direct technical connection or a PPA."),
			note(CodeCBAMDefaults, "The CBAM default electricity factors (Implementing Regulation (EU) 2025/2621) are not in Greenline's data yet; the grid factor of the facility's table stands in for them and must be checked against the default values before a declaration."),
		},
	}
	if c.Coverage == policy.NotCovered {
		r.Notes = append(r.Notes, note(CodeCBAMNotGood, "Not a CBAM good: the figures are for information."))
	}
	if c.HS6 && c.Coverage != policy.NeedsCN8 {
		r.Notes = append(r.Notes, note(CodeCBAMHS6, "HS {cn} decides coverage here, since every CN code under it is classified alike; a CBAM declaration still names the 8-digit CN code.", "cn", c.CN))
	}
	if c.Coverage == policy.Proposed || c.Coverage == policy.PartlyProposed {
		r.Notes = append(r.Notes, note(CodeCBAMProposed, "Only proposed for CBAM (COM(2025) 989, from 2028): the figures are for preparation."))
	}
	var precDirect, precIndirect decimal.Decimal
	for _, p := range l.Precursors {
		t, _ := parseDecimal(p.Tonnes)
		d, _ := parseDecimal(p.SEEDirect)
		i, _ := parseDecimal(p.SEEIndirect)
		precDirect = precDirect.Add(t.Mul(d))
		precIndirect = precIndirect.Add(t.Mul(i))
	}
	seeD := direct.Add(precDirect).DivRound(l.tonnes, quotientPlaces)
	seeI := indirect.Add(precIndirect).DivRound(l.tonnes, quotientPlaces)
	see := seeD
	counted := precDirect
	if !r.DirectOnly {
		see = see.Add(seeI)
		counted = counted.Add(precIndirect)
	} else {
		r.Notes = append(r.Notes, note(CodeCBAMDirectOnly, "Annex II good: only direct emissions are counted (Regulation (EU) 2023/956, Art. 7(1)); indirect emissions are shown for information."))
	}
	r.Precursors = Quantity{Value: counted.String(), Unit: "tCO2e"}
	t := Quantity{Name: "activity level", Value: l.tonnes.String(), Unit: "t"}
	words := make([]string, len(basis))
	for i, n := range basis {
		words[i] = n.Message
	}
	name := productLabel(l.Product)
	with := func(st Step, formula string, inputs []Quantity, result Quantity) Step {
		st.Formula, st.Inputs, st.Result = formula, inputs, result
		return st
	}
	counting := step(CodeStepSEE, "Specific embedded emissions of {product} counted: direct and indirect", "product", name)
	if r.DirectOnly {
		counting = step(CodeStepSEEDirectOnly, "Specific embedded emissions of {product} counted: direct only (Annex II good)", "product", name)
	}
	r.Trace = []Step{
		with(step(CodeStepCBAMDirect, "Direct emissions attributed to {product}", "product", name),
			"the product line's share of the facility's Scope 1", nil,
			Quantity{Name: "direct", Value: direct.String(), Unit: "tCO2e"}),
		with(step(CodeStepCBAMIndirect, "Indirect emissions attributed to {product}", "product", name),
			"the product line's share of the facility's electricity emissions; "+strings.Join(words, "; "), nil,
			Quantity{Name: "indirect", Value: indirect.String(), Unit: "tCO2e"}),
		with(step(CodeStepPrecursors, "Precursors of {product}", "product", name),
			"Σ precursor tonnes × precursor SEE (direct; indirect too unless the good is direct-only)", nil,
			Quantity{Name: "precursors", Value: counted.String(), Unit: "tCO2e"}),
		with(step(CodeStepSEEDirect, "Specific embedded emissions of {product}, direct", "product", name),
			"(direct + Σ precursor tonnes × SEE direct) ÷ activity level",
			[]Quantity{{Name: "direct", Value: direct.String(), Unit: "tCO2e"}, {Name: "precursors, direct", Value: precDirect.String(), Unit: "tCO2e"}, t},
			Quantity{Name: "SEE direct", Value: seeD.String(), Unit: "tCO2e/t"}),
		with(step(CodeStepSEEIndirect, "Specific embedded emissions of {product}, indirect", "product", name),
			"(indirect + Σ precursor tonnes × SEE indirect) ÷ activity level",
			[]Quantity{{Name: "indirect", Value: indirect.String(), Unit: "tCO2e"}, {Name: "precursors, indirect", Value: precIndirect.String(), Unit: "tCO2e"}, t},
			Quantity{Name: "SEE indirect", Value: seeI.String(), Unit: "tCO2e/t"}),
		with(counting, map[bool]string{true: "SEE direct (Annex II good: direct only)", false: "SEE direct + SEE indirect"}[r.DirectOnly], nil,
			Quantity{Name: "SEE", Value: see.String(), Unit: "tCO2e/t"}),
	}
	r.SEEDirect = seeD.Round(IntensityPlaces).StringFixed(IntensityPlaces)
	r.SEEIndirect = seeI.Round(IntensityPlaces).StringFixed(IntensityPlaces)
	r.SEE = see.Round(IntensityPlaces).StringFixed(IntensityPlaces)
	return r
}

// classification is the Note of a CBAM classification: whether the good is
// covered, by which entry, sector and document (the CN code written
// "8544 49 93"). Annex I descriptions are quoted in English, as the
// regulation prints them.
func classification(c policy.Classification) Note {
	doc := ""
	if c.Document != nil {
		doc = c.Document.Number
	}
	var n Note
	switch c.Coverage {
	case policy.Covered:
		n = note(CodeCBAMCovered, "CN {cn}: covered by CBAM Annex I entry {entry} ({sector})", "cn", c.CN, "entry", c.Entry, "sector", c.Sector)
	case policy.PartlyCovered:
		n = note(CodeCBAMPartlyCovered, "CN {cn}: partly covered (ex code): check the description of Annex I entry {entry} ({sector}): {description}",
			"cn", c.CN, "entry", c.Entry, "sector", c.Sector, "description", c.Description)
	case policy.Proposed:
		n = note(CodeCBAMProposedAs, "CN {cn}: not covered today; proposed as entry {entry} ({sector}) by {document}",
			"cn", c.CN, "entry", c.Entry, "sector", c.Sector, "document", doc)
	case policy.PartlyProposed:
		n = note(CodeCBAMPartlyProposed, "CN {cn}: not covered today; partly proposed (ex code) as entry {entry} ({sector}) by {document}: check the description: {description}",
			"cn", c.CN, "entry", c.Entry, "sector", c.Sector, "document", doc, "description", c.Description)
	case policy.NeedsCN8:
		return note(CodeCBAMNeedsCN8, "HS {cn}: whether CBAM covers the good depends on its 8-digit CN code, because {entries} lie below it; give the 8 digits",
			"cn", c.CN, "entries", strings.Join(c.Candidates, "; "))
	case policy.NotCovered:
		if c.Excepted != nil {
			n = note(CodeCBAMExcepted, "CN {cn}: not covered: Annex I entry {entry} excepts {code} ({description})",
				"cn", c.CN, "entry", c.AnnexIEntry, "code", c.Excepted.Code, "description", c.Excepted.Description)
			return n
		}
		n = note(CodeCBAMNotCovered, "CN {cn}: not covered", "cn", c.CN)
	}
	switch c.EmissionsCounted {
	case policy.DirectOnly:
		n.Message += "; direct emissions only (Annex II)"
	case policy.DirectAndIndirect:
		n.Message += "; direct and indirect emissions"
	}
	if c.Excepted != nil {
		n.Message += "; Annex I entry " + c.AnnexIEntry + " excepts " + c.Excepted.Code + " (" + c.Excepted.Description + ")"
	}
	return n
}
