package profile

import (
	"strconv"
	"time"
)

// A Workweek says which weekdays are working days.
type Workweek int

const (
	MondayToFriday   Workweek = iota + 1 // Monday to Friday
	MondayToSaturday                     // Monday to Saturday
	EveryDay                             // all seven days
)

// works reports whether wd is a working day of the week w.
func (w Workweek) works(wd time.Weekday) bool {
	switch w {
	case MondayToFriday:
		return wd >= time.Monday && wd <= time.Friday
	case MondayToSaturday:
		return wd != time.Sunday
	}
	return true
}

// A DayKind says how the official calendar treats a date.
type DayKind int

const (
	Ordinary      DayKind = iota // the Workweek decides
	Holiday                      // a public holiday: a rest day
	MakeUpWorkday                // a day worked in exchange for a holiday (调休): a working day
)

// DayKinds says what kind of day a date is. Load calls it once for each day
// of the period with midnight of that date in UTC; only the date's year,
// month and day mean anything. A nil DayKinds makes every day Ordinary, as
// for a plant that works through public holidays.
type DayKinds func(date time.Time) DayKind

// Base-load settings for Pattern.Base, in per mille of the operating level.
const (
	DefaultBase = 150  // used when Base is 0: 15 % of the operating level
	NoBase      = -1   // no consumption at all outside the operating hours
	MaxBase     = 1000 // as much as while operating
)

// Weight of an operating hour; the base load is in the same unit (per mille).
const operatingWeight = 1000

// A Pattern is an operating regime.
type Pattern struct {
	// Shifts is 1 (08:00–16:00), 2 (08:00–24:00) or 3 (round the clock),
	// on working days. These hours are Greenline's convention.
	Shifts int
	// Days says which weekdays are working days.
	Days Workweek
	// Base is the consumption while not operating, in per mille of the
	// operating level, 1..MaxBase. As with net.Dialer.KeepAlive, 0 means
	// the default (DefaultBase) and NoBase means none.
	Base int
}

// baseWeight returns the weight of a non-operating hour.
func (p Pattern) baseWeight() int64 {
	switch p.Base {
	case 0:
		return DefaultBase
	case NoBase:
		return 0
	}
	return int64(p.Base)
}

// operating reports whether hour h (0..23) of a working day is in a shift.
func (p Pattern) operating(h int) bool {
	switch p.Shifts {
	case 1:
		return h >= 8 && h < 16
	case 2:
		return h >= 8
	}
	return true
}

func (p Pattern) check(es *Errors) {
	if p.Shifts < 1 || p.Shifts > 3 {
		es.Add(CodeUnknown, "pattern.shifts", "{value} is not a shift count; use 1 (08:00–16:00), 2 (08:00–24:00) or 3 (round the clock)", "value", strconv.Itoa(p.Shifts))
	}
	if p.Days < MondayToFriday || p.Days > EveryDay {
		es.Add(CodeUnknown, "pattern.days", "{value} is not a workweek; use MondayToFriday, MondayToSaturday or EveryDay", "value", strconv.Itoa(int(p.Days)))
	}
	if p.Base != NoBase && (p.Base < 0 || p.Base > MaxBase) {
		es.Add(CodeRange, "pattern.base", "{value} per mille is outside {min}–{max}; use 0 for the default ("+strconv.Itoa(DefaultBase)+") or NoBase for none", "value", strconv.Itoa(p.Base), "min", "1", "max", strconv.Itoa(MaxBase))
	}
}

// MaxMonthWh bounds one monthly bill: 10 TWh, far above the monthly use of
// any single factory, so a larger figure is a unit slip.
const MaxMonthWh = 10_000_000_000_000

// Load returns the hourly consumption, in Wh, of the period that begins
// with start: each month's bill, monthlyWh[i] for the period's month i,
// split over that month's hours in proportion to the pattern's weights
// (1000 for an operating hour, the base load for any other), so that every
// month adds up exactly to its bill. days gives the public holidays and
// make-up working days (nil for none).
//
// A month with a bill but no hour of nonzero weight (NoBase and no working
// day in the month) is refused, as is any input out of range; the error is
// then an Errors listing every problem.
func Load(start Month, monthlyWh [12]int64, p Pattern, days DayKinds) ([]int64, error) {
	var es Errors
	start.check(&es, "start")
	for i, wh := range monthlyWh {
		field := "monthlyWh[" + strconv.Itoa(i) + "]"
		switch {
		case wh < 0:
			es.Add(CodeNegative, field, "the bill for "+start.label(i)+" must not be negative", "value", strconv.FormatInt(wh, 10))
		case wh > MaxMonthWh:
			es.Add(CodeTooLarge, field, "the bill for "+start.label(i)+" is over 10 TWh; check the unit (watt-hours)", "value", strconv.FormatInt(wh, 10), "max", "10", "unit", "TWh")
		}
	}
	p.check(&es)
	if len(es) > 0 {
		return nil, es
	}

	base := p.baseWeight()
	out := make([]int64, start.Hours())
	var s splitter
	pos := 0
	for i := range 12 {
		y, mo := start.nth(i)
		hours := out[pos : pos+24*daysIn(y, mo)]
		pos += len(hours)
		var sum int64
		for d := range len(hours) / 24 {
			date := time.Date(y, mo, d+1, 0, 0, 0, 0, time.UTC)
			kind := Ordinary
			if days != nil {
				kind = days(date)
			}
			var working bool
			switch kind {
			case Ordinary:
				working = p.Days.works(date.Weekday())
			case Holiday:
				working = false
			case MakeUpWorkday:
				working = true
			default:
				es.Add(CodeUnknown, "days", "the calendar says "+date.Format(time.DateOnly)+" is of kind {value}, which is not Ordinary, Holiday or MakeUpWorkday", "value", strconv.Itoa(int(kind)))
				return nil, es
			}
			for h := range 24 {
				w := base
				if working && p.operating(h) {
					w = operatingWeight
				}
				hours[24*d+h] = w
				sum += w
			}
		}
		if sum == 0 && monthlyWh[i] > 0 {
			es.Add(CodeNoWorkday, "monthlyWh["+strconv.Itoa(i)+"]", "{month} has a bill but no working day, and the pattern has no base load to carry it; set a base load or check the working days", "month", start.label(i))
			continue
		}
		s.split(hours, monthlyWh[i], hours, sum)
	}
	if len(es) > 0 {
		return nil, es
	}
	return out, nil
}
