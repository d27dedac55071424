package calc

import (
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/shopspring/decimal"
)

// Calculate checks p and computes every figure with the tables of lib. When
// the input has problems the error is Errors, listing all of them.
func Calculate(p Project, lib *factors.Library) (Result, error) {
	m, errs := check(p, lib)
	if len(errs) > 0 {
		return Result{}, errs
	}
	return compute(m, lib), nil
}

// compute works out every figure of a checked project.
func compute(m model, lib *factors.Library) Result {
	p := m.Project
	r := Result{Format: FormatVersion, Facilities: make([]FacilityResult, len(m.sites))}

	// Direct connections first: the market-based method needs each user's
	// hourly-allocated green energy.
	lines := make([]directLine, len(m.sites))
	for _, f := range m.feeds {
		keep := p.Options.HourlyShare
		for _, si := range f.users {
			keep = keep || m.needsHours(si)
		}
		res, g, byUser, byMonth := f.run(*m.span, m.sites, p.Options.Hourly, keep)
		for u, si := range f.users {
			lines[si] = directLine{green: g[u], fed: true, estimated: len(res.Flags) > 0, ef: f.ef, months: byMonth[u]}
			if byUser != nil {
				lines[si].hours = byUser[u]
			}
		}
		r.Supplies = append(r.Supplies, res)
	}
	for _, c := range m.plants {
		lines[c.site] = c.line()
	}

	year := 0
	if m.span != nil {
		year = m.span.start.Year()
	}
	fuels := map[string][]FuelUse{}
	for _, f := range p.Fuels {
		fuels[f.Facility] = append(fuels[f.Facility], f)
	}
	tot := make([]facilityTotals, len(m.sites))
	var s1Sum decimal.Decimal
	var s1Flags []string
	var s1In, lbIn, mbIn []Quantity
	var lbSum, mbSum decimal.Decimal
	var lbFlags, mbFlags []string
	others := m.otherCompanies() // not the organisation's: left out of its totals
	sh := shared{res: residuals{year: year, lib: lib}}
	for i, s := range m.sites {
		gu := sh.grids.of(s.grid)
		lb, lbExact := locationBased(s, gu)
		var certs, ppas []claim
		for _, ci := range m.certs[s.ID] {
			certs = append(certs, judgeCertificate(p.Certificates[ci], p.Organisation, s.country(), m.span))
		}
		for _, ci := range m.ppas[s.ID] {
			ppas = append(ppas, judgeContract(p.Contracts[ci], s.country()))
		}
		dl := lines[i]
		mb := marketBased(s, gu, dl.green, dl.ef, certs, ppas, &sh)
		mb.fig.Flags = mergeFlags(append([]string(nil), lb.Flags...), mb.fig.Flags)
		m.claimMarket(i, &mb)
		if dl.estimated {
			mb.fig.Flags = mergeFlags(mb.fig.Flags, []string{FlagEstimate})
		}
		s1, s1Exact := scope1(s.label(), fuels[s.ID])
		tot[i] = facilityTotals{wh: s.total, s1: s1Exact, lb: lbExact, mb: mb.exact, cbam: cbamElectricity(s, gu, dl.green, dl.ef, ppas),
			lbFlag: lb.Flags, mbFlag: mb.fig.Flags, s1Flag: s1.Flags, s1Unit: s1.Unit, s2Unit: lb.Unit}
		tot[i].cbam.flags = append([]string(nil), lb.Flags...)
		if dl.estimated {
			tot[i].cbam.flags = mergeFlags(tot[i].cbam.flags, []string{FlagEstimate})
		}
		for _, c := range ppas {
			tot[i].cbam.flags = mergeFlags(tot[i].cbam.flags, c.flags)
		}
		if !dl.ef.IsZero() && dl.green > 0 {
			tot[i].cbam.flags = mergeFlags(tot[i].cbam.flags, []string{FlagCustomFactor})
		}
		m.claimCBAM(i, &tot[i].cbam)
		if !others[i] {
			s1Sum, s1Flags = addExact(s1Sum, s1Exact), mergeFlags(s1Flags, s1.Flags)
			s1In = append(s1In, Quantity{Name: s.label(), Value: s1.Exact, Unit: s1.Unit})
		}
		fr := FacilityResult{ID: s.ID, Name: s.Name, Energy: kWh(s.total), Scope1: s1, LocationBased: lb, MarketBased: mb.fig, Instruments: mb.instruments}
		var green []int64 // by hour, as hourly matching counts it
		if s.hours != nil && (m.needsHours(i) || p.Options.HourlyShare) {
			green = m.greenHours(i, dl, ppas, mb)
		}
		if dl.fed || len(certs)+len(ppas) > 0 || s.cfe != nil {
			fr.Matching = m.matching(i, dl, green, mb)
			if s.estimate || dl.estimated {
				fr.Matching.Flags = []string{FlagEstimate}
			}
		}
		fr.Monthly = m.monthly(i, dl, ppas, mb)
		if p.Options.HourlyShare && green != nil {
			fr.HourlyShare = hourlyShare(*m.span, s.hours, green, s.estimate || dl.estimated)
		}
		m.claimEvidence(i, &fr)
		r.Facilities[i] = fr
		if !others[i] {
			lbSum, mbSum = addExact(lbSum, lbExact), addExact(mbSum, mb.exact)
			lbFlags, mbFlags = mergeFlags(lbFlags, lb.Flags), mergeFlags(mbFlags, mb.fig.Flags)
			lbIn = append(lbIn, Quantity{Name: s.label(), Value: lb.Exact, Unit: lb.Unit})
			mbIn = append(mbIn, Quantity{Name: s.label(), Value: mb.fig.Exact, Unit: mb.fig.Unit})
		}
	}
	unit := r.Facilities[0].LocationBased.Unit
	r.LocationBased = total(step(CodeStepLocationTotal, "Location-based Scope 2 of the organisation"), lbSum, unit, lbFlags, lbIn)
	r.MarketBased = total(step(CodeStepMarketTotal, "Market-based Scope 2 of the organisation"), mbSum, unit, mbFlags, mbIn)
	r.Scope1 = total(step(CodeStepScope1Total, "Scope 1 of the organisation"), s1Sum, scope1Unit(s1Flags), s1Flags, s1In)
	r.Products = products(m.lines, tot)
	return r
}

