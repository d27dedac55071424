package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// kWhText writes watt-hours as kWh the way a meter export might: with up
// to three decimals, trailing zeros dropped.
func kWhText(wh int64) string {
	s := strings.TrimRight(fmt.Sprintf("%d.%03d", wh/1000, wh%1000), "0")
	return strings.TrimSuffix(s, ".")
}

// TestImportSeries imports a file of three meters with quarter-hour
// readings and checks that the series the project takes are the file's
// readings summed into hours, worked here from the readings themselves:
// each hour the sum of its four quarters, in kWh with three decimals. One
// meter's hours reach 9.6 GWh, past what 32 bits hold.
func TestImportSeries(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)
	failOnThrow(t, ctx)

	// 30 hours from 2024-03-30 22:00, meters A, B and C in turn.
	ids := []string{"A", "B", "C"}
	reading := func(m, q int) int64 {
		switch m {
		case 0:
			return int64(q % 4) // 0 to 3 Wh: hours of 0.006 kWh
		case 1:
			return int64(q*7919%1_000_000) + 1
		}
		return 2_400_000_000 + int64(q) // 2.4 GWh a quarter
	}
	want := make([][]string, len(ids))
	var b strings.Builder
	b.WriteString("Meter,Start,Energy (kWh)\n")
	start := time.Date(2024, 3, 30, 22, 0, 0, 0, time.UTC)
	for h := range 30 {
		for m := range ids {
			var sum int64
			for k := range 4 {
				q := 4*h + k
				wh := reading(m, q)
				sum += wh
				stamp := start.Add(time.Duration(q) * 15 * time.Minute).Format("2006-01-02 15:04")
				fmt.Fprintf(&b, "%s,%s,%s\n", ids[m], stamp, kWhText(wh))
			}
			want[m] = append(want[m], fmt.Sprintf("%d.%03d", sum/1000, sum%1000))
		}
	}
	path := filepath.Join(t.TempDir(), "quarters.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	open(t, ctx, s, "en")
	newProject(t, ctx)
	press(t, ctx, `.steps [data-goto="electricity"]`)
	for _, m := range []int{1, 2, 0} {
		importFile(t, ctx, path, "read")
		for i := range ids {
			use := ""
			if i == m {
				use = "f:0"
			}
			choose(t, ctx, "m-use-"+strconv.Itoa(i), use)
		}
		press(t, ctx, "#meter-accept")
		idle(t, ctx)
		got := eval[string](t, ctx, st(`JSON.stringify(s.doc.facilities[0].electricity.hourly)`))
		wantJSON, _ := json.Marshal(map[string]any{"step_minutes": 60, "values": want[m], "meter": ids[m] + " · quarters.csv"})
		var gotV, wantV any
		json.Unmarshal([]byte(got), &gotV)
		json.Unmarshal(wantJSON, &wantV)
		if fmt.Sprint(gotV) != fmt.Sprint(wantV) {
			t.Errorf("meter %s: the facility's series is\n%.600s\nwant\n%.600s", ids[m], got, wantJSON)
		}
		// The project computed holds the same values, in the file format.
		values, _ := json.Marshal(want[m])
		if input := eval[string](t, ctx, st(`s.answer.input`)); !strings.Contains(input, `"values":`+string(values)) || !strings.Contains(input, `"start":"2024-03"`) {
			t.Errorf("meter %s: the project computed lacks the values worked from the file, or the period 2024-03:\n%.600s", ids[m], input)
		}
	}
}
