package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"strconv"

	"github.com/greenline-calc/greenline/calc/factors"
)

// Sources of a table version.
const (
	sourceEmbedded    = "embedded"    // built into Greenline, in calc/factors/tables
	sourceAssociation = "association" // published by an association into the bound store, signed
)

// An entry is one table version as the index lists it, with its CSV.
type entry struct {
	ID        string `json:"id"`
	Version   int    `json:"version"`
	DataYear  int    `json:"data_year"`
	Publisher string `json:"publisher"`
	Citation  string `json:"citation"`
	File      string `json:"file"`
	SHA256    string `json:"sha256"` // of the CSV, lower-case hex; also its ETag
	Size      int    `json:"size"`   // of the CSV, in bytes
	Source    string `json:"source"`
	URL       string `json:"url"` // the path of this version's CSV
	// KeyID names the key that signed an association table.
	KeyID string `json:"key_id,omitempty"`
	// Manifest is the table's entry in its manifest.json (whitespace aside).
	Manifest json.RawMessage `json:"manifest"`
	// ManifestJSON and Signature let a client check an association table
	// itself: the text of its manifest.json as signed, and signature.json.
	ManifestJSON string             `json:"manifest_json,omitempty"`
	Signature    *factors.Signature `json:"signature,omitempty"`

	csv []byte
}

// A refusal is an association table the Worker will not serve, and why.
type refusal struct {
	Key     string `json:"key"` // the store prefix, "{id}/{version}/"
	Code    string `json:"code"`
	Message string `json:"message"`
}

// An embeddedFile is one file of calc/factors/tables or calc/policy/data.
type embeddedFile struct {
	Path   string `json:"path"` // "tables/…" or "policy/…"
	SHA256 string `json:"sha256"`
	Size   int    `json:"size"`
	URL    string `json:"url"`

	data []byte
}

// entries lists the tables of a manifest.json in fsys, in manifest order,
// with source as their source. It reads only what the index needs: the
// tables were checked when Greenline was built (calc/factors tests) or,
// for an association's, by factors.Load before this.
func entries(fsys fs.FS, source string) ([]*entry, error) {
	raw, err := fs.ReadFile(fsys, "manifest.json")
	if err != nil {
		return nil, err
	}
	var m struct{ Tables []json.RawMessage }
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("manifest.json: %w", err)
	}
	out := make([]*entry, 0, len(m.Tables))
	for _, r := range m.Tables {
		var t factors.Table
		if err := json.Unmarshal(r, &t); err != nil {
			return nil, fmt.Errorf("manifest.json: %w", err)
		}
		csv, err := fs.ReadFile(fsys, t.File)
		if err != nil {
			return nil, err
		}
		out = append(out, &entry{
			ID: t.ID, Version: t.Version, DataYear: t.DataYear, Publisher: t.Publisher,
			Citation: t.Citation(), File: t.File, SHA256: sum(csv), Size: len(csv),
			Source: source, URL: "/v1/tables/" + t.ID + "/" + strconv.Itoa(t.Version),
			Manifest: r, csv: csv,
		})
	}
	return out, nil
}

// files lists every file of fsys under the path prefix dir.
func files(fsys fs.FS, dir string) ([]*embeddedFile, error) {
	var out []*embeddedFile
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		path := dir + "/" + p
		out = append(out, &embeddedFile{Path: path, SHA256: sum(b), Size: len(b), URL: "/v1/files/" + path, data: b})
		return nil
	})
	return out, err
}

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
