package factors

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// Text is a string in English and Simplified Chinese.
type Text struct {
	EN string `json:"en"`
	ZH string `json:"zh"`
}

// Verification levels say how far a published value was checked against
// its source (see calc/doc.go).
const (
	PrimaryVerified   = "primary-verified"
	TwoSecondaryAgree = "two-secondary-agree"
	SingleSecondary   = "single-secondary"
)

// Scopes say what a factor measures.
const (
	ScopeGridAverage  = "grid-average"              // operational CO2 per kWh of all generation in a grid
	ScopeResidualLike = "residual-like"             // grid average after removing market-traded non-fossil power
	ScopeFossilOnly   = "fossil-only"               // per kWh of fossil generation only
	ScopeFootprint    = "footprint"                 // life-cycle CO2e per kWh of all generation
	ScopeGeneration   = "generation-type"           // life-cycle CO2e per kWh of one generation type
	ScopeGridLosses   = "transmission-distribution" // life-cycle CO2e of transmission and distribution
)

var (
	verifications = map[string]bool{PrimaryVerified: true, TwoSecondaryAgree: true, SingleSecondary: true}
	scopes        = map[string]bool{ScopeGridAverage: true, ScopeResidualLike: true, ScopeFossilOnly: true, ScopeFootprint: true, ScopeGeneration: true, ScopeGridLosses: true}
	gases         = map[string]bool{"CO2": true, "CO2e": true}
)

// A Table is one published emission-factor table with its citation. A
// published table is never edited: a correction is a new Version.
type Table struct {
	ID        string `json:"id"`
	Version   int    `json:"version"`
	Title     Text   `json:"title"`
	Publisher string `json:"publisher"`
	Document  string `json:"document"`
	Number    string `json:"number"`
	Published string `json:"published"` // YYYY-MM-DD
	URL       string `json:"url"`
	URLNote   string `json:"url_note"` // how the values were read, and whether the URL was opened
	Licence   string `json:"licence"`
	Country   string `json:"country"`   // ISO 3166-1 alpha-2, or "world"
	DataYear  int    `json:"data_year"` // the year the factors describe
	// ReportingYears says which reporting periods the table is meant for;
	// Select applies the rule: the newest data year not after the period.
	ReportingYears string   `json:"reporting_years"`
	Gas            string   `json:"gas"`   // default gas basis of the rows: CO2 or CO2e
	Scope          string   `json:"scope"` // default scope of the rows
	Unit           Unit     `json:"unit"`  // unit as published
	Verification   string   `json:"verification"`
	Caveats        []string `json:"caveats"`
	// CaveatsZH says the caveats in Chinese, one for one: they are
	// Greenline's own notes on the table, not quotations of the source.
	// Every embedded table has them; a table from elsewhere may not.
	CaveatsZH []string `json:"caveats_zh,omitempty"`
	Rows      []Row    `json:"-"`

	// Per-row exceptions to the table defaults, keyed by row key.
	RowScope        map[string]string `json:"row_scope,omitempty"`
	RowGas          map[string]string `json:"row_gas,omitempty"`
	RowVerification map[string]string `json:"row_verification,omitempty"`
	File            string            `json:"file"`

	index map[string]int
	raw   []byte // File's bytes, to tell a changed copy of a published version

	// Ref and Citation, written once as the table is loaded: a result
	// names them for every facility, and a table is never changed after.
	ref, citation string
}

// A Row is one factor of a table, its value exactly as published.
type Row struct {
	Key          string
	Name         Text
	Value        decimal.Decimal
	Published    string // the value's text as printed, trailing zeros kept
	Unit         Unit
	Scope        string
	Gas          string
	Verification string
	Note         string
}

// Ref names a table version, as "cn-mee-2023@1".
func (t *Table) Ref() string {
	if t.ref != "" {
		return t.ref
	}
	return t.ID + "@" + strconv.Itoa(t.Version)
}

// Citation is the one-line source of the table as shown beside a result.
func (t *Table) Citation() string {
	if t.citation != "" {
		return t.citation
	}
	c := t.Publisher + ", " + t.Document
	if t.Number != "" {
		c += ", " + t.Number
	}
	return c + ", published " + t.Published + ". " + t.URL
}

// Row returns the row with the given key.
func (t *Table) Row(key string) (Row, bool) {
	i, ok := t.index[key]
	if !ok {
		return Row{}, false
	}
	return t.Rows[i], true
}
