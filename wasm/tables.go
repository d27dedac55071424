package main

import (
	"encoding/json"
	"fmt"
	"testing/fstest"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/factors"
)

// A Kept is a factor table the page fetched from the Worker and checked:
// the files of a table directory as `greenline calc --tables DIR` reads
// it (manifest.json naming one table, its CSV, and an association's
// signature.json).
type Kept struct {
	Manifest  string          `json:"manifest"`
	CSV       string          `json:"csv"`
	Signature json.RawMessage `json:"signature,omitempty"`
}

// CodeTableRefused is the bridge's answer for a kept table that does not
// load: the page words it, and computes again with the embedded tables.
const CodeTableRefused = "factor.kept_invalid"

// library is the embedded library with the kept tables added, as the
// CLI's --tables builds it; a table that does not load, or does not
// verify when signed, is refused by its place in the list.
func library(kept []Kept) (*factors.Library, calc.Errors) {
	if len(kept) == 0 {
		return factors.Default(), nil
	}
	key, _ := json.Marshal(kept)
	if last.lib != nil && last.key == string(key) {
		return last.lib, nil // the page sends the same tables with every calculation
	}
	lib := factors.Default()
	for i, k := range kept {
		fail := func(err error) (*factors.Library, calc.Errors) {
			return nil, calc.Errors{{Code: CodeTableRefused, Field: fmt.Sprintf("options.tables[%d]", i),
				Params: map[string]string{"reason": err.Error()}, Message: "a kept factor table does not load: " + err.Error()}}
		}
		var m struct {
			Tables []struct{ File string } `json:"tables"`
		}
		if err := json.Unmarshal([]byte(k.Manifest), &m); err != nil || len(m.Tables) != 1 || m.Tables[0].File == "" {
			return fail(fmt.Errorf("manifest.json must name exactly one table file"))
		}
		dir := fstest.MapFS{
			"manifest.json":  {Data: []byte(k.Manifest)},
			m.Tables[0].File: {Data: []byte(k.CSV)},
		}
		if len(k.Signature) > 0 {
			dir[factors.SignatureFile] = &fstest.MapFile{Data: k.Signature}
			if _, err := factors.Verify(dir); err != nil {
				return fail(err)
			}
		}
		extra, err := factors.Load(dir)
		if err != nil {
			return fail(err)
		}
		if lib, err = lib.With(extra); err != nil {
			return fail(err)
		}
	}
	last.key, last.lib = string(key), lib
	return lib, nil
}

// last is the library of the last tables sent: the bridge serves one page.
var last struct {
	key string
	lib *factors.Library
}
