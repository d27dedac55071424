package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"github.com/greenline-calc/greenline/calc/internal/syntax"
	"github.com/shopspring/decimal"
)

// A ProjectKind is the kind of green-electricity direct-connection project
// a notice governs. The manifest says which notice governs which kind.
type ProjectKind string

// The project kinds of China's direct-connection notices.
const (
	SingleUser ProjectKind = "single-user" // one user of the green electricity
	MultiUser  ProjectKind = "multi-user"  // several users who are distinct legal entities
)

// A Comparator says how a measured value must relate to a threshold.
type Comparator string

// The comparators the notices use.
const (
	AtLeast Comparator = ">="
	AtMost  Comparator = "<="
	Exactly Comparator = "="
)

// Holds reports whether x satisfies the comparator against limit.
func (c Comparator) Holds(x, limit decimal.Decimal) bool {
	switch c {
	case AtLeast:
		return x.Cmp(limit) >= 0
	case AtMost:
		return x.Cmp(limit) <= 0
	case Exactly:
		return x.Equal(limit)
	}
	return false
}

// Percent is the unit of the ratio thresholds.
const Percent = "%"

// A Threshold is one requirement of a direct-connection notice, as the
// notice prints it.
type Threshold struct {
	Policy     string // the policy column as written, naming the notice
	Metric     string // snake_case name of the quantity the requirement limits
	Comparator Comparator
	// Value is the limit as printed. When it is not a number it names a
	// project-specific limit, such as the declared grid-connection capacity.
	Value   string
	Numeric bool
	Number  decimal.Decimal // the exact value when Numeric, else zero
	Unit    string
	// AppliesFrom is the YYYY-MM-DD date from which the requirement applies
	// or, for a target, the text as printed ("by 2030 (2030年前)").
	AppliesFrom string
	// Target marks a level to be reached by TargetYear rather than a
	// requirement already in force.
	Target       bool
	TargetYear   int
	Note         string // the clause, quoted in Chinese, with how it was read
	Document     *Document
	Verification string
}

// Met reports whether the measured value x satisfies a numeric threshold.
// It reports false for a threshold that is not numeric.
func (t Threshold) Met(x decimal.Decimal) bool {
	return t.Numeric && t.Comparator.Holds(x, t.Number)
}

var thresholdHeader = []string{"policy", "metric", "comparator", "value", "unit", "applies_from", "notes"}

var hundred = decimal.NewFromInt(100)

func (l *Library) loadThresholds(s *Source, fsys fs.FS) error {
	kinds := map[ProjectKind]bool{}
	for i, d := range s.Documents {
		switch {
		case d.ProjectKind != SingleUser && d.ProjectKind != MultiUser:
			return fmt.Errorf("manifest.json: %s: documents[%d]: project_kind %q: want %s or %s", s.ID, i, d.ProjectKind, SingleUser, MultiUser)
		case kinds[d.ProjectKind]:
			return fmt.Errorf("manifest.json: %s: documents[%d]: a second notice for project_kind %s", s.ID, i, d.ProjectKind)
		case d.inForce() == "":
			return fmt.Errorf("manifest.json: %s: documents[%d]: published or date is required", s.ID, i)
		}
		kinds[d.ProjectKind] = true
	}
	seen := map[string]int{}
	return readCSV(fsys, s, thresholdHeader, func(n int, rec []string) error {
		t, err := parseThreshold(s, rec)
		if err != nil {
			return err
		}
		key := t.Policy + "\x00" + t.Metric + "\x00" + t.AppliesFrom
		if m, dup := seen[key]; dup {
			return fmt.Errorf("policy, metric and applies_from repeat row %d", m)
		}
		seen[key] = n
		l.Thresholds = append(l.Thresholds, t)
		return nil
	})
}

