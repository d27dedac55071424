package main

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"testing/fstest"

	"github.com/greenline-calc/greenline/calc/factors"
)

// A Store holds associations' signed tables: a KV namespace or an R2
// bucket bound to the Worker, or a directory on the host. Each table
// version is a signed table directory (manifest.json naming one table, its
// CSV, signature.json) stored under the key prefix "{id}/{version}/".
type Store interface {
	// Keys lists every key that begins with prefix.
	Keys(prefix string) ([]string, error)
	// Get returns the value of a key that Keys listed.
	Get(key string) ([]byte, error)
}

// fsStore is a Store over a directory tree: worker-dev and the host tests.
type fsStore struct{ fsys fs.FS }

func (s fsStore) Keys(prefix string) ([]string, error) {
	var keys []string
	err := fs.WalkDir(s.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasPrefix(p, prefix) {
			keys = append(keys, p)
		}
		return err
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return keys, err
}

func (s fsStore) Get(key string) ([]byte, error) { return fs.ReadFile(s.fsys, key) }

// associationTables reads every table version in store under prefix ("" for
// all), verifies each, and
// returns those it serves and those it refuses with the reason. A table is
// served when its signature verifies (whose key the user trusts is the
// page's choice, not the Worker's), its manifest names exactly the one
// table its key says, its data loads, and its id is not one of Greenline's
// own: an association cannot publish a version of an embedded table.
func associationTables(store Store, prefix string, embedded map[string]bool) ([]*entry, []refusal, error) {
	keys, err := store.Keys(prefix)
	if err != nil {
		return nil, nil, err
	}
	dirs := map[string]fstest.MapFS{}
	for _, k := range keys {
		id, version, name, ok := splitKey(k)
		if !ok {
			continue
		}
		dir := id + "/" + version + "/"
		if dirs[dir] == nil {
			dirs[dir] = fstest.MapFS{}
		}
		b, err := store.Get(k)
		if err != nil {
			return nil, nil, err
		}
		dirs[dir][name] = &fstest.MapFile{Data: b}
	}
	names := make([]string, 0, len(dirs))
	for d := range dirs {
		names = append(names, d)
	}
	sort.Strings(names)
	var served []*entry
	var refused []refusal
	for _, dir := range names {
		e, r := association(dir, dirs[dir], embedded)
		if r != nil {
			refused = append(refused, *r)
			continue
		}
		served = append(served, e)
	}
	return served, refused, nil
}

// association checks one signed table directory stored under dir.
func association(dir string, fsys fstest.MapFS, embedded map[string]bool) (*entry, *refusal) {
	refuse := func(code, msg string) (*entry, *refusal) {
		return nil, &refusal{Key: dir, Code: code, Message: msg}
	}
	sig, err := factors.Verify(fsys)
	if err != nil {
		return refuse("table.signature", err.Error())
	}
	if _, err := factors.Load(fsys); err != nil {
		return refuse("table.invalid", err.Error())
	}
	es, err := entries(fsys, sourceAssociation)
	if err != nil {
		return refuse("table.invalid", err.Error())
	}
	if len(es) != 1 || es[0].ID+"/"+strconv.Itoa(es[0].Version)+"/" != dir {
		return refuse("table.key", "the manifest must name exactly one table, whose id and version are those of the key prefix "+dir)
	}
	e := es[0]
	if embedded[e.ID] {
		return refuse("table.id_taken", "table id "+e.ID+" is one of Greenline's own tables; an association table needs an id of its own")
	}
	e.KeyID, e.Signature = sig.KeyID, sig
	e.ManifestJSON = string(fsys["manifest.json"].Data)
	return e, nil
}

// splitKey splits "{id}/{version}/{name}" into its parts.
func splitKey(k string) (id, version, name string, ok bool) {
	parts := strings.Split(k, "/")
	if len(parts) != 3 || !fs.ValidPath(k) || path.Ext(parts[2]) == "" {
		return "", "", "", false
	}
	return parts[0], parts[1], parts[2], true
}
