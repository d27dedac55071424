package calc

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestImportMeter(t *testing.T) {
	// Four 15-minute readings make one hour: 0.25 + 0.5 + 0.75 + 1 = 2.5 kWh.
	good := "时间,电量(kWh)\n2024-01-01 00:00,0.25\n2024-01-01 00:15,0.5\n2024-01-01 00:30,0.75\n2024-01-01 00:45,1\n"
	out, ok := ImportMeter([]byte(good), "")
	if !ok {
		t.Fatalf("refused: %s", out)
	}
	var m MeterImport
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	if m.Start != "2024-01-01T00:00" || len(m.Hourly.Values) != 1 || m.Hourly.Values[0] != "2.500" || m.Summary.StepMinutes != 15 {
		t.Errorf("import = %+v %v", m.Summary, m.Hourly)
	}
	// A negative reading in row 3, column 2, and a gap: refused, by row.
	bad := "timestamp,kWh\n2024-01-01 00:00,1\n2024-01-01 01:00,-1\n2024-01-01 03:00,1\n"
	out, ok = ImportMeter([]byte(bad), "")
	if ok {
		t.Fatal("accepted a negative reading and a gap")
	}
	var o Outcome
	json.Unmarshal(out, &o)
	var got []string
	for _, e := range o.Errors {
		got = append(got, e.Code+"@"+e.Field)
	}
	if !strings.Contains(strings.Join(got, " "), CodeNegative+"@row 3, column 2") {
		t.Errorf("errors = %v, want number.negative at row 3, column 2", got)
	}
}
