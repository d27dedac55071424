package calc

import (
	"github.com/greenline-calc/greenline/calc/internal/problem"
	"strconv"
	"strings"

	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/shopspring/decimal"
)

// A Product is a product line of one facility. The facility's emissions
// are shared among its lines in proportion to the allocation key: mass
// (tonnes), units, or machine hours.
type Product struct {
	ID           string      `json:"id"`
	Name         string      `json:"name,omitempty"`
	Facility     string      `json:"facility"`
	CN           string      `json:"cn,omitempty"` // 8-digit Combined Nomenclature code, or 6-digit HS code, for CBAM
	Units        string      `json:"units,omitempty"`
	Tonnes       string      `json:"tonnes,omitempty"`
	MachineHours string      `json:"machine_hours,omitempty"`
	Key          string      `json:"key"` // "mass", "units" or "machine-hours"
	Precursors   []Precursor `json:"precursors,omitempty"`
}

// A Precursor is a material bought in whose embedded emissions count in a
// CBAM good's specific embedded emissions (Regulation (EU) 2023/956, Annex IV).
type Precursor struct {
	Name        string `json:"name"`
	Tonnes      string `json:"tonnes"`
	SEEDirect   string `json:"see_direct"`   // tCO2e per tonne of precursor
	SEEIndirect string `json:"see_indirect"` // tCO2e per tonne of precursor
	Source      string `json:"source"`
}

// A ProductResult is one product line's share of its facility's emissions
// and its intensities.
type ProductResult struct {
	ID            string      `json:"id"`
	Name          string      `json:"name,omitempty"`
	Facility      string      `json:"facility"`
	Share         Quantity    `json:"share"` // of the facility, by the key
	Electricity   Quantity    `json:"electricity"`
	Scope1        Figure      `json:"scope1"`
	LocationBased Figure      `json:"location_based"`
	MarketBased   Figure      `json:"market_based"`
	PerUnit       *Intensity  `json:"per_unit,omitempty"`  // kgCO2e per unit
	PerTonne      *Intensity  `json:"per_tonne,omitempty"` // tCO2e per tonne
	CBAM          *CBAMResult `json:"cbam,omitempty"`
	// CBAMProblem is what is wrong with the line's CN code, when the code
	// cannot be read: the CN code is optional, so it blocks only this
	// line's CBAM figures (CBAM is then absent), never the rest.
	CBAMProblem *Error `json:"cbam_problem,omitempty"`
}

// An Intensity is Scope 1 + Scope 2 per unit of output, with Scope 2 by
// each method.
type Intensity struct {
	Unit          string   `json:"unit"`
	LocationBased string   `json:"location_based"`
	MarketBased   string   `json:"market_based"`
	Flags         []string `json:"flags,omitempty"`
}

var productKeys = map[string]bool{"mass": true, "units": true, "machine-hours": true}

// IntensityPlaces is the number of decimals of reported intensities.
const IntensityPlaces = 4

// quotientPlaces is how far divisions are carried before the one rounding.
const quotientPlaces = 20

// A line is a checked product: its key weight in millionths.
type line struct {
	Product
	site   int
	index  int // position in the project's products
	weight int64
	units  decimal.Decimal
	tonnes decimal.Decimal
	class  *policy.Classification
	cnErr  *Error // the CN code's problem, which blocks only the CBAM line

	facilityLabel string // the facility's name, or its id without one
}

// productLabel is how the user named the product line: its name, or its
// id without one.
func productLabel(p Product) string {
	if p.Name != "" {
		return p.Name
	}
	return p.ID
}

// figureNames words the figures a product line gets a share of, by the id
// a trace step gives them.
var figureNames = map[string]string{"scope1": "Scope 1", "location_based": "location-based Scope 2", "market_based": "market-based Scope 2"}

// maxProducts bounds the product lines of a project, so that the sum of
// their keys (at most 10⁸ with 6 decimals each) stays within int64.
const maxProducts = 10_000

