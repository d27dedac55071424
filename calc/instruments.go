package calc

import "strings"

// A Certificate is an energy attribute certificate: a Chinese green
// electricity certificate (GEC, 1 GEC = 1 MWh, 发改能源〔2023〕1044号), an
// I-REC, a guarantee of origin (GO) or a US REC. It is applied to one
// facility; Greenline checks it against the Scope 2 Quality Criteria before
// counting it.
type Certificate struct {
	ID         string  `json:"id"`
	Scheme     string  `json:"scheme"` // "GEC", "I-REC", "GO" or "REC"
	MWh        string  `json:"mwh"`
	Technology string  `json:"technology,omitempty"`
	Market     string  `json:"market"` // country of the generator, ISO 3166-1 alpha-2
	Vintage    Vintage `json:"vintage"`
	RetiredFor string  `json:"retired_for"` // the company the certificates were retired (cancelled) for
	Facility   string  `json:"facility"`    // the facility id it is claimed for
	Serials    string  `json:"serials,omitempty"`
}

// A Vintage is the months in which the certified energy was generated.
type Vintage struct {
	From string `json:"from"` // YYYY-MM
	To   string `json:"to"`   // YYYY-MM
}

// A Contract is a power purchase agreement: a volume bought from one
// generator for one facility over the period.
type Contract struct {
	ID         string        `json:"id"`
	Facility   string        `json:"facility"`
	MWh        string        `json:"mwh"`
	Technology string        `json:"technology"` // "solar", "wind", "hydro", "biomass" or "mixed"
	Market     string        `json:"market"`
	Factor     *CustomFactor `json:"factor,omitempty"` // the generator's rate; none for a zero-emission renewable plant
	Evidence   string        `json:"evidence"`         // contract reference an auditor can ask for
	// Shape says when the volume is delivered, for hourly matching:
	// "annual" (the default: it counts for annual matching only), "flat"
	// (spread evenly over every hour of the period) or "hourly" (Hourly,
	// whose readings in kWh must add up to the volume).
	Shape  string  `json:"shape,omitempty"`
	Hourly *Series `json:"hourly,omitempty"`
}

// renewable technologies have zero operational emissions; biomass CO2 is
// biogenic and reported outside the scopes (Scope 2 Guidance, 6.12).
var renewable = map[string]bool{"solar": true, "wind": true, "hydro": true, "biomass": true}

func checkContracts(errs *Errors, contracts []Contract, ids map[string]int, sp *span) (map[string][]int, [][]int64) {
	byFacility := map[string][]int{}
	hours := make([][]int64, len(contracts)) // hourly deliveries of contracts shaped "hourly"
	seen := map[string]int{}
	for i, c := range contracts {
		at := index("contracts", i)
		uniqueID(errs, "contracts", i, c.ID, seen)
		if _, ok := ids[c.Facility]; !ok {
			errs.Add(CodeFacilityUnknown, at+".facility", "\"{id}\" is not the id of a facility", "id", c.Facility)
		}
		if _, e := parseWh(c.MWh, "MWh", maxReadingWh); e != nil {
			errs.Put(at+".mwh", *e)
		}
		if !technologies[c.Technology] {
			errs.Add(CodeUnknown, at+".technology", "\"{value}\": choose solar, wind, hydro, biomass or mixed", "value", c.Technology)
		}
		if !isCountry(c.Market) {
			errs.Add(CodeCountry, at+".market", "\"{value}\": give the country of the generator as a two-letter code, e.g. CN", "value", c.Market)
		}
		if c.Factor != nil {
			customFactor(errs, at+".factor", *c.Factor)
		} else if c.Technology == "mixed" {
			errs.Add(CodeRequired, at+".factor", "give the generator's emission rate: a mixed plant is not zero-emission")
		}
		checkText(errs, at+".evidence", c.Evidence)
		hours[i] = checkShape(errs, at, c, sp)
		byFacility[c.Facility] = append(byFacility[c.Facility], i)
	}
	return byFacility, hours
}

