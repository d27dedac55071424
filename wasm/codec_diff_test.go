package main

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/greenline-calc/greenline/calc/codec/codectest"
)

// MarshalJSON and UnmarshalJSON give rawJSON, in the tests, the methods of
// encoding/json's RawMessage, which Kept.Signature was: the tests write
// options with encoding/json, and read them the old way to compare.
func (m rawJSON) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

func (m *rawJSON) UnmarshalJSON(data []byte) error {
	*m = append((*m)[0:0], data...)
	return nil
}

// The bridge reads options and writes the statements' head as
// encoding/json's Unmarshal and Marshal did: same values, same error
// texts, same bytes.
func TestCodecAgainstEncodingJSON(t *testing.T) {
	corpus := []string{`{}`, `{"unit":"kWh"}`, `{"Unit":"MWh","TABLES":null}`, `{"unit":1}`, `{"tables":[{"manifest":"m","csv":"c","signature":{"a":[1,2]}}]}`,
		`{"tables":[{"signature":null},{"Signature":"x"},{"manifest":["x"]}],"other":{"a":1}}`, `[]`, `"x"`, `{"tables":{}}`, `{"unit":"a"} x`,
		`{"tables":[{"csv":"a\u00e9\ud800","manifest":"<&>"}],"unit":"\u2028"}`, `{"tables":[{"csv":true,"manifest":1.5}]}`}
	r := rand.New(rand.NewPCG(1, 2))
	for _, s := range corpus {
		for _, in := range append([][]byte{[]byte(s)}, codectest.Mutate([]byte(s), 200, r)...) {
			var want, got Options
			werr := json.Unmarshal(in, &want)
			gerr := readOptions(in, true, false, &got)
			same := (gerr == nil) == (werr == nil) && (werr == nil || gerr.Error() == werr.Error())
			if !same || werr == nil && !reflect.DeepEqual(got, want) {
				t.Fatalf("options %q:\n got %+v, %v\nwant %+v, %v", in, got, gerr, want, werr)
			}
		}
	}
	for _, s := range []string{"", "a", `<b>&"x"\`, "\u2028\xff中", "\x00\x1f"} {
		for _, head := range []Issued{{}, {Statements: []IssuedFile{}}, {Statements: []IssuedFile{{Name: s, User: s, Facility: s, Supply: s, Green: s, SHA256: s, Length: -3}}}} {
			want, _ := json.Marshal(head)
			if got := encIssued(nil, &head); !bytes.Equal(got, want) {
				t.Errorf("%q: wrote %s, encoding/json wrote %s", s, got, want)
			}
		}
	}
}
