package problem

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestErrors(t *testing.T) {
	var es Errors
	if es.Err() != nil {
		t.Fatal("no problem, yet an error")
	}
	es.Add("number.negative", "facilities[0].electricity.annual", "{value} must not be negative", "value", "-3")
	es.Add("input.json", "", "the project is empty")
	es = append(es, Error{Code: "meter.gap", Row: 12, Column: 2, Meter: "A", Message: "no data"})
	es = append(es, Error{Code: "meter.gap", Row: 12, Message: "no data"})
	es = append(es, Error{Code: "meter.time", Cell: "B5", Sheet: "Sheet1", Row: 5, Column: 2, Message: "not a time"})
	want := "facilities[0].electricity.annual: -3 must not be negative\nthe project is empty\n" +
		"row 12, column 2: meter \"A\": no data\nrow 12: no data\nSheet1!B5: not a time"
	if got := es.Err().Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestJSON(t *testing.T) {
	tests := []struct {
		name string
		e    Error
		want string
	}{
		{"field only", New("input.json", "the project is empty").At(""),
			`{"code":"input.json","field":"","message":"the project is empty"}`},
		{"every place", Error{Code: "number.negative", Field: "f", Row: 12, Column: 2, Cell: "B5", Sheet: "Sheet1", Meter: "A",
			Params: Params("value", "-3"), Message: "must not be negative"},
			`{"code":"number.negative","field":"f","row":12,"column":2,"cell":"B5","sheet":"Sheet1","meter":"A","params":{"value":"-3"},"message":"must not be negative"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.e)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(b); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestFill(t *testing.T) {
	tests := []struct {
		name, template string
		params         []string
		want           string
	}{
		{"none", "plain", nil, "plain"},
		{"two", "{a} and {b}", []string{"a", "1", "b", "x{a}"}, "1 and x{a}"},
		{"unknown kept", "{a} {zz} {", []string{"a", "1"}, "1 {zz} {"},
		{"missing value", "[{a}]", []string{"a"}, "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fill(tt.template, Params(tt.params...)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if got := filledLen(tt.template, Params(tt.params...)); got != len(tt.want) {
				t.Errorf("filledLen = %d, want %d", got, len(tt.want))
			}
		})
	}
	if got, want := Names("{a} and {b} {"), []string{"a", "b"}; !slices.Equal(got, want) {
		t.Errorf("Names = %q, want %q", got, want)
	}
}

func TestNote(t *testing.T) {
	n := NewNote("qc.market", "same market as the consumption ({market})", "market", "CN")
	n.Status = "met"
	b, _ := json.Marshal(n)
	if got, want := string(b), `{"code":"qc.market","status":"met","params":{"market":"CN"},"message":"same market as the consumption (CN)"}`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
