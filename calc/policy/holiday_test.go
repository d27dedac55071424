package policy

import (
	"errors"
	"fmt"
	"testing"
)

func TestDayKind(t *testing.T) {
	// Expectations from cn-holidays.csv unless the comment says otherwise.
	tests := []struct{ date, want string }{
		{"2024-01-01", "holiday"},  // 元旦
		{"2024-02-04", "workday"},  // a Sunday worked for 春节
		{"2024-02-09", "ordinary"}, // 除夕 2024: not in the notice (SOURCES.md)
		{"2024-02-10", "holiday"},
		{"2025-10-01", "holiday"}, // 国庆节、中秋节
		{"2025-10-11", "workday"},
		{"2026-02-14", "workday"},
		{"2026-03-02", "ordinary"}, // no row
		{"2026-12-31", "ordinary"}, // no row
		{"2023-12-31", "error"},    // before the first notice
		{"2027-01-01", "error"},    // no 2027 notice
		{"2025-02-29", "error"},    // not a date
		{"20250101", "error"},
	}
	lib := Default()
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			k, err := lib.DayKind(tt.date)
			got := string(k)
			if err != nil {
				got = "error"
			}
			if got != tt.want {
				t.Errorf("DayKind(%s) = %q (%v), want %q", tt.date, k, err, tt.want)
			}
		})
	}
	if _, err := lib.DayKind("2027-01-01"); !errors.Is(err, ErrYearNotCovered) {
		t.Errorf("DayKind(2027-01-01) error = %v, want ErrYearNotCovered", err)
	}
	if got, want := fmt.Sprint(lib.HolidayYears()), "[2024 2025 2026]"; got != want {
		t.Errorf("HolidayYears() = %s, want %s", got, want)
	}
}

func TestDayNames(t *testing.T) {
	d, ok := Default().Day("2025-10-01")
	if !ok {
		t.Fatal("2025-10-01 not found")
	}
	if got, want := d.NameZH+" / "+d.NameEN+" / "+d.Document.Number, "国庆节、中秋节 / National Day and Mid-Autumn Festival / 国办发明电〔2024〕12号"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
