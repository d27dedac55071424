package profile

import (
	"strconv"
	"time"
)

// Years a period may start in. The calendar and the solar model would work
// further out; a year outside this range is a typing slip.
const (
	MinYear = 1900
	MaxYear = 2199
)

// A Month is the first month of a twelve-month reporting period.
type Month struct {
	Year  int
	Month time.Month
}

// Hours returns the number of hours in the period that begins with m:
// 8760, or 8784 when the period contains a 29 February.
func (m Month) Hours() int {
	n := 0
	for i := range 12 {
		y, mo := m.nth(i)
		n += 24 * daysIn(y, mo)
	}
	return n
}

func (m Month) String() string {
	return strconv.Itoa(m.Year) + "-" + twoDigits(int(m.Month))
}

// nth returns the year and month of the period's month i (0..11).
func (m Month) nth(i int) (int, time.Month) {
	k := int(m.Month) - 1 + i
	return m.Year + k/12, time.Month(k%12 + 1)
}

// label is the calendar month of the period's month i, for messages.
func (m Month) label(i int) string {
	y, mo := m.nth(i)
	return Month{y, mo}.String()
}

func (m Month) check(es *Errors, field string) {
	if m.Year < MinYear || m.Year > MaxYear {
		es.Add(CodeYear, field+".year", "year {year} is outside {min}–{max}", "year", strconv.Itoa(m.Year), "min", strconv.Itoa(MinYear), "max", strconv.Itoa(MaxYear))
	}
	if m.Month < time.January || m.Month > time.December {
		es.Add(CodeRange, field+".month", "month {value} is not a month; use {min} (January) to {max} (December)", "value", strconv.Itoa(int(m.Month)), "min", "1", "max", "12")
	}
}

// daysIn returns the number of days in month mo of year y.
func daysIn(y int, mo time.Month) int {
	return time.Date(y, mo+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func isLeap(y int) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

func twoDigits(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
