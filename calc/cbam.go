package calc

import (
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
	Classification string   `json:"classification"` // one sentence with the deciding entry and document
	DirectOnly     bool     `json:"direct_only"`
	Direct         Quantity `json:"direct"`   // attributed Scope 1
	Indirect       Quantity `json:"indirect"` // electricity × factor
	IndirectBasis  string   `json:"indirect_basis"`
	Precursors     Quantity `json:"precursors"` // counted precursor emissions
	ActivityTonnes string   `json:"activity_tonnes"`
	SEEDirect      string   `json:"see_direct"`   // tCO2e per tonne
	SEEIndirect    string   `json:"see_indirect"` // tCO2e per tonne
	SEE            string   `json:"see"`          // counted: direct, plus indirect unless direct-only
	Notes          []string `json:"notes"`
	Trace          []Step   `json:"trace"`
	Flags          []string `json:"flags,omitempty"`
}

// cbamBasis says how a facility's electricity enters CBAM indirect
// emissions: the tonnes of its electricity with actual factors where
// evidenced, and in words.
type cbamBasis struct {
	tonnes decimal.Decimal
	basis  string
	flags  []string
}

// cbamElectricity computes a facility's electricity emissions for CBAM:
// direct-line energy at the generator's factor (zero for renewables),
// accepted PPA volumes at their generators' factors, the rest at the grid
// factor. Certificates are ignored.
func cbamElectricity(s site, green int64, lineEF decimal.Decimal, ppas []claim) cbamBasis {
	gridEF, _ := s.grid.row.Unit.PerKWh(s.grid.row.Value)
	left := s.total - green
	var t decimal.Decimal
	basis := ""
	if green > 0 {
		t = decimal.New(green, -3).Mul(lineEF).Shift(-3)
		basis = whToKWh(green) + " kWh over the direct line at the generator's " + lineEF.String() + " kg/kWh; "
	}
	for _, c := range ppas {
		if !c.ok {
			continue
		}
		wh := min(c.wh, left)
		left -= wh
		t = t.Add(decimal.New(wh, -3).Mul(c.ef).Shift(-3))
		basis += whToKWh(wh) + " kWh under PPA " + c.id + " at " + c.ef.String() + " kg/kWh; "
	}
	t = t.Add(decimal.New(left, -3).Mul(gridEF).Shift(-3))
	if basis == "" {
		basis = "default: all " + whToKWh(s.total) + " kWh at the grid factor " + gridEF.String() + " kg/kWh (no direct technical connection or PPA evidenced)"
	} else {
		basis = "actual: " + basis + whToKWh(left) + " kWh at the grid factor " + gridEF.String() + " kg/kWh"
	}
	return cbamBasis{tonnes: t, basis: basis}
}

// cbam computes the SEE of one product line from its attributed direct
// and indirect emissions.
func cbam(l line, direct, indirect decimal.Decimal, basis string) *CBAMResult {
	c := l.class
	r := &CBAMResult{
		CN: c.CN, Coverage: string(c.Coverage), Entry: c.Entry, Sector: c.Sector, Classification: c.String(),
		DirectOnly: c.EmissionsCounted == policy.DirectOnly, IndirectBasis: basis,
		Direct: Quantity{Value: direct.String(), Unit: "tCO2e"}, Indirect: Quantity{Value: indirect.String(), Unit: "tCO2e"},
		ActivityTonnes: l.tonnes.String(),
		Notes: []string{
			"Certificates (GEC, I-REC, GO, REC) do not lower CBAM indirect emissions: an actual factor needs a direct technical connection or a PPA.",
			"The CBAM default electricity factors (Implementing Regulation (EU) 2025/2621) are not in Greenline's data yet; the grid factor of the facility's table stands in for them and must be checked against the default values before a declaration.",
		},
	}
	if c.Coverage == policy.NotCovered {
		r.Notes = append(r.Notes, "Not a CBAM good: the figures are for information.")
	}
	if c.Coverage == policy.Proposed || c.Coverage == policy.PartlyProposed {
		r.Notes = append(r.Notes, "Only proposed for CBAM (COM(2025) 989, from 2028): the figures are for preparation.")
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
		r.Notes = append(r.Notes, "Annex II good: only direct emissions are counted (Regulation (EU) 2023/956, Art. 7(1)); indirect emissions are shown for information.")
	}
	r.Precursors = Quantity{Value: counted.String(), Unit: "tCO2e"}
	t := Quantity{Name: "activity level", Value: l.tonnes.String(), Unit: "t"}
	r.Trace = []Step{
		{What: "Direct emissions attributed to the good", Formula: "the product line's share of the facility's Scope 1",
			Result: Quantity{Name: "direct", Value: direct.String(), Unit: "tCO2e"}},
		{What: "Indirect emissions attributed to the good", Formula: "the product line's share of the facility's electricity emissions; " + basis,
			Result: Quantity{Name: "indirect", Value: indirect.String(), Unit: "tCO2e"}},
		{What: "Precursors", Formula: "Σ precursor tonnes × precursor SEE (direct; indirect too unless the good is direct-only)",
			Result: Quantity{Name: "precursors", Value: counted.String(), Unit: "tCO2e"}},
		{What: "Specific embedded emissions, direct", Formula: "(direct + Σ precursor tonnes × SEE direct) ÷ activity level",
			Inputs: []Quantity{{Name: "direct", Value: direct.String(), Unit: "tCO2e"}, {Name: "precursors, direct", Value: precDirect.String(), Unit: "tCO2e"}, t},
			Result: Quantity{Name: "SEE direct", Value: seeD.String(), Unit: "tCO2e/t"}},
		{What: "Specific embedded emissions, indirect", Formula: "(indirect + Σ precursor tonnes × SEE indirect) ÷ activity level",
			Inputs: []Quantity{{Name: "indirect", Value: indirect.String(), Unit: "tCO2e"}, {Name: "precursors, indirect", Value: precIndirect.String(), Unit: "tCO2e"}, t},
			Result: Quantity{Name: "SEE indirect", Value: seeI.String(), Unit: "tCO2e/t"}},
		{What: "Specific embedded emissions counted", Formula: map[bool]string{true: "SEE direct (Annex II good: direct only)", false: "SEE direct + SEE indirect"}[r.DirectOnly],
			Result: Quantity{Name: "SEE", Value: see.String(), Unit: "tCO2e/t"}},
	}
	r.SEEDirect = seeD.Round(IntensityPlaces).StringFixed(IntensityPlaces)
	r.SEEIndirect = seeI.Round(IntensityPlaces).StringFixed(IntensityPlaces)
	r.SEE = see.Round(IntensityPlaces).StringFixed(IntensityPlaces)
	return r
}
