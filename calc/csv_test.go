package calc

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// TestCSVNeutralisesUserCells writes a result whose ids begin with each
// character a spreadsheet reads as the start of a formula (a project file
// written by hand or by an older Greenline may hold them): in CSV and
// HourlyCSV every such cell comes back with an apostrophe in front, and a
// negative figure Greenline formatted stays a number.
func TestCSVNeutralisesUserCells(t *testing.T) {
	hostile := []string{"=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1+1)*cmd", "\tx", "\ry"}
	var r Result
	for _, id := range hostile {
		r.Facilities = append(r.Facilities, FacilityResult{ID: id, LocationBased: Figure{Value: "-1.5", Exact: "-1.5"}})
		r.Supplies = append(r.Supplies, SupplyResult{ID: id, Users: []UserResult{{Facility: id,
			Hours: &UserHours{Start: "2024-01-01T00:00", Green: []string{"-0.5"}, Residual: []string{"1"}}}}})
	}
	read := func(data []byte) [][]string {
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows[1:]
	}
	hourly := read(HourlyCSV(r))
	if len(hourly) != len(hostile) {
		t.Fatalf("%d hourly rows, want %d", len(hourly), len(hostile))
	}
	for i, row := range hourly {
		want := []string{"2024-01-01T00:00", "'" + hostile[i], "'" + hostile[i], "-0.5", "1"}
		if strings.Join(row, "|") != strings.Join(want, "|") {
			t.Errorf("hourly row %d = %q, want %q", i, row, want)
		}
	}
	n := 0
	for _, row := range read(CSV(r)) {
		if strings.ContainsAny(row[0][:1], "=+-@\t\r") {
			t.Errorf("CSV cell %q begins a formula", row[0])
		}
		if row[1] == "scope2_location_based" && row[0] != "organisation" {
			n++
			if row[2] != "-1.5" || row[4] != "-1.5" {
				t.Errorf("figures of %q = %q, %q; want -1.5, -1.5 as written", row[0], row[2], row[4])
			}
		}
	}
	if n != len(hostile) {
		t.Errorf("%d facility rows, want %d", n, len(hostile))
	}
}

func TestCell(t *testing.T) {
	for in, want := range map[string]string{"": "", "a": "a", "=1": "'=1", "+1": "'+1", "-1": "'-1", "@a": "'@a",
		"\ta": "'\ta", "\ra": "'\ra", "a=1": "a=1", "苏州": "苏州", " =1": " =1"} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}
