package calc

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	good := `{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"1000"}}]}`
	tests := []struct {
		name, in  string
		ok        bool
		wantCode  string
		wantField string
	}{
		{"good", good, true, "", ""},
		{"empty", ``, false, CodeJSON, ""},
		{"not json", `{"format":1,`, false, CodeJSON, ""},
		{"bad json", `{"format":1,,}`, false, CodeJSON, ""},
		{"wrong type", `{"format":"1"}`, false, CodeType, "format"},
		{"unknown field", `{"format":1,"facilites":[]}`, false, CodeUnknownField, ""},
		{"trailing data", good + `{}`, false, CodeTrailing, ""},
		{"number not string", strings.Replace(good, `"1000"`, `1000`, 1), false, CodeType, "facilities[0].electricity.annual"},
		{"wrong type deep in an array", `{"format":1,"facilities":[{"id":"a"},{"id":"b","electricity":{"unit":"kWh","monthly":["1","2",3]}}]}`, false, CodeType, "facilities[1].electricity.monthly[2]"},
		{"wrong type of a whole object", `{"format":1,"facilities":[{"id":"a","grid":[]}]}`, false, CodeType, "facilities[0].grid"},
		{"exponent", strings.Replace(good, `"1000"`, `"1e400"`, 1), false, CodeSyntax, "facilities[0].electricity.annual"},
		{"too big", `{"name":"` + strings.Repeat("x", MaxProjectBytes) + `"}`, false, CodeInputTooBig, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, ok := Run([]byte(tt.in))
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v: %s", ok, tt.ok, out)
			}
			if !bytes.HasSuffix(out, []byte("\n")) {
				t.Error("output does not end in a newline")
			}
			if ok {
				return
			}
			var o Outcome
			if err := json.Unmarshal(out, &o); err != nil {
				t.Fatal(err)
			}
			if len(o.Errors) == 0 || o.Errors[0].Code != tt.wantCode || o.Errors[0].Field != tt.wantField {
				t.Errorf("errors = %+v, want code %q field %q", o.Errors, tt.wantCode, tt.wantField)
			}
		})
	}
}

func TestRunIsDeterministic(t *testing.T) {
	in := []byte(`{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"province-hebei"},"electricity":{"unit":"MWh","monthly":["1","2","3","4","5","6","7","8","9","10","11","12.000001"]}}]}`)
	a, _ := Run(in)
	b, _ := Run(in)
	if !bytes.Equal(a, b) {
		t.Error("two runs of one input differ")
	}
}

func TestValidateListsAllErrors(t *testing.T) {
	in := `{"format":1,"facilities":[{"id":"","grid":{"table":"cn-mee-2023","key":"x"},"electricity":{"unit":"kWh","annual":"-1"}}]}`
	errs := Validate([]byte(in)).Errors
	var fields []string
	for _, e := range errs {
		fields = append(fields, e.Field)
	}
	want := "facilities[0].id facilities[0].grid.key facilities[0].electricity.annual"
	if got := strings.Join(fields, " "); got != want {
		t.Errorf("fields = %q, want %q", got, want)
	}
}

// A series may name its meter, for the evidence list; the name is text
// like any other, and changes no figure.
func TestSeriesMeter(t *testing.T) {
	project := func(meter string) string {
		values := strings.TrimSuffix(strings.Repeat(`"1",`, 8784), ",") // 2024: 366 days × 24 hours of 1 kWh
		return `{"format":1,"period":{"start":"2024-01"},"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"province-hebei"},` +
			`"electricity":{"unit":"kWh","hourly":{"step_minutes":60,"values":[` + values + `],"meter":"` + meter + `"}}}]}`
	}
	errs := Validate([]byte(project(strings.Repeat("x", 201)))).Errors
	if len(errs) != 1 || errs[0].Field != "facilities[0].electricity.hourly.meter" || errs[0].Code != CodeTextTooLong {
		t.Errorf("a 201-character meter: errors %v, want one text.too_long at facilities[0].electricity.hourly.meter", errs)
	}
	a, okA := Run([]byte(project("3301 · park.csv")))
	b, okB := Run([]byte(project("")))
	if !okA || !okB || !bytes.Equal(a, b) {
		t.Errorf("naming the meter changed the result (ok %v %v)", okA, okB)
	}
}
