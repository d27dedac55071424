package calc

import "strconv"

// A Series is interval data over the whole reporting period: consecutive
// readings of StepMinutes (60, 30 or 15) each, the first starting at 00:00
// on the first day. Readings finer than an hour are summed into hours.
type Series struct {
	StepMinutes int      `json:"step_minutes"`
	Values      []string `json:"values"`
	// Meter names where the readings come from (the meter's number, the
	// export file), for the auditor's evidence list; it changes no figure.
	Meter string `json:"meter,omitempty"`
}

// maxHourWh bounds one hour of one meter or plant: 10 GWh, far above any
// industrial site or plant a direct line serves; a larger figure is a unit slip.
const maxHourWh = 10_000_000_000

// hourly checks a series against the period and returns one total per hour
// in watt-hours. Errors name the value's index.
func hourly(errs *Errors, at string, x *Series, unit string, sp span) []int64 {
	checkText(errs, at+".meter", x.Meter)
	per := 60 / max(x.StepMinutes, 1)
	switch x.StepMinutes {
	case 60, 30, 15:
	default:
		errs.Add(CodeStep, at+".step_minutes", "is {step}; interval data must be in steps of 60, 30 or 15 minutes", "step", strconv.Itoa(x.StepMinutes))
		return nil
	}
	if want := sp.hours * per; len(x.Values) != want {
		errs.Add(CodeReadings, at+".values", "has {count} readings; the reporting period of {hours} hours needs {want} readings of {step} minutes (no gaps, no extra readings)",
			"count", strconv.Itoa(len(x.Values)), "hours", strconv.Itoa(sp.hours), "want", strconv.Itoa(want), "step", strconv.Itoa(x.StepMinutes))
		return nil
	}
	out := make([]int64, sp.hours)
	bad := 0
	max, whPer, places := maxHourWh/int64(per), energyUnits[unit], unitPlaces[unit]
	for i, v := range x.Values {
		if wh, ok := fastWh(v, whPer, places, max); ok {
			out[i/per] += wh
			continue
		}
		wh, e := parseWh(v, unit, max)
		if e != nil {
			if bad < maxErrorsPerSeries {
				errs.Put(at+".values["+strconv.Itoa(i)+"]", *e)
			}
			bad++
			continue
		}
		out[i/per] += wh
	}
	if bad > maxErrorsPerSeries {
		errs.Add(CodeMore, at+".values", "and {count} more readings refused", "count", strconv.Itoa(bad-maxErrorsPerSeries))
	}
	if bad > 0 {
		return nil
	}
	return out
}

// maxErrorsPerSeries caps how many bad readings of one series are listed.
const maxErrorsPerSeries = 20
