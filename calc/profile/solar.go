package profile

import (
	"strconv"
	"time"

	"github.com/shopspring/decimal"
)

// Bounds of the solar inputs.
const (
	MaxCapacityW = 10_000_000_000 // 10 GW
	// MaxMonthlyYield bounds a monthly specific yield, in kWh per kW (the
	// same as Wh per W): 400 is above 13 full-sun hours a day for a month.
	MaxMonthlyYield = 400
	// MaxAnnualYield bounds an annual specific yield: twelve such months.
	MaxAnnualYield = 12 * MaxMonthlyYield
)

// A Site is where a solar plant stands and the clock its hours are counted
// in.
type Site struct {
	Latitude  decimal.Decimal // degrees, north positive, −90..90
	Longitude decimal.Decimal // degrees, east positive, −180..180
	UTCOffset time.Duration   // local standard time minus UTC, whole minutes, −12h..+14h; China +8h
}

func (s Site) check(es *Errors) {
	angle := func(field string, v decimal.Decimal, max int64, what string) {
		m := decimal.NewFromInt(max)
		if v.Cmp(m) > 0 || v.Cmp(m.Neg()) < 0 {
			es.Add(CodeRange, field, "{value} is outside −"+m.String()+"..+"+m.String()+" degrees; give the "+what+" in decimal degrees", "value", v.String(), "min", m.Neg().String(), "max", m.String())
		}
	}
	angle("site.latitude", s.Latitude, 90, "latitude (north positive)")
	angle("site.longitude", s.Longitude, 180, "longitude (east positive)")
	if s.UTCOffset < -12*time.Hour || s.UTCOffset > 14*time.Hour || s.UTCOffset%time.Minute != 0 {
		es.Add(CodeRange, "site.utcOffset", "{value} is not a UTC offset; use whole minutes from −12h to +14h (China: +8h)", "value", s.UTCOffset.String(), "min", "-12h", "max", "+14h")
	}
}

// sun prepares a checked site for the model. Decimal to float64 goes
// through the decimal text and strconv.ParseFloat, which rounds correctly
// (IEEE-754 nearest), so the same degrees give the same bits everywhere.
func (s Site) sun() sunSite {
	lat, err1 := strconv.ParseFloat(s.Latitude.String(), 64)
	lon, err2 := strconv.ParseFloat(s.Longitude.String(), 64)
	if err1 != nil || err2 != nil {
		panic("profile: a checked coordinate does not parse: " + s.Latitude.String() + ", " + s.Longitude.String())
	}
	return newSunSite(lat, lon, s.UTCOffset)
}

func checkCapacity(es *Errors, capacityW int64) {
	switch {
	case capacityW <= 0:
		es.Add(CodeRange, "capacityW", "the capacity must be more than 0 W", "value", strconv.FormatInt(capacityW, 10), "min", "1", "max", strconv.FormatInt(MaxCapacityW, 10))
	case capacityW > MaxCapacityW:
		es.Add(CodeTooLarge, "capacityW", "the capacity is over 10 GW; check the unit (watts)", "value", strconv.FormatInt(capacityW, 10), "max", strconv.FormatInt(MaxCapacityW, 10), "unit", "W")
	}
}

func checkYield(es *Errors, field string, y decimal.Decimal, max int64, what string) {
	switch {
	case y.Sign() < 0:
		es.Add(CodeNegative, field, "the yield "+what+" must not be negative", "value", y.String())
	case y.Cmp(decimal.NewFromInt(max)) > 0:
		es.Add(CodeTooLarge, field, "the yield "+what+" is {value} {unit}, over {max}; check the unit (kWh per kW of capacity)", "value", y.String(), "max", strconv.FormatInt(max, 10), "unit", "kWh/kW")
	}
}

// energyWh returns capacity × specific yield (kWh/kW = Wh/W) in whole
// watt-hours, rounded half up.
func energyWh(capacityW int64, yield decimal.Decimal) int64 {
	return decimal.NewFromInt(capacityW).Mul(yield).Round(0).IntPart()
}

