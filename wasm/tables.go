package main

import (
	"fmt"
	"strconv"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/codec"
	"github.com/greenline-calc/greenline/calc/factors"
)

// A Kept is a factor table the page fetched from the Worker and checked:
// the files of a table directory as `greenline calc --tables DIR` reads
// it (manifest.json naming one table, its CSV, and an association's
// signature.json).
type Kept struct {
	Manifest  string  `json:"manifest"`
	CSV       string  `json:"csv"`
	Signature rawJSON `json:"signature,omitempty"`
}

// rawJSON is a JSON value as it was given, as encoding/json's RawMessage
// keeps it.
type rawJSON []byte

// decrawJSON reads a rawJSON as RawMessage's UnmarshalJSON did: the value's
// bytes ("null" for null).
func decrawJSON(r *codec.Reader, v *rawJSON) { *v = append((*v)[:0], r.Raw()...) }

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
	key := tablesKey(kept)
	if last.lib != nil && last.key == string(key) {
		return last.lib, nil // the page sends the same tables with every calculation
	}
	lib := factors.Default()
	for i, k := range kept {
		fail := func(err error) (*factors.Library, calc.Errors) {
			return nil, calc.Errors{{Code: CodeTableRefused, Field: fmt.Sprintf("options.tables[%d]", i),
				Params: map[string]string{"reason": err.Error()}, Message: "a kept factor table does not load: " + err.Error()}}
		}
		files, err := factors.ManifestFiles([]byte(k.Manifest))
		if err != nil || len(files) != 1 || files[0] == "" {
			return fail(fmt.Errorf("manifest.json must name exactly one table file"))
		}
		dir := memFS{
			"manifest.json": []byte(k.Manifest),
			files[0]:        []byte(k.CSV),
		}
		if len(k.Signature) > 0 {
			dir[factors.SignatureFile] = k.Signature
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
	last.key, last.lib = key, lib
	return lib, nil
}

// last is the library of the last tables sent: the bridge serves one page.
var last struct {
	key string
	lib *factors.Library
}

// tablesKey is one text for the kept tables, different for different
// tables: each file's length, then the file.
func tablesKey(kept []Kept) string {
	var b []byte
	for _, k := range kept {
		for _, f := range []string{k.Manifest, k.CSV, string(k.Signature)} {
			b = strconv.AppendInt(b, int64(len(f)), 10)
			b = append(b, ':')
			b = append(b, f...)
		}
		if k.Signature == nil {
			b = append(b, '-') // none, not an empty one
		}
	}
	return string(b)
}
