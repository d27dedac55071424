package factors

import (
	"bytes"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/greenline-calc/greenline/calc/internal/syntax"
	"github.com/shopspring/decimal"
)

//go:embed tables
var embedded embed.FS

// A Library is a set of factor tables, newest data year first.
type Library struct {
	Tables []*Table
	byID   map[string]*Table
}

// Default returns the library embedded in Greenline. A table that does not
// load is a build defect, caught by the package tests.
var Default = sync.OnceValue(func() *Library {
	lib, err := Load(Files())
	if err != nil {
		panic("factors: embedded tables: " + err.Error())
	}
	return lib
})

// Table returns the newest version of the table with the given id.
func (l *Library) Table(id string) (*Table, bool) {
	t, ok := l.byID[id]
	return t, ok
}

// maxKgPerKWh bounds a plausible electricity factor: the published grid and
// generation factors all lie well below it, so a larger value is a unit or
// typing error.
var maxKgPerKWh = decimal.NewFromInt(2)

// Load reads manifest.json and the CSV tables it names from fsys and checks
// every table. The error names the file, the row and the reason.
func Load(fsys fs.FS) (*Library, error) {
	raw, err := fs.ReadFile(fsys, "manifest.json")
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := readmanifest(raw, false, true, &m); err != nil {
		return nil, fmt.Errorf("manifest.json: %w", err)
	}
	var tables []*Table
	var errs []error
	for i, t := range m.Tables {
		if err := t.check(); err != nil {
			errs = append(errs, fmt.Errorf("manifest.json: tables[%d] (%s): %w", i, t.ID, err))
			continue
		}
		if err := t.load(fsys); err != nil {
			errs = append(errs, err)
			continue
		}
		tables = append(tables, t)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return build(tables)
}

// build indexes tables by id, refusing a version listed twice, and sorts
// them newest data year first.
func build(tables []*Table) (*Library, error) {
	lib := &Library{byID: map[string]*Table{}}
	seen := map[string]bool{}
	var errs []error
	for _, t := range tables {
		if seen[t.Ref()] {
			errs = append(errs, fmt.Errorf("manifest.json: table %s version %d listed twice", t.ID, t.Version))
			continue
		}
		seen[t.Ref()] = true
		if old, ok := lib.byID[t.ID]; !ok || old.Version < t.Version {
			lib.byID[t.ID] = t
		}
		lib.Tables = append(lib.Tables, t)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	sort.SliceStable(lib.Tables, func(i, j int) bool {
		a, b := lib.Tables[i], lib.Tables[j]
		if a.DataYear != b.DataYear {
			return a.DataYear > b.DataYear
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Version > b.Version
	})
	return lib, nil
}

// check validates the manifest entry of a table.
func (t *Table) check() error {
	switch {
	case !syntax.Key(t.ID):
		return fmt.Errorf("id %q: want lower-case words joined by hyphens", t.ID)
	case t.Version < 1:
		return fmt.Errorf("version %d: want 1 or more", t.Version)
	case t.Title.EN == "" || t.Title.ZH == "":
		return errors.New("title: need both en and zh")
	case t.Publisher == "" || t.Document == "" || t.URL == "" || t.Licence == "":
		return errors.New("citation incomplete: publisher, document, url and licence are required")
	case !syntax.Date(t.Published):
		return fmt.Errorf("published %q: want YYYY-MM-DD", t.Published)
	case t.ReportingYears == "":
		return errors.New("reporting_years: say which reporting periods the table is meant for")
	case t.DataYear < 1990 || t.DataYear > 2100:
		return fmt.Errorf("data_year %d: out of range", t.DataYear)
	case !gases[t.Gas]:
		return fmt.Errorf("gas %q: want CO2 or CO2e", t.Gas)
	case !scopes[t.Scope]:
		return fmt.Errorf("scope %q: unknown", t.Scope)
	case !t.Unit.Known():
		return fmt.Errorf("unit %q: unknown", t.Unit)
	case !verifications[t.Verification]:
		return fmt.Errorf("verification %q: unknown", t.Verification)
	case t.File == "":
		return errors.New("file: required")
	case t.CaveatsZH != nil && len(t.CaveatsZH) != len(t.Caveats):
		return fmt.Errorf("caveats_zh: %d, want one for each of the %d caveats", len(t.CaveatsZH), len(t.Caveats))
	}
	for k, v := range t.RowScope {
		if !scopes[v] {
			return fmt.Errorf("row_scope[%s] %q: unknown", k, v)
		}
	}
	for k, v := range t.RowGas {
		if !gases[v] {
			return fmt.Errorf("row_gas[%s] %q: want CO2 or CO2e", k, v)
		}
	}
	for k, v := range t.RowVerification {
		if !verifications[v] {
			return fmt.Errorf("row_verification[%s] %q: unknown", k, v)
		}
	}
	return nil
}

var header = []string{"key", "name_en", "name_zh", "value", "unit", "notes"}

// load reads the rows of t from its CSV file.
func (t *Table) load(fsys fs.FS) error {
	raw, err := fs.ReadFile(fsys, t.File)
	if err != nil {
		return err
	}
	t.raw = raw
	t.ref, t.citation = t.Ref(), t.Citation()
	r := csv.NewReader(bytes.NewReader(raw))
	r.FieldsPerRecord = len(header)
	got, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", t.File, err)
	}
	if strings.Join(got, ",") != strings.Join(header, ",") {
		return fmt.Errorf("%s: row 1: header %q, want %q", t.File, got, header)
	}
	t.index = map[string]int{}
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", t.File, err)
		}
		row, err := t.parseRow(rec)
		if err != nil {
			return fmt.Errorf("%s: row %d: %w", t.File, line, err)
		}
		if _, dup := t.index[row.Key]; dup {
			return fmt.Errorf("%s: row %d: key %q repeated", t.File, line, row.Key)
		}
		t.index[row.Key] = len(t.Rows)
		t.Rows = append(t.Rows, row)
	}
	if len(t.Rows) == 0 {
		return fmt.Errorf("%s: no rows", t.File)
	}
	for _, m := range []map[string]string{t.RowScope, t.RowGas, t.RowVerification} {
		for k := range m {
			if _, ok := t.index[k]; !ok {
				return fmt.Errorf("manifest.json: table %s names row %q, which %s does not have", t.ID, k, t.File)
			}
		}
	}
	return nil
}

