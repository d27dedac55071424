package calc

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/greenline-calc/greenline/calc/internal/syntax"
	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/greenline-calc/greenline/calc/profile"
	"github.com/shopspring/decimal"
)

// A LoadProfile asks Greenline to synthesize a facility's hourly load from
// its bills and how it operates. Every figure resting on it is flagged
// as an estimate.
type LoadProfile struct {
	Shifts       int    `json:"shifts"`                  // 1 (08:00–16:00), 2 (08:00–24:00) or 3 (round the clock)
	Days         string `json:"days"`                    // "mon-fri", "mon-sat" or "every-day"
	BasePermille int    `json:"base_permille,omitempty"` // load while idle, ‰ of the operating level: 1–1000; 0 = the default 150 ‰; -1 = none
}

// A SolarProfile asks Greenline to synthesize a solar plant's hourly
// generation from its capacity, place and monthly specific yield, with a
// sun-position model. Every figure resting on it is flagged as an estimate.
type SolarProfile struct {
	CapacityKW string   `json:"capacity_kw"`
	Latitude   string   `json:"latitude"`
	Longitude  string   `json:"longitude"`
	UTCOffset  *int     `json:"utc_offset_hours"` // local standard time minus UTC; China: 8
	Yield      []string `json:"monthly_yield"`    // 12 values, kWh per kW of capacity
}

var workweeks = map[string]profile.Workweek{"mon-fri": profile.MondayToFriday, "mon-sat": profile.MondayToSaturday, "every-day": profile.EveryDay}

// dayKinds tells the profile which days are China's public holidays and
// make-up working days (calc/policy); outside the years the calendar
// covers, every day is ordinary.
func dayKinds(d time.Time) profile.DayKind {
	k, err := policy.Default().DayKind(d.Format("2006-01-02"))
	if err != nil {
		return profile.Ordinary
	}
	switch k {
	case policy.Holiday:
		return profile.Holiday
	case policy.MakeUpWorkday:
		return profile.MakeUpWorkday
	}
	return profile.Ordinary
}

// synthLoad spreads a facility's bills over the hours of the period.
func synthLoad(errs *Errors, at string, lp LoadProfile, readings []int64, sp span) []int64 {
	ww, ok := workweeks[lp.Days]
	if !ok {
		errs.Add(CodeUnknown, at+".days", "\"{value}\": choose mon-fri, mon-sat or every-day", "value", lp.Days)
		return nil
	}
	var monthly [12]int64
	if len(readings) == 12 {
		copy(monthly[:], readings)
	} else {
		// One annual figure: shared among the months by their hours first.
		weights := make([]int64, 12)
		for m := range weights {
			weights[m] = int64(sp.monthStart[m+1] - sp.monthStart[m])
		}
		newAllocator(RuleProRata, 12, nil, nil, false).split(readings[0], weights, int64(sp.hours), monthly[:])
	}
	hours, err := profile.Load(profile.Month{Year: sp.start.Year(), Month: sp.start.Month()}, monthly,
		profile.Pattern{Shifts: lp.Shifts, Days: ww, Base: lp.BasePermille}, dayKinds)
	if err != nil {
		addProfileErrors(errs, at, err)
		return nil
	}
	return hours
}

// addProfileErrors keeps the code and the field of each profile error,
// under the project path at.
func addProfileErrors(errs *Errors, at string, err error) {
	var pe profile.Errors
	if !errors.As(err, &pe) {
		errs.Add(CodeInternal, at, "{detail}", "detail", err.Error())
		return
	}
	for _, e := range pe {
		field := at
		if e.Field != "" {
			field += "." + profileFields.Replace(e.Field)
		}
		errs.Put(field, e)
	}
}

// profileFields renames package profile's argument paths to the project
// file's field names.
var profileFields = strings.NewReplacer(
	"pattern.shifts", "shifts", "pattern.days", "days", "pattern.base", "base_permille",
	"monthlyWh", "bills", "site.latitude", "latitude", "site.longitude", "longitude",
	"site.utcOffset", "utc_offset_hours", "capacityW", "capacity_kw", "yield", "monthly_yield",
)

// synthSolar builds a solar plant's hourly generation.
func synthSolar(errs *Errors, at string, sp SolarProfile, period span) []int64 {
	before := len(*errs)
	kw, e := parseBounded(sp.CapacityKW, decimal.New(1, 7), "kW")
	if e != nil {
		errs.Put(at+".capacity_kw", *e)
	}
	lat, okLat := parseDegrees(sp.Latitude)
	lon, okLon := parseDegrees(sp.Longitude)
	if !okLat {
		errs.Add(CodeLatitude, at+".latitude", "\"{value}\" is not a latitude in decimal degrees, e.g. 31.3 (south negative)", "value", sp.Latitude)
	}
	if !okLon {
		errs.Add(CodeLongitude, at+".longitude", "\"{value}\" is not a longitude in decimal degrees, e.g. 120.6 (west negative)", "value", sp.Longitude)
	}
	offset := 0
	if sp.UTCOffset == nil {
		errs.Add(CodeRequired, at+".utc_offset_hours", "give the local standard time's offset from UTC in hours (China: 8)")
	} else if offset = *sp.UTCOffset; offset < -12 || offset > 14 {
		errs.Add(CodeRange, at+".utc_offset_hours", "{value} is not an offset from UTC; use {min} to {max} (China: 8)", "value", strconv.Itoa(offset), "min", "-12", "max", "14")
	}
	var yield [12]decimal.Decimal
	if len(sp.Yield) != 12 {
		errs.Add(CodeMonths, at+".monthly_yield", "has {count} values; give 12, in kWh per kW", "count", strconv.Itoa(len(sp.Yield)))
	} else {
		for m, y := range sp.Yield {
			if yield[m], e = parseBounded(y, decimal.NewFromInt(400), "kWh/kW"); e != nil {
				errs.Put(at+"."+index("monthly_yield", m), *e)
			}
		}
	}
	if len(*errs) > before {
		return nil
	}
	w := kw.Shift(3)
	if !w.IsInteger() {
		errs.Add(CodePlaces, at+".capacity_kw", "{value} has more than {places} decimal places (1 W)", "value", strings.TrimSpace(sp.CapacityKW), "places", "3")
		return nil
	}
	hours, err := profile.Solar(profile.Month{Year: period.start.Year(), Month: period.start.Month()}, w.IntPart(),
		profile.Site{Latitude: lat, Longitude: lon, UTCOffset: time.Duration(offset) * time.Hour}, yield)
	if err != nil {
		addProfileErrors(errs, at, err)
		return nil
	}
	return hours
}

// parseDegrees reads an angle in decimal degrees: plain digits with an
// optional leading minus, nothing else.
func parseDegrees(s string) (decimal.Decimal, bool) {
	body := strings.TrimPrefix(s, "-")
	if len(s) > maxNumberLen || !syntax.Decimal(body) {
		return decimal.Decimal{}, false
	}
	return decimal.RequireFromString(s), true
}
