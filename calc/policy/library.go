// Package policy holds Greenline's policy reference data: the thresholds of
// China's green-electricity direct-connection notices, the goods covered by
// the EU CBAM and by its proposed downstream extension, stationary fuel
// factors, and China's public holidays. The data are CSV files embedded with
// their citations (data/manifest.json); this package loads them, refuses a
// malformed or inconsistent file, and answers the questions the calculator
// asks of them. Code here never holds a published number.
package policy

import (
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"time"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/internal/syntax"
)

//go:embed data
var embedded embed.FS

// PerRow is the verification level of a file whose rows each carry their
// own level in their notes, as "Confidence: single-secondary".
const PerRow = "per-row"

var verifications = map[string]bool{
	factors.PrimaryVerified:   true,
	factors.TwoSecondaryAgree: true,
	factors.SingleSecondary:   true,
}

// A Library is the complete set of policy reference data, loaded and
// checked. Its slices keep the row order of the files.
type Library struct {
	Sources    []*Source
	Thresholds []Threshold
	Goods      []Good
	Proposed   []ProposedGood
	Fuels      []FuelFactor
	Days       []Day

	fuelIndex map[string]int // fuel + "\x00" + parameter → index in Fuels
	dayIndex  map[string]int // date → index in Days
	years     []int          // the years the holiday notices arrange, ascending
}

// A Source is one data file with the citation of what it was compiled from.
type Source struct {
	ID           string       `json:"id"`
	File         string       `json:"file"`
	Rows         int          `json:"rows"` // the number of data rows the file must have
	Title        factors.Text `json:"title"`
	Verification string       `json:"verification"` // a level of calc/factors, or PerRow
	WhatWasRead  string       `json:"what_was_read"`
	CrossCheck   string       `json:"cross_check"`
	Licence      string       `json:"licence"`
	Caveats      []string     `json:"caveats"`
	Documents    []*Document  `json:"documents"`
}

// A Document is one published text that rows of a file cite.
type Document struct {
	// CitedAs is the exact text by which rows name the document in their
	// citing column; it is empty when the file cites a single document and
	// has no such column.
	CitedAs   string `json:"cited_as"`
	Title     string `json:"document"`
	Number    string `json:"number"`
	Issuer    string `json:"issuer"`
	Date      string `json:"date"`      // YYYY-MM-DD the document bears, or "" when the sources give none
	Published string `json:"published"` // YYYY-MM-DD, or ""
	URL       string `json:"url"`
	URLNote   string `json:"url_note"` // whether the URL was opened, and what was read instead
	Status    string `json:"status"`   // e.g. that a proposal is not adopted; "" for an adopted text

	// ProjectKind names the direct-connection projects a notice governs.
	ProjectKind ProjectKind `json:"project_kind"`
	// CoversYear is the calendar year a holiday notice arranges.
	CoversYear int `json:"covers_year"`
	// Placeholder, when not empty, says why values from this document are
	// placeholders that a report must show as such.
	Placeholder string `json:"placeholder"`
}

// Citation is the one-line source of the document as shown beside a result.
func (d *Document) Citation() string {
	c := d.Issuer + ", " + d.Title
	if d.Number != "" && !strings.Contains(d.Title, d.Number) {
		c += ", " + d.Number
	}
	if d.Date != "" {
		c += ", " + d.Date
	}
	if d.Status != "" {
		c += ". " + d.Status
	}
	return c + ". " + d.URL
}

// Default returns the library embedded in Greenline. Data that does not
// load is a build defect, caught by the package tests.
var Default = sync.OnceValue(func() *Library {
	lib, err := Load(Files())
	if err != nil {
		panic("policy: embedded data: " + err.Error())
	}
	return lib
})

// loaders reads each file of the library, in the order the manifest must
// list them.
var loaders = []struct {
	id   string
	load func(*Library, *Source, fs.FS) error
}{
	{"cn-direct-connection-thresholds", (*Library).loadThresholds},
	{"cbam-goods", (*Library).loadGoods},
	{"cbam-downstream-proposal", (*Library).loadProposed},
	{"fuel-factors", (*Library).loadFuels},
	{"cn-holidays", (*Library).loadDays},
}