func checkProducts(errs *Errors, products []Product, ids map[string]int) []line {
	if len(products) > maxProducts {
		errs.Add(CodeTooMany, "products", "has {count} product lines; at most {max} are accepted", "count", strconv.Itoa(len(products)), "max", strconv.Itoa(maxProducts))
		return nil
	}
	var lines []line
	seen := map[string]int{}
	for i, p := range products {
		at := index("products", i)
		ok := true
		bad := func(code, field, english string, params ...string) {
			errs.Add(code, at+field, english, params...)
			ok = false
		}
		put := func(field string, e *Error) { errs.Put(at+field, *e); ok = false }
		if p.ID == "" {
			bad(CodeRequired, ".id", "give the product line an id")
		} else if prev, dup := seen[p.ID]; dup {
			bad(CodeDuplicateID, ".id", "\"{id}\" is already the id of {other}", "id", p.ID, "other", index("products", prev))
		} else {
			seen[p.ID] = i
			checkID(errs, at+".id", p.ID)
		}
		checkText(errs, at+".name", p.Name)
		si, found := ids[p.Facility]
		if !found {
			bad(CodeFacilityUnknown, ".facility", "\"{id}\" is not the id of a facility", "id", p.Facility)
		}
		l := line{Product: p, site: si, index: i}
		num := func(field, s, unit string, need bool) decimal.Decimal {
			if s == "" {
				if need {
					bad(CodeRequired, "."+field, "required by the allocation key or the CN code")
				}
				return decimal.Zero
			}
			d, e := parseBounded(s, maxTonnes, unit)
			if e != nil {
				put("."+field, e)
			} else if !d.Shift(6).IsInteger() {
				bad(CodePlaces, "."+field, "{value} has more than {places} decimal places", "value", strings.TrimSpace(s), "places", "6")
			}
			return d
		}
		if !productKeys[p.Key] {
			bad(CodeUnknown, ".key", "\"{value}\": choose mass, units or machine-hours", "value", p.Key)
		}
		l.units = num("units", p.Units, "units", p.Key == "units")
		l.tonnes = num("tonnes", p.Tonnes, "t", p.Key == "mass" || p.CN != "")
		hours := num("machine_hours", p.MachineHours, "h", p.Key == "machine-hours")
		switch p.Key {
		case "mass":
			l.weight = l.tonnes.Shift(6).IntPart()
		case "units":
			l.weight = l.units.Shift(6).IntPart()
		case "machine-hours":
			l.weight = hours.Shift(6).IntPart()
		}
		if p.CN != "" && p.Tonnes != "" && l.tonnes.IsZero() {
			bad(CodeCBAMTonnes, ".tonnes", "a CBAM good needs its activity level: tonnes produced, more than 0")
		}
		if p.CN != "" {
			c, err := policy.Default().Classify(p.CN)
			if err != nil {
				e := problem.New(CodeCN, "\"{value}\" is not a CN code: write its 8 digits, or the 6-digit HS code, spaces allowed (\"8544 49 93\")", "value", p.CN).At(at + ".cn")
				l.cnErr = &e
			} else {
				l.class = &c
			}
		}
		for j, pr := range p.Precursors {
			pat := "." + index("precursors", j)
			checkText(errs, at+pat+".name", pr.Name)
			checkText(errs, at+pat+".source", pr.Source)
			for _, f := range []struct{ name, v, unit string }{{"tonnes", pr.Tonnes, "t"}, {"see_direct", pr.SEEDirect, "tCO2e/t"}, {"see_indirect", pr.SEEIndirect, "tCO2e/t"}} {
				if _, e := parseBounded(f.v, maxTonnes, f.unit); e != nil {
					put(pat+"."+f.name, e)
				}
			}
			if strings.TrimSpace(pr.Source) == "" {
				bad(CodeRequired, pat+".source", "say where the precursor's embedded emissions come from (supplier's CBAM data, default values…)")
			}
		}
		if ok {
			lines = append(lines, l)
		}
	}
	// Every facility with lines needs a positive key total.
	sum := map[int]int64{}
	for _, l := range lines {
		sum[l.site] += l.weight
	}
	reported := map[int]bool{}
	for _, l := range lines {
		if sum[l.site] == 0 && !reported[l.site] {
			errs.Add(CodeNoOutput, index("products", l.index)+".key", "the product lines of facility \"{facility}\" have no output to share emissions by", "facility", l.Facility)
			reported[l.site] = true
		}
	}
	if len(reported) > 0 {
		return nil
	}
	return lines
}

// facilityTotals are one facility's exact figures that product lines share.
type facilityTotals struct {
	wh             int64
	s1, lb, mb     decimal.Decimal
	cbam           cbamBasis
	lbFlag, mbFlag []string
	s1Flag         []string
	s1Unit, s2Unit string
}

