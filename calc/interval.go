package calc

import (
	"bytes"
	"errors"
	"strconv"

	"github.com/greenline-calc/greenline/calc/meter"
)

// A MeterImport is an interval-data file read into an hourly series, with
// what was detected in it, for a preview before the user accepts it.
type MeterImport struct {
	Summary meter.Summary `json:"summary"`
	Start   string        `json:"start"`  // local time of the first hour, "2024-01-01T00:00"
	Hourly  *Series       `json:"hourly"` // in kWh, ready for electricity.hourly or a supply's generation
}

// maxMeterBytes bounds one interval-data file: 64 MiB holds a year of
// 15-minute data for many meters.
const maxMeterBytes = 64 << 20

// ImportMeter reads a CSV export of interval meter data (UTF-8; see
// package meter) and returns the MeterImport as JSON, or {"errors": …} with
// each problem's row and column in its field ("row 12, column 2"). unit is
// "kWh", "MWh" or "Wh" when the header does not say it, or "". The browser
// and the CLI call it alike.
func ImportMeter(csv []byte, unit string) ([]byte, bool) {
	if len(csv) > maxMeterBytes {
		return Marshal(Outcome{Errors{{Code: CodeInputTooBig, Field: "", Message: "the file is " + strconv.Itoa(len(csv)) + " bytes; at most " + strconv.Itoa(maxMeterBytes) + " are accepted"}}}), false
	}
	s, sum, err := meter.ParseCSV(bytes.NewReader(csv), meter.Options{Unit: unit})
	if err != nil {
		var ps meter.Problems
		if !errors.As(err, &ps) {
			return Marshal(Outcome{Errors{{Code: CodeInternal, Field: "", Message: err.Error()}}}), false
		}
		errs := make(Errors, len(ps))
		for i, p := range ps {
			errs[i] = Error{Code: p.Code, Field: place(p.Row, p.Column), Message: p.Message}
		}
		return Marshal(Outcome{errs}), false
	}
	h := &Series{StepMinutes: 60, Values: make([]string, len(s.Hours))}
	for i, wh := range s.Hours {
		h.Values[i] = whToKWh(wh)
	}
	return Marshal(MeterImport{Summary: sum, Start: s.Start.Format("2006-01-02T15:04"), Hourly: h}), true
}

func place(row, col int) string {
	switch {
	case row == 0:
		return ""
	case col == 0:
		return "row " + strconv.Itoa(row)
	}
	return "row " + strconv.Itoa(row) + ", column " + strconv.Itoa(col)
}