// Load reads manifest.json and the CSV files it names from fsys and checks
// every file. The error names the file, the row and the reason.
func Load(fsys fs.FS) (*Library, error) {
	raw, err := fs.ReadFile(fsys, "manifest.json")
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := readmanifest(raw, false, true, &m); err != nil {
		return nil, fmt.Errorf("manifest.json: %w", err)
	}
	if got, want := len(m.Files), len(loaders); got != want {
		return nil, fmt.Errorf("manifest.json: %d files, want %d", got, want)
	}
	lib := &Library{Sources: m.Files}
	var errs []error
	for i, s := range m.Files {
		if s.ID != loaders[i].id {
			errs = append(errs, fmt.Errorf("manifest.json: files[%d]: id %q, want %q", i, s.ID, loaders[i].id))
			continue
		}
		if err := s.check(); err != nil {
			errs = append(errs, fmt.Errorf("manifest.json: files[%d] (%s): %w", i, s.ID, err))
			continue
		}
		if err := loaders[i].load(lib, s, fsys); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return lib, nil
}

// check validates the manifest entry of a file.
func (s *Source) check() error {
	switch {
	case s.File == "":
		return errors.New("file: required")
	case s.Rows < 1:
		return fmt.Errorf("rows %d: want 1 or more", s.Rows)
	case s.Title.EN == "" || s.Title.ZH == "":
		return errors.New("title: need both en and zh")
	case !verifications[s.Verification] && s.Verification != PerRow:
		return fmt.Errorf("verification %q: unknown", s.Verification)
	case s.WhatWasRead == "" || s.Licence == "":
		return errors.New("citation incomplete: what_was_read and licence are required")
	case len(s.Documents) == 0:
		return errors.New("documents: at least one is required")
	}
	seen := map[string]bool{}
	for i, d := range s.Documents {
		switch {
		case d.Title == "" || d.Issuer == "" || d.URL == "":
			return fmt.Errorf("documents[%d]: citation incomplete: document, issuer and url are required", i)
		case d.Date != "" && !isDate(d.Date):
			return fmt.Errorf("documents[%d]: date %q: want a YYYY-MM-DD calendar date", i, d.Date)
		case d.Published != "" && !isDate(d.Published):
			return fmt.Errorf("documents[%d]: published %q: want a YYYY-MM-DD calendar date", i, d.Published)
		case d.CitedAs == "" && len(s.Documents) > 1:
			return fmt.Errorf("documents[%d]: cited_as: required when a file cites several documents", i)
		case seen[d.CitedAs]:
			return fmt.Errorf("documents[%d]: cited_as %q repeated", i, d.CitedAs)
		}
		seen[d.CitedAs] = true
	}
	return nil
}

// document returns the document of s that a row names by citedAs. A file
// of one document without a citing column passes "".
func (s *Source) document(citedAs string) (*Document, error) {
	for _, d := range s.Documents {
		if d.CitedAs == citedAs {
			return d, nil
		}
	}
	return nil, fmt.Errorf("%q is not the cited_as of any document of %s in manifest.json", citedAs, s.ID)
}

// confidenceMarker introduces a row's own verification level in its notes.
const confidenceMarker = "Confidence: "

// rowVerification returns the verification level of a row: the one its
// notes give after "Confidence: " when the file's level is PerRow, else the
// file's level, which the notes must not contradict.
func rowVerification(s *Source, note string) (string, error) {
	_, rest, found := strings.Cut(note, confidenceMarker)
	if !found {
		if s.Verification == PerRow {
			return "", fmt.Errorf("no %q level, which a file verified per row needs", confidenceMarker)
		}
		return s.Verification, nil
	}
	if strings.Contains(rest, confidenceMarker) {
		return "", errors.New("more than one " + confidenceMarker + "level")
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return (r < 'a' || r > 'z') && r != '-' })
	if end < 0 {
		end = len(rest)
	}
	level := rest[:end]
	switch {
	case !verifications[level]:
		return "", fmt.Errorf("unknown verification level %q", level)
	case s.Verification != PerRow && level != s.Verification:
		return "", fmt.Errorf("level %s contradicts the file's %s", level, s.Verification)
	}
	return level, nil
}

// readCSV reads the file of s, checks its header and column counts, and
// calls row for every data row with the row's number (the header is row 1).
// Errors name the file and, where there is one, the row.
func readCSV(fsys fs.FS, s *Source, header []string, row func(n int, rec []string) error) error {
	f, err := fsys.Open(s.File)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1 // counted below, to name the row in our own words
	got, err := r.Read()
	if err == io.EOF {
		return fmt.Errorf("%s: row 1: no header, want %q", s.File, header)
	}
	if err != nil {
		return fmt.Errorf("%s: row 1: %w", s.File, err)
	}
	if strings.Join(got, ",") != strings.Join(header, ",") {
		return fmt.Errorf("%s: row 1: header %q, want %q", s.File, got, header)
	}
	n := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		n++
		if err != nil {
			return fmt.Errorf("%s: row %d: %w", s.File, n, err)
		}
		if len(rec) != len(header) {
			return fmt.Errorf("%s: row %d: %d columns, want %d", s.File, n, len(rec), len(header))
		}
		if err := row(n, rec); err != nil {
			return fmt.Errorf("%s: row %d: %w", s.File, n, err)
		}
	}
	if got := n - 1; got != s.Rows {
		return fmt.Errorf("%s: %d data rows, manifest.json says %d", s.File, got, s.Rows)
	}
	return nil
}

// parseDate parses a real calendar date written YYYY-MM-DD.
func parseDate(s string) (time.Time, bool) {
	if !syntax.Date(s) {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// isDate reports whether s is a real calendar date written YYYY-MM-DD.
func isDate(s string) bool {
	_, ok := parseDate(s)
	return ok
}
