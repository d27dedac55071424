package calc

import "time"

// A span is a checked reporting period: twelve months of local wall-clock
// time from the first day of a month. It is computed in UTC, which has no
// daylight saving, so every day has 24 hours; China, for which Greenline is
// built first, keeps one offset all year.
type span struct {
	start time.Time // first hour, 00:00 of the first day
	hours int       // 8760, or 8784 when the period holds 29 February
	// monthStart[m] is the index of the first hour of month m (0–11), and
	// monthStart[12] == hours.
	monthStart [13]int
	label      [12]string // each month as "2006-01"
}

func newSpan(year int, month time.Month) span {
	s := span{start: time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)}
	for m := 0; m <= 12; m++ {
		s.monthStart[m] = int(s.start.AddDate(0, m, 0).Sub(s.start) / time.Hour)
		if m < 12 {
			s.label[m] = s.start.AddDate(0, m, 0).Format("2006-01")
		}
	}
	s.hours = s.monthStart[12]
	return s
}

// byMonth sums hours, one value for every hour of the span, by month.
func (s span) byMonth(hours []int64) (months [12]int64) {
	for m := range months {
		months[m] = sumWh(hours[s.monthStart[m]:s.monthStart[m+1]])
	}
	return months
}

// month returns the month index (0–11) of hour h.
func (s span) month(h int) int {
	m := h / 745 // no month is longer than 744 hours: a first guess at or below
	for s.monthStart[m+1] <= h {
		m++
	}
	return m
}
