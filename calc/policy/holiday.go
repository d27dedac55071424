package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"
)

// A DayKind says how China's holiday notices treat a date.
type DayKind string

// The kinds of day. The notices name only holidays and make-up workdays;
// whether an ordinary day is a weekend is for the caller to decide.
const (
	Holiday       DayKind = "holiday" // a public holiday (放假)
	MakeUpWorkday DayKind = "workday" // a weekend day worked in exchange for a holiday (调休上班)
	Ordinary      DayKind = "ordinary"
)

// ErrYearNotCovered is returned, wrapped, for a date in a year that no
// holiday notice of the library arranges.
var ErrYearNotCovered = errors.New("outside the years the holiday notices cover")

// A Day is one date that a holiday notice names.
type Day struct {
	Date         string // YYYY-MM-DD
	Kind         DayKind
	NameZH       string // the holiday the notice lists the day under
	NameEN       string
	Notice       string // the notice column as written
	Document     *Document
	Verification string
}

var dayHeader = []string{"date", "kind", "name_zh", "name_en", "notice"}

func (l *Library) loadDays(s *Source, fsys fs.FS) error {
	for i, d := range s.Documents {
		switch {
		case d.CoversYear < 1949 || d.CoversYear > 2100:
			return fmt.Errorf("manifest.json: %s: documents[%d]: covers_year %d: want the year the notice arranges", s.ID, i, d.CoversYear)
		case slices.Contains(l.years, d.CoversYear):
			return fmt.Errorf("manifest.json: %s: documents[%d]: a second notice for %d", s.ID, i, d.CoversYear)
		}
		l.years = append(l.years, d.CoversYear)
	}
	slices.Sort(l.years)
	verification, err := rowVerification(s, "")
	if err != nil {
		return fmt.Errorf("manifest.json: %s: %w", s.ID, err)
	}
	l.dayIndex = map[string]int{}
	seen := map[string]int{}
	return readCSV(fsys, s, dayHeader, func(n int, rec []string) error {
		d := Day{Date: rec[0], Kind: DayKind(rec[1]), NameZH: rec[2], NameEN: rec[3], Notice: rec[4], Verification: verification}
		t, ok := parseDate(d.Date)
		if !ok {
			return fmt.Errorf("column date: %q: want a YYYY-MM-DD calendar date", d.Date)
		}
		if m, dup := seen[d.Date]; dup {
			return fmt.Errorf("column date: %s repeats row %d", d.Date, m)
		}
		seen[d.Date] = n
		switch d.Kind {
		case Holiday:
		case MakeUpWorkday:
			if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
				return fmt.Errorf("column kind: a make-up workday on a %s; notices move work only to weekends", wd)
			}
		default:
			return fmt.Errorf("column kind: unknown kind %q, want %s or %s", d.Kind, Holiday, MakeUpWorkday)
		}
		if d.NameZH == "" || d.NameEN == "" {
			return errors.New("columns name_zh and name_en: both are required")
		}
		if d.Document, err = s.document(d.Notice); err != nil {
			return fmt.Errorf("column notice: %w", err)
		}
		l.dayIndex[d.Date] = len(l.Days)
		l.Days = append(l.Days, d)
		return nil
	})
}

// DayKind says whether date, YYYY-MM-DD, is a public holiday, a make-up
// workday or an ordinary day under China's holiday notices. For a date in
// a year no notice arranges it returns an error wrapping ErrYearNotCovered.
func (l *Library) DayKind(date string) (DayKind, error) {
	t, ok := parseDate(date)
	if !ok {
		return "", fmt.Errorf("date %q: want a YYYY-MM-DD calendar date", date)
	}
	if !slices.Contains(l.years, t.Year()) {
		return "", fmt.Errorf("%s: %w (%s)", date, ErrYearNotCovered, l.yearList())
	}
	if d, ok := l.Day(date); ok {
		return d.Kind, nil
	}
	return Ordinary, nil
}

// Day returns the day a holiday notice names for date, YYYY-MM-DD.
func (l *Library) Day(date string) (Day, bool) {
	i, ok := l.dayIndex[date]
	if !ok {
		return Day{}, false
	}
	return l.Days[i], true
}

// HolidayYears returns the years the holiday notices arrange, ascending.
func (l *Library) HolidayYears() []int { return slices.Clone(l.years) }

func (l *Library) yearList() string {
	s := make([]string, len(l.years))
	for i, y := range l.years {
		s[i] = fmt.Sprint(y)
	}
	return strings.Join(s, ", ")
}