// products shares each facility's emissions and electricity among its
// product lines by their keys.
func products(lines []line, tot []facilityTotals) []ProductResult {
	if len(lines) == 0 {
		return nil
	}
	sum := map[int]int64{}
	for _, l := range lines {
		sum[l.site] += l.weight
	}
	// Each facility's electricity is split among its lines in whole Wh by
	// largest remainder, so the lines' parts add up to the facility's use.
	lineWh := make([]int64, len(lines))
	bySite := map[int][]int{}
	for i, l := range lines {
		bySite[l.site] = append(bySite[l.site], i)
	}
	for si, idx := range bySite {
		weights := make([]int64, len(idx))
		for j, i := range idx {
			weights[j] = lines[i].weight
		}
		parts := make([]int64, len(idx))
		newAllocator(RuleProRata, len(idx), nil, nil, false).split(tot[si].wh, weights, sum[si], parts)
		for j, i := range idx {
			lineWh[i] = parts[j]
		}
	}
	out := make([]ProductResult, 0, len(lines))
	for i, l := range lines {
		ft := tot[l.site]
		k, whole := decimal.NewFromInt(l.weight), decimal.NewFromInt(sum[l.site])
		part := func(x decimal.Decimal) decimal.Decimal { return x.Mul(k).DivRound(whole, quotientPlaces) }
		s1, lb, mb := part(ft.s1), part(ft.lb), part(ft.mb)
		shareStep := step(CodeStepShare, "Share of {product} in {facility} by {allocation}", "product", productLabel(l.Product), "facility", l.facilityLabel, "allocation", l.Key)
		shareStep.Formula = "key ÷ Σ keys of the facility's lines"
		shareStep.Inputs = []Quantity{{Name: "key", Value: k.Shift(-6).String()}, {Name: "Σ keys", Value: whole.Shift(-6).String()}}
		shareStep.Result = Quantity{Value: k.DivRound(whole, quotientPlaces).String()}
		fig := func(x decimal.Decimal, of, unit string, flags []string) Figure {
			st := step(CodeStepShareOf, "Share of {product} in the "+figureNames[of]+" of {facility}", "product", productLabel(l.Product), "figure", of, "facility", l.facilityLabel)
			exact := x.String()
			st.Formula, st.Result = "facility figure × share", Quantity{Value: exact, Unit: unit}
			return Figure{Value: roundTonnes(exact), Unit: unit, Exact: exact, Flags: flags, Trace: []Step{shareStep, st}}
		}
		r := ProductResult{ID: l.ID, Name: l.Name, Facility: l.Facility,
			Share: Quantity{Value: k.DivRound(whole, quotientPlaces).String()}, Electricity: kWh(lineWh[i]),
			Scope1:        fig(s1, "scope1", ft.s1Unit, ft.s1Flag),
			LocationBased: fig(lb, "location_based", ft.s2Unit, ft.lbFlag),
			MarketBased:   fig(mb, "market_based", ft.s2Unit, ft.mbFlag)}
		intensity := func(per decimal.Decimal, scale int32, unit string) *Intensity {
			if !per.IsPositive() {
				return nil
			}
			f := func(x decimal.Decimal) string {
				return s1.Add(x).Shift(scale).DivRound(per, quotientPlaces).Round(IntensityPlaces).StringFixed(IntensityPlaces)
			}
			return &Intensity{Unit: unit, LocationBased: f(lb), MarketBased: f(mb), Flags: mergeFlags(mergeFlags(nil, ft.s1Flag), ft.mbFlag)}
		}
		gas := "CO2"
		if ft.s1Unit == "tCO2e" || ft.s2Unit == "tCO2e" {
			gas = "CO2e"
		}
		r.PerUnit = intensity(l.units, 3, "kg"+gas+"/unit")
		r.PerTonne = intensity(l.tonnes, 0, "t"+gas+"/t")
		r.CBAMProblem = l.cnErr
		if l.class != nil {
			r.CBAM = cbam(l, s1, part(ft.cbam.tonnes), ft.cbam.basis)
			r.CBAM.Flags = mergeFlags(mergeFlags(nil, ft.s1Flag), ft.cbam.flags)
		}
		out = append(out, r)
	}
	return out
}