func (t *Table) parseRow(rec []string) (Row, error) {
	key, en, zh, value, unit, note := rec[0], rec[1], rec[2], rec[3], Unit(rec[4]), rec[5]
	if !syntax.Key(key) {
		return Row{}, fmt.Errorf("column key: %q is not lower-case words joined by hyphens", key)
	}
	if en == "" {
		return Row{}, errors.New("column name_en: empty")
	}
	if unit != t.Unit {
		return Row{}, fmt.Errorf("column unit: %q differs from the table's unit %q", unit, t.Unit)
	}
	if !syntax.Decimal(value) {
		return Row{}, fmt.Errorf("column value: %q is not a plain decimal number", value)
	}
	v := decimal.RequireFromString(value)
	kg, _ := unit.PerKWh(v)
	if !v.IsPositive() || kg.GreaterThan(maxKgPerKWh) {
		return Row{}, fmt.Errorf("column value: %s %s is outside (0, 2] kg/kWh", value, unit)
	}
	row := Row{
		Key: key, Name: Text{EN: en, ZH: zh}, Value: v, Published: value, Unit: unit,
		Scope: t.Scope, Gas: t.Gas, Verification: t.Verification, Note: note,
	}
	if s, ok := t.RowScope[key]; ok {
		row.Scope = s
	}
	if g, ok := t.RowGas[key]; ok {
		row.Gas = g
	}
	if v, ok := t.RowVerification[key]; ok {
		row.Verification = v
	}
	return row, nil
}