// total is the organisation's figure: the exact sum of the facilities'
// exact figures, rounded once.
func total(st Step, sum decimal.Decimal, unit string, flags []string, inputs []Quantity) Figure {
	exact := decimalText(sum)
	st.Formula, st.Inputs, st.Result = "sum of the facilities' exact figures, rounded once", inputs, Quantity{Value: exact, Unit: unit}
	return Figure{Value: roundTonnes(exact), Unit: unit, Exact: exact, Flags: flags, Trace: []Step{st}}
}

// A directLine is what a facility received from the supply it draws from.
type directLine struct {
	green     int64           // watt-hours allocated over the period
	fed       bool            // the facility draws from a supply
	estimated bool            // the allocation rests on a synthesized profile
	ef        decimal.Decimal // the generator's rate, kg/kWh; zero for renewables
	hours     []int64         // allocation by hour, kept where matching or the hourly share needs it
	months    [12]int64       // allocation by month of the period
}

// needsHours reports whether facility i's green energy is needed hour by
// hour: for a CFE score or to match shaped PPAs.
func (m model) needsHours(i int) bool {
	if m.sites[i].cfe != nil {
		return true
	}
	for _, ci := range m.ppas[m.sites[i].ID] {
		if c := m.Contracts[ci]; c.Shape == "flat" || c.Shape == "hourly" {
			return true
		}
	}
	return false
}

// matching computes facility i's hourly- and annual-matched shares and,
// when the grid's carbon-free shares are given, its CFE score. green is
// the facility's green energy in every hour (greenHours), or nil when its
// hours are not needed: then the hourly-matched energy is the direct
// line's allocation, which never exceeds an hour's load, unless the line
// is fossil-rated.
func (m model) matching(i int, dl directLine, green []int64, mb marketPart) *UserMatch {
	s := m.sites[i]
	annual := mb.green
	if green == nil {
		line := dl.green
		if !dl.ef.IsZero() {
			line = 0 // a fossil-rated line is not green
		}
		load, lineQ := kWh(s.total), kWh(line)
		annualQ := lineQ
		if annual != line {
			annualQ = kWh(annual)
		}
		return &UserMatch{Hourly: shareOf(line, s.total, lineQ, load), Annual: shareOf(annual, s.total, annualQ, load)}
	}
	var total int64
	for _, g := range green {
		total += g
	}
	um := &UserMatch{Hourly: newShare(total, s.total), Annual: newShare(annual, s.total)}
	if s.cfe != nil {
		um.CFE = cfeScore(s.hours, green, s.cfe, s.GridCFE.Source)
	}
	return um
}

// greenHours returns facility i's green energy in every hour of the
// period as hourly matching counts it: the direct line's allocation
// (unless the line is fossil-rated) plus the deliveries of accepted,
// zero-rated PPAs shaped flat or hourly, up to the hour's load; surplus in
// one hour never covers another. The facility must have hours.
func (m model) greenHours(i int, dl directLine, ppas []claim, mb marketPart) []int64 {
	s := m.sites[i]
	green := make([]int64, m.span.hours)
	if dl.hours != nil && dl.ef.IsZero() {
		copy(green, dl.hours)
	}
	for k, ci := range m.ppas[s.ID] {
		if !ppas[k].ef.IsZero() {
			continue // a fossil-fuelled PPA is not green
		}
		for h, wh := range m.coveredDeliveries(ci, ppas[k].wh, mb.ppaCovered[k]) {
			green[h] += wh
		}
	}
	for h, l := range s.hours {
		green[h] = min(green[h], l)
	}
	return green
}

// coveredDeliveries returns what contract ci delivers in every hour of the
// period, counting only what the market-based method covered with it: its
// shape scaled down to the covered energy (largest remainder) when it
// covered less than its volume. It is nil for a contract shaped "annual"
// and for one that covered nothing (refused, or nothing left to cover).
func (m model) coveredDeliveries(ci int, offered, covered int64) []int64 {
	if covered == 0 {
		return nil
	}
	d := deliveries(m.Contracts[ci], m.ppaHours[ci], *m.span)
	if d != nil && covered < offered {
		scaled := make([]int64, len(d))
		newAllocator(RuleProRata, len(d), nil, nil, false).split(covered, d, offered, scaled)
		d = scaled
	}
	return d
}
