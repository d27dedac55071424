package factors

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/greenline-calc/greenline/calc/codec/codectest"
)

// The old readers, on encoding/json, kept for the differential test.
func oldManifest(raw []byte) (manifest, error) {
	var m struct{ Tables []*Table }
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(&m)
	return manifest(m), err
}

func oldSignature(raw []byte) (Signature, error) {
	var s Signature
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(&s)
	return s, err
}

func oldManifestFiles(raw []byte) ([]string, error) {
	var m struct {
		Tables []struct{ File string }
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	files := make([]string, len(m.Tables))
	for i, t := range m.Tables {
		files[i] = t.File
	}
	return files, nil
}

func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
}

// The manifest and signature readers give what encoding/json gave, value
// and error text, for the embedded manifest, the Worker's signed table
// and thousands of variants of them.
func TestCodecAgainstEncodingJSON(t *testing.T) {
	sub, _ := fs.Sub(embedded, "tables")
	m, err := fs.ReadFile(sub, "manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	corpus := [][]byte{m, []byte(`{"Tables":[{"ID":"x","version":1.5}]}`), []byte(`{"tables":[{"row_scope":{"a":1}}]}`),
		[]byte(`{"tables":[{"title":{"en":"a","EN":"b"}},null,{"caveats":"x"}]} trailing`), []byte(`[]`), []byte(``), []byte(`{"tables":[{"file":"a"}],"other":1}`),
		[]byte(`{"key_id":"a","files":{"a":"b","a":"c"},"Files":{"b":"d"}}`), []byte(`{"tables":[{"version":1e400}]}`)}
	names, _ := filepath.Glob("../../worker/testdata/store/*/*/*.json")
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		corpus = append(corpus, b)
	}
	r := rand.New(rand.NewPCG(5, 8))
	n := 300
	if testing.Short() {
		n = 40
	}
	count := 0
	for _, b := range corpus {
		for _, in := range append([][]byte{b}, codectest.Mutate(b, n, r)...) {
			count++
			want, werr := oldManifest(in)
			var got manifest
			gerr := readmanifest(in, false, true, &got)
			if !sameError(gerr, werr) || werr == nil && !reflect.DeepEqual(got, want) {
				t.Fatalf("manifest %q:\n got %+v, %v\nwant %+v, %v", in, got, gerr, want, werr)
			}
			ws, werr := oldSignature(in)
			var gs Signature
			gerr = readSignature(in, false, true, &gs)
			if !sameError(gerr, werr) || werr == nil && !reflect.DeepEqual(gs, ws) {
				t.Fatalf("signature %q:\n got %+v, %v\nwant %+v, %v", in, gs, gerr, ws, werr)
			}
			wf, werr := oldManifestFiles(in)
			gf, gerr := ManifestFiles(in)
			if !sameError(gerr, werr) || werr == nil && !reflect.DeepEqual(gf, wf) {
				t.Fatalf("files %q:\n got %q, %v\nwant %q, %v", in, gf, gerr, wf, werr)
			}
		}
	}
	t.Logf("%d inputs read alike", count)
}
