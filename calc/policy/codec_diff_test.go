package policy

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/greenline-calc/greenline/calc/codec/codectest"
)

// oldManifest is the manifest reader as it was on encoding/json, kept for
// the differential test.
func oldManifest(raw []byte) (manifest, error) {
	var m struct{ Files []*Source }
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(&m)
	return manifest(m), err
}

// The manifest reader gives what encoding/json gave, value and error text,
// for the embedded manifest and thousands of variants of it.
func TestCodecAgainstEncodingJSON(t *testing.T) {
	raw, err := fs.ReadFile(Files(), "manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	corpus := [][]byte{raw, []byte(`{"files":[{"rows":"1","Title":{"EN":1}}]}`), []byte(`{"files":[{"documents":[{"covers_year":2.5}]}]}`),
		[]byte(`{"files":[{"documents":[null,{"project_kind":[]}]}]}`), []byte(`{"Files":{}}`), []byte(`1`)}
	r := rand.New(rand.NewPCG(3, 4))
	n := 1000
	if testing.Short() {
		n = 100
	}
	for _, b := range corpus {
		for _, in := range append([][]byte{b}, codectest.Mutate(b, n, r)...) {
			want, werr := oldManifest(in)
			var got manifest
			gerr := readmanifest(in, false, true, &got)
			same := (gerr == nil) == (werr == nil) && (werr == nil || gerr.Error() == werr.Error())
			if !same || werr == nil && !reflect.DeepEqual(got, want) {
				t.Fatalf("manifest %q:\n got %+v, %v\nwant %+v, %v", in, got, gerr, want, werr)
			}
		}
	}
}
