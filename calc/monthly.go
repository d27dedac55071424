package calc

// monthly returns facility i's consumption in every month of the period
// by source, or nil when its consumption per month is unknown (one annual
// figure without a profile) or there is no period to name the months.
//
// The annual figures of the market-based method are not changed, only
// laid out over the months, so that every part summed over the year is
// what the instruments list shows as covered, and the parts of every month
// add up to its load. Energy with a time of its own is placed first: the
// direct line's allocation month by month (scaled down, largest remainder,
// when certificates applied before it left it less to cover), then the
// deliveries of PPAs shaped flat or hourly, each month up to what is
// still uncovered in it. Energy applied over the whole period has no
// month: each certificate, then each PPA shaped "annual" and what a shaped
// PPA covered beyond its months' room, in the instrument order, is split
// among the months in proportion to the energy still uncovered in each
// (largest remainder, ties to the earlier month). What is left of every
// month is at the supplier's rate, or else at the residual mix or the grid
// average.
func (m model) monthly(i int, dl directLine, ppas []claim, mb marketPart) []FacilityMonth {
	s := m.sites[i]
	if m.span == nil {
		return nil
	}
	sp := *m.span
	var load [12]int64
	switch {
	case s.hours != nil:
		load = s.months
	case len(s.readings) == 12:
		copy(load[:], s.readings)
	default:
		return nil
	}
	left := load // still uncovered
	// A pro-rata split of twelve parts needs only these scratch slices.
	var rem [12]uint64
	var idx, cand [12]int
	a := allocator{rule: RuleProRata, users: 12, rem: rem[:], idx: idx[:], cand: cand[:0]}
	// spread splits total among the months in proportion to what is still
	// uncovered in each, adds the parts to into and takes them from left.
	// total never exceeds the sum of left: the market-based method covered
	// no more than the load.
	spread := func(total int64, into *[12]int64) {
		var sum int64
		for _, x := range left {
			sum += x
		}
		var part [12]int64
		a.split(total, left[:], sum, part[:])
		for mo, x := range part {
			into[mo] += x
			left[mo] -= x
		}
	}

	direct := dl.months
	if mb.lineCovered < dl.green {
		a.split(mb.lineCovered, dl.months[:], dl.green, direct[:])
	}
	for mo := range left {
		left[mo] -= direct[mo] // the allocation never exceeds the load
	}
	var ppa [12]int64
	spill := make([]int64, len(ppas)) // covered energy of each PPA not yet placed in a month
	for k, ci := range m.ppas[s.ID] {
		spill[k] = mb.ppaCovered[k]
		d := m.coveredDeliveries(ci, ppas[k].wh, mb.ppaCovered[k])
		if d == nil {
			continue
		}
		for mo := range 12 {
			var x int64
			for _, wh := range d[sp.monthStart[mo]:sp.monthStart[mo+1]] {
				x += wh
			}
			x = min(x, left[mo])
			ppa[mo] += x
			left[mo] -= x
			spill[k] -= x
		}
	}
	var cert [12]int64
	for _, wh := range mb.certCovered {
		spread(wh, &cert)
	}
	for _, wh := range spill {
		spread(wh, &ppa)
	}
	var supplier, grid [12]int64
	if mb.supplier > 0 {
		supplier = left
	} else {
		grid = left
	}
	// Every text of the twelve months is written into one buffer and made
	// one string, which the fields slice: one allocation, not 84. Every
	// part is whole, non-negative watt-hours, written as whToKWh would.
	var at [12][8]int // where each field ends
	var buf [12 * (7 + 6*16)]byte
	b := buf[:0]
	for mo := range 12 {
		b = append(b, sp.label[mo]...)
		at[mo][1] = len(b)
		for k, wh := range [6]int64{load[mo], cert[mo], direct[mo], ppa[mo], supplier[mo], grid[mo]} {
			b = appendKWh(b, wh)
			at[mo][k+2] = len(b)
		}
		if mo < 11 {
			at[mo+1][0] = len(b)
		}
	}
	text := string(b)
	out := make([]FacilityMonth, 12)
	for mo, e := range at {
		f := func(k int) string { return text[e[k]:e[k+1]] }
		out[mo] = FacilityMonth{Month: f(0), Load: f(1), Certificates: f(2), Direct: f(3), PPA: f(4), Supplier: f(5), Grid: f(6)}
	}
	return out
}

// hourlyShare is the green share of every hour in permille, rounded down,
// with −1 for an hour without load: integers only, no decimal per hour.
func hourlyShare(sp span, load, green []int64, estimate bool) *HourlyShare {
	hs := &HourlyShare{Start: sp.start.Format("2006-01-02T15:04"), Permille: make([]int, len(load))}
	for h, l := range load {
		if l == 0 {
			hs.Permille[h] = -1
			continue
		}
		hs.Permille[h] = int(green[h] * 1000 / l) // green ≤ load ≤ 10¹³ Wh: no overflow
	}
	if estimate {
		hs.Flags = []string{FlagEstimate}
	}
	return hs
}
