package policy

import (
	"strings"
	"testing"
)

// FuzzLoadThresholds loads the library with a fuzzed thresholds file: Load
// must never panic, and what it accepts must hold to the checks.
func FuzzLoadThresholds(f *testing.F) {
	const file = "cn-direct-connection-thresholds.csv"
	good := edit(f, file, "", "")
	f.Add(good)
	f.Add(edit(f, file, ",>=,60,%,2025-05-30,", ",>=,100.000,%,2025-05-30,"))
	f.Add(edit(f, file, ",>=,60,%,2025-05-30,", ",>=,60 (2030),%,2025-05-30,"))
	f.Add(edit(f, file, "by 2030 (2030年前)", "by 2030"))
	f.Add(edit(f, file, "by 2030 (2030年前)", "by 20"))
	f.Add(edit(f, file, `"`, ``))
	f.Add("policy,metric,comparator,value,unit,applies_from,notes\n")
	f.Add("")
	fsys := embeddedData(f, nil)
	f.Fuzz(func(t *testing.T, data string) {
		fsys[file].Data = []byte(data)
		lib, err := Load(fsys)
		if err != nil {
			if !strings.Contains(err.Error(), file) {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		for _, th := range lib.Thresholds {
			if th.Document == nil {
				t.Errorf("%s: no document", th.Metric)
			}
			if th.Numeric && th.Unit == Percent && (th.Number.IsNegative() || th.Number.GreaterThan(hundred)) {
				t.Errorf("%s: %s %% accepted", th.Metric, th.Value)
			}
			if !th.Target && !isDate(th.AppliesFrom) {
				t.Errorf("%s: applies_from %q accepted", th.Metric, th.AppliesFrom)
			}
		}
	})
}

// FuzzClassify feeds Classify any text: it must never panic, and a code
// it accepts must come back as 8 digits in groups.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{"8544 49 93", "85444993", "7202 21 00", "", " ", "8544", "ex 2507 00 80", "８５４４４９９３", "72 02 21 00"} {
		f.Add(s)
	}
	lib := Default()
	f.Fuzz(func(t *testing.T, cn string) {
		c, err := lib.Classify(cn)
		if err != nil {
			return
		}
		if d := strings.ReplaceAll(c.CN, " ", ""); len(d) != 8 || !allDigits(d) || len(c.CN) != 10 {
			t.Errorf("Classify(%q).CN = %q", cn, c.CN)
		}
		if c.Coverage != NotCovered && c.Entry == "" {
			t.Errorf("Classify(%q): %s without an entry", cn, c.Coverage)
		}
	})
}