// Solar returns the hourly generation, in Wh, of a plant of capacityW watts
// at site over the period that begins with start. yield[i] is the specific
// yield of the period's month i in kWh per kW of capacity (from the plant's
// records or a tool such as PVGIS); the month's energy, capacityW × yield[i]
// rounded to the watt-hour, is split over the month's hours in proportion
// to the clear-sky weights (see the package comment), so every month adds
// up exactly to its energy.
//
// A month with a yield but not one hour whose middle has the sun above the
// horizon (polar night) is refused, as is any input out of range; the
// error is then an Errors listing every problem.
func Solar(start Month, capacityW int64, site Site, yield [12]decimal.Decimal) ([]int64, error) {
	var es Errors
	start.check(&es, "start")
	checkCapacity(&es, capacityW)
	site.check(&es)
	for i, y := range yield {
		checkYield(&es, "yield["+strconv.Itoa(i)+"]", y, MaxMonthlyYield, "for "+start.label(i))
	}
	if len(es) > 0 {
		return nil, es
	}
	var monthWh [12]int64
	for i, y := range yield {
		monthWh[i] = energyWh(capacityW, y)
	}
	out, sums := sunWeights(start, site.sun())
	if err := splitMonths(out, start, monthWh, sums, "yield"); err != nil {
		return nil, err
	}
	return out, nil
}

// SolarAnnual is Solar for a plant of which only the annual specific yield
// is known (kWh per kW per year). The year's energy, capacityW × yield
// rounded to the watt-hour, is first split over the months in proportion
// to the sum of each month's clear-sky weights, then within each month as
// Solar does. That ignores the seasons' weather, the tilt of the panels and
// the Earth–Sun distance (±3 %), so its monthly figures are rougher than
// monthly yields from records or PVGIS; prefer Solar when they exist.
func SolarAnnual(start Month, capacityW int64, site Site, yield decimal.Decimal) ([]int64, error) {
	var es Errors
	start.check(&es, "start")
	checkCapacity(&es, capacityW)
	site.check(&es)
	checkYield(&es, "yield", yield, MaxAnnualYield, "for the year")
	if len(es) > 0 {
		return nil, es
	}
	out, sums := sunWeights(start, site.sun())
	var total int64
	for _, s := range sums {
		total += s
	}
	annual := energyWh(capacityW, yield)
	if total == 0 {
		if annual == 0 {
			return out, nil // all weights are 0, so out is all zero
		}
		es.Add(CodeNoSunAll, "yield", "the sun never rises above the horizon at the middle of an hour in this period at this latitude")
		return nil, es
	}
	var monthWh [12]int64
	var s splitter
	s.split(monthWh[:], annual, sums[:], total)
	if err := splitMonths(out, start, monthWh, sums, "yield"); err != nil {
		return nil, err
	}
	return out, nil
}

// sunWeights returns the clear-sky weight of every hour of the period and
// the sum of each month's weights.
func sunWeights(start Month, site sunSite) ([]int64, [12]int64) {
	w := make([]int64, start.Hours())
	var sums [12]int64
	pos := 0
	for i := range 12 {
		y, mo := start.nth(i)
		for d := range daysIn(y, mo) {
			day := site.day(time.Date(y, mo, d+1, 0, 0, 0, 0, time.UTC))
			for h := range 24 {
				v := day.weight(float64(60*h + 30))
				w[pos] = v
				sums[i] += v
				pos++
			}
		}
	}
	return w, sums
}

// splitMonths replaces the weights in w by each month's energy split over
// them.
func splitMonths(w []int64, start Month, monthWh, sums [12]int64, field string) error {
	var s splitter
	var es Errors
	pos := 0
	for i := range 12 {
		y, mo := start.nth(i)
		hours := w[pos : pos+24*daysIn(y, mo)]
		pos += len(hours)
		if sums[i] == 0 && monthWh[i] > 0 {
			es.Add(CodeNoSun, field+"["+strconv.Itoa(i)+"]", "the sun does not rise above the horizon at the middle of any hour of {month} at this latitude; its yield must be 0", "month", start.label(i))
			continue
		}
		s.split(hours, monthWh[i], hours, sums[i])
	}
	return es.Err()
}