func parseThreshold(s *Source, rec []string) (Threshold, error) {
	t := Threshold{
		Policy: rec[0], Metric: rec[1], Comparator: Comparator(rec[2]), Value: rec[3],
		Unit: rec[4], AppliesFrom: rec[5], Note: rec[6],
	}
	doc, err := s.document(t.Policy)
	if err != nil {
		return t, fmt.Errorf("column policy: %w", err)
	}
	t.Document = doc
	if !snakeCase(t.Metric) {
		return t, fmt.Errorf("column metric: %q is not lower-case words joined by underscores", t.Metric)
	}
	switch t.Comparator {
	case AtLeast, AtMost, Exactly:
	default:
		return t, fmt.Errorf("column comparator: unknown comparator %q, want >=, <= or =", rec[2])
	}
	if t.Unit == "" || strings.TrimSpace(t.Unit) != t.Unit {
		return t, fmt.Errorf("column unit: %q: empty or padded with spaces", t.Unit)
	}
	if err := t.parseValue(); err != nil {
		return t, fmt.Errorf("column value: %w", err)
	}
	if err := t.parseAppliesFrom(); err != nil {
		return t, fmt.Errorf("column applies_from: %w", err)
	}
	if t.Note == "" {
		return t, errors.New("column notes: empty; quote the clause")
	}
	if t.Verification, err = rowVerification(s, t.Note); err != nil {
		return t, fmt.Errorf("column notes: %w", err)
	}
	return t, nil
}

// parseValue reads a numeric value exactly, or keeps a project-specific
// limit as text.
func (t *Threshold) parseValue() error {
	v := t.Value
	if v == "" || strings.TrimSpace(v) != v {
		return fmt.Errorf("%q: empty or padded with spaces", v)
	}
	if !syntax.Decimal(strings.TrimPrefix(v, "-")) {
		// A percentage that is not a number must name the limit in words, so
		// that a mistyped figure such as "60%" is not taken for text.
		if t.Unit == Percent && !strings.ContainsFunc(v, unicode.IsLetter) {
			return fmt.Errorf("%q is neither a plain number nor a named limit", v)
		}
		return nil
	}
	t.Numeric, t.Number = true, decimal.RequireFromString(v)
	switch {
	case t.Number.IsNegative():
		return fmt.Errorf("%s %s: negative", v, t.Unit)
	case t.Unit == Percent && t.Number.GreaterThan(hundred):
		return fmt.Errorf("%s %%: a percentage must lie in 0..100", v)
	}
	return nil
}

// parseAppliesFrom accepts a date, or a target written "by YYYY" with an
// optional parenthesised gloss: "by 2030 (2030年前)".
func (t *Threshold) parseAppliesFrom() error {
	a := t.AppliesFrom
	if isDate(a) {
		return nil
	}
	if rest, ok := strings.CutPrefix(a, "by "); ok && len(rest) >= 4 {
		year, err := strconv.Atoi(rest[:4])
		gloss := rest[4:]
		if err == nil && year >= 1000 && (gloss == "" || strings.HasPrefix(gloss, " (") && strings.HasSuffix(gloss, ")")) {
			t.Target, t.TargetYear = true, year
			return nil
		}
	}
	return fmt.Errorf("%q: want a YYYY-MM-DD date or a target \"by YYYY (…)\"", a)
}

// inForce is the date from which a notice applies: its publication date,
// or the date it bears when no publication date is known.
func (d *Document) inForce() string {
	if d.Published != "" {
		return d.Published
	}
	return d.Date
}

// RatioThresholds returns the numeric percentage thresholds (the annual
// shares of generation used on site, of consumption that is green, and of
// generation exported) that the notice governing projects of the given kind
// sets on date, YYYY-MM-DD, in file order. A requirement counts from its
// applies_from date. A target ("by 2030") is returned, marked Target, from
// the date its notice was published. Before its notice a kind has no
// thresholds and the result is empty.
func (l *Library) RatioThresholds(kind ProjectKind, date string) ([]Threshold, error) {
	if kind != SingleUser && kind != MultiUser {
		return nil, fmt.Errorf("project kind %q: want %s or %s", kind, SingleUser, MultiUser)
	}
	if !isDate(date) {
		return nil, fmt.Errorf("date %q: want a YYYY-MM-DD calendar date", date)
	}
	var out []Threshold
	for _, t := range l.Thresholds {
		if t.Document.ProjectKind != kind || t.Unit != Percent || !t.Numeric {
			continue
		}
		from := t.AppliesFrom
		if t.Target {
			from = t.Document.inForce()
		}
		if from <= date {
			out = append(out, t)
		}
	}
	return out, nil
}

// snakeCase reports whether s is lower-case letters and digits in words
// joined by single underscores.
func snakeCase(s string) bool {
	return syntax.Key(strings.ReplaceAll(s, "_", "-")) && !strings.Contains(s, "-")
}