// judgeContract checks a PPA against the Quality Criteria Greenline can see.
func judgeContract(c Contract, market string) claim {
	wh, _ := parseWh(c.MWh, "MWh", maxReadingWh)
	cl := claim{kind: "ppa", id: c.ID, wh: wh, ok: true}
	if market != "" && c.Market == market {
		cl.reasons = append(cl.reasons, reason(StatusMet, CodeQCMarket, "same market as the consumption ({market})", "market", market))
	} else {
		cl.reasons = append(cl.reasons, reason(StatusFailed, CodeQCOtherMarket, "same market: generated in \"{generated}\", consumed in \"{market}\"", "generated", c.Market, "market", market))
		cl.ok = false
	}
	if strings.TrimSpace(c.Evidence) == "" {
		cl.reasons = append(cl.reasons, reason(StatusFailed, CodeQCNoEvidence, "no contract reference to evidence the purchase"))
		cl.ok = false
	} else {
		cl.reasons = append(cl.reasons, reason(StatusMet, CodeQCEvidence, "contract evidence {evidence}", "evidence", c.Evidence))
	}
	if c.Factor != nil {
		g, _ := customFactor(new(Errors), "", *c.Factor)
		cl.ef, _ = g.row.Unit.PerKWh(g.row.Value)
		cl.flags = []string{FlagCustomFactor}
		cl.reasons = append(cl.reasons, note(CodeQCRate, "generator rate {value} {unit}; source: {source}", "value", c.Factor.Value, "unit", c.Factor.Unit, "source", c.Factor.Source))
	} else {
		cl.reasons = append(cl.reasons, note(CodeQCRateZero, "generator rate 0: {technology} has no operational CO2 emissions", "technology", c.Technology))
	}
	return cl
}

// checkShape checks a contract's shape and returns its hourly deliveries
// when it is shaped "hourly".
func checkShape(errs *Errors, at string, c Contract, sp *span) []int64 {
	switch c.Shape {
	case "", "annual":
		if c.Hourly != nil {
			errs.Add(CodeUnshaped, at+".hourly", "hourly deliveries are given: set shape to \"hourly\"")
		}
	case "flat", "hourly":
		if sp == nil {
			errs.Add(CodePeriodPPA, "period.start", "give the reporting period over which the PPA is shaped")
			return nil
		}
		if c.Shape == "flat" {
			return nil
		}
		if c.Hourly == nil {
			errs.Add(CodeRequired, at+".hourly", "give the hourly deliveries in kWh")
			return nil
		}
		hours := hourly(errs, at+".hourly", c.Hourly, "kWh", *sp)
		if hours == nil {
			return nil
		}
		var sum int64
		for _, wh := range hours {
			sum += wh
		}
		if vol, e := parseWh(c.MWh, "MWh", maxReadingWh); e == nil && sum != vol {
			errs.Add(CodeHourlySum, at+".hourly", "adds up to {sum} kWh, but the contract's volume is {volume} kWh", "sum", whToKWh(sum), "volume", whToKWh(vol))
		}
		return hours
	default:
		errs.Add(CodeUnknown, at+".shape", "\"{value}\": choose annual, flat or hourly", "value", c.Shape)
	}
	return nil
}

// deliveries returns a shaped contract's energy in every hour of the
// period (hourly: the readings checked by checkShape), or nil for an
// annual one.
func deliveries(c Contract, shaped []int64, sp span) []int64 {
	vol, _ := parseWh(c.MWh, "MWh", maxReadingWh)
	switch c.Shape {
	case "flat":
		out := make([]int64, sp.hours)
		weights := make([]int64, sp.hours)
		for h := range weights {
			weights[h] = 1
		}
		newAllocator(RuleProRata, sp.hours, nil, nil, false).split(vol, weights, int64(sp.hours), out)
		return out
	case "hourly":
		return shaped
	}
	return nil
}
