package problem

import "testing"

func TestErrors(t *testing.T) {
	var es Errors
	if es.Err() != nil {
		t.Fatal("no problem, yet an error")
	}
	es.Add("number.negative", "facilities[0].electricity.annual", "must not be %s", "negative")
	es.Add("input.json", "", "the project is empty")
	if got, want := es.Err().Error(), "facilities[0].electricity.annual: must not be negative\nthe project is empty"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
