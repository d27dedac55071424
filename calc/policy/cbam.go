package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/greenline-calc/greenline/calc/internal/syntax"
)

// What the CBAM counts for a good (Art. 7(1) of Regulation (EU) 2023/956):
// goods listed in Annex II count direct emissions only.
const (
	DirectOnly        = "direct-only"
	DirectAndIndirect = "direct-and-indirect"
)

// sectors are the Annex I headings as the goods file names them.
var sectors = map[string]bool{
	"cement": true, "electricity": true, "fertilisers": true,
	"iron-steel": true, "aluminium": true, "hydrogen": true,
}

// A Good is one entry of CBAM Annex I. Its code may be a chapter ("72"), a
// heading ("7308"), a subheading or an 8-digit CN code; it covers the CN
// codes beneath it except its Exceptions.
type Good struct {
	Code             string // as printed, "ex" prefix kept: "ex 2507 00 80"
	Ex               bool   // only part of the code is covered: the description says which
	Description      string
	Sector           string
	EmissionsCounted string // DirectOnly or DirectAndIndirect
	Exceptions       []Exception
	Note             string
	Document         *Document
	Verification     string

	digits string
}

// An Exception is a code that an Annex I entry writes out of its scope.
type Exception struct {
	Code        string // as printed: "7202 2", "7204"
	Description string

	digits string
}

// A ProposedGood is one entry that COM(2025) 989 would add to CBAM Annex I.
type ProposedGood struct {
	Code            string
	Ex              bool
	Description     string
	Table           string // the Annex I table it would join: "iron-steel" or "combined-metal-products"
	GreenhouseGases string
	Note            string
	Document        *Document
	Verification    string

	digits string
}

// Coverage says whether CBAM covers a CN code.
type Coverage string

// The answers of Classify.
const (
	Covered        Coverage = "covered"         // by Annex I today
	PartlyCovered  Coverage = "partly-covered"  // by an "ex" entry of Annex I: check the description
	Proposed       Coverage = "proposed"        // not today; by the downstream proposal
	PartlyProposed Coverage = "partly-proposed" // not today; by an "ex" entry of the proposal
	NotCovered     Coverage = "not-covered"
	// NeedsCN8 answers a 6-digit HS code that entries below it split: the
	// 8-digit CN code decides, and Candidates lists those entries.
	NeedsCN8 Coverage = "needs-cn8"
)

// A Classification is the CBAM status of one 8-digit CN code, with the row
// that decided it.
type Classification struct {
	CN       string // the code asked about, written "8544 49 93"
	Coverage Coverage
	// Entry is the code of the deciding row as printed ("7308",
	// "ex 8544 49 93"), or "" when no row matched.
	Entry            string
	Description      string
	Sector           string // the Annex I sector, or the table the proposal would add the good to
	EmissionsCounted string // DirectOnly or DirectAndIndirect when covered today, else ""
	// Excepted is the exception that leaves the code out of the Annex I
	// entry above it, when there is one.
	Excepted     *Exception
	AnnexIEntry  string // the Annex I entry the exception belongs to
	Document     *Document
	Verification string
	// HS6 is true when the code asked about is a 6-digit HS subheading
	// rather than an 8-digit CN code. Coverage is then decided only when
	// no Annex I entry, exception or proposed entry lies below it;
	// otherwise it is NeedsCN8 and Candidates lists those entries as
	// printed ("ex 8544 49 93").
	HS6        bool
	Candidates []string
}

// String summarises c in one English sentence for a report.
func (c Classification) String() string {
	var b strings.Builder
	if c.HS6 {
		b.WriteString("HS " + c.CN + ": ")
	} else {
		b.WriteString("CN " + c.CN + ": ")
	}
	switch c.Coverage {
	case NeedsCN8:
		b.WriteString("depends on the 8-digit CN code; entries below: " + strings.Join(c.Candidates, "; "))
	case Covered:
		fmt.Fprintf(&b, "covered by CBAM Annex I entry %s (%s)", c.Entry, c.Sector)
	case PartlyCovered:
		fmt.Fprintf(&b, "partly covered (ex code): check the description of Annex I entry %s (%s): %s", c.Entry, c.Sector, c.Description)
	case Proposed:
		fmt.Fprintf(&b, "not covered today; proposed as entry %s (%s) by %s", c.Entry, c.Sector, c.Document.Number)
	case PartlyProposed:
		fmt.Fprintf(&b, "not covered today; partly proposed (ex code) as entry %s (%s) by %s: check the description: %s", c.Entry, c.Sector, c.Document.Number, c.Description)
	default:
		b.WriteString("not covered")
	}
	switch c.EmissionsCounted {
	case DirectOnly:
		b.WriteString("; direct emissions only (Annex II)")
	case DirectAndIndirect:
		b.WriteString("; direct and indirect emissions")
	}
	if c.Excepted != nil {
		fmt.Fprintf(&b, "; Annex I entry %s excepts %s (%s)", c.AnnexIEntry, c.Excepted.Code, c.Excepted.Description)
	}
	return b.String()
}

// Classify says whether CBAM covers the 8-digit CN code cn, written with
// or without spaces ("8544 49 93" or "85444993"). The most specific Annex I
// entry above the code decides, unless one of its exceptions leaves the
// code out; a code not covered today is looked up in the downstream
// proposal.
//
// A 6-digit HS code ("8544 49", as buyers often send it) is accepted too:
// the first six digits of a CN code are the HS subheading, so when no
// entry of either list, nor an exception, lies below it, every CN code
// under it is classified alike and the HS code decides. When one does, the
// answer is NeedsCN8 with the entries that split it.
func (l *Library) Classify(cn string) (Classification, error) {
	digits := strings.ReplaceAll(cn, " ", "")
	if (len(digits) != 8 && len(digits) != 6) || !allDigits(digits) {
		return Classification{}, fmt.Errorf("CN code %q: want 8 digits (or a 6-digit HS code), spaces allowed (\"8544 49 93\")", cn)
	}
	if len(digits) == 6 {
		c := l.classify(digits)
		c.CN, c.HS6 = digits[:4]+" "+digits[4:], true
		// An entry below the HS code splits it when a CN code under that
		// entry is classified otherwise than the HS code as a whole.
		for _, e := range l.below(digits) {
			if d := l.classify(e.digits); d.Coverage != c.Coverage || d.Entry != c.Entry {
				c.Candidates = append(c.Candidates, e.code)
			}
		}
		if len(c.Candidates) > 0 {
			return Classification{CN: c.CN, HS6: true, Coverage: NeedsCN8, Candidates: c.Candidates}, nil
		}
		return c, nil
	}
	c := l.classify(digits)
	c.CN = digits[:4] + " " + digits[4:6] + " " + digits[6:]
	return c, nil
}

// classify decides the coverage of the CN code or HS subheading digits by
// the entries above it, as Classify describes; CN is left for the caller.
func (l *Library) classify(digits string) Classification {
	c := Classification{Coverage: NotCovered}
	if good := longestPrefix(l.Goods, digits, func(g *Good) string { return g.digits }); good != nil {
		c.Document, c.Verification = good.Document, good.Verification
		c.Excepted = longestPrefix(good.Exceptions, digits, func(e *Exception) string { return e.digits })
		if c.Excepted == nil {
			c.Coverage = Covered
			if good.Ex {
				c.Coverage = PartlyCovered
			}
			c.Entry, c.Description, c.Sector, c.EmissionsCounted = good.Code, good.Description, good.Sector, good.EmissionsCounted
			return c
		}
		c.AnnexIEntry = good.Code
	}
	if prop := longestPrefix(l.Proposed, digits, func(p *ProposedGood) string { return p.digits }); prop != nil {
		c.Coverage = Proposed
		if prop.Ex {
			c.Coverage = PartlyProposed
		}
		c.Entry, c.Description, c.Sector = prop.Code, prop.Description, prop.Table
		c.Document, c.Verification = prop.Document, prop.Verification
	}
	return c
}

// below lists, as printed, every Annex I entry, exception and proposed
// entry more specific than the 6 digits hs6: the entries that make its CN
// codes differ.
func (l *Library) below(hs6 string) []entryCode {
	var out []entryCode
	deeper := func(d string) bool { return len(d) > len(hs6) && strings.HasPrefix(d, hs6) }
	for _, g := range l.Goods {
		if deeper(g.digits) {
			out = append(out, entryCode{g.Code, g.digits})
		}
		for _, e := range g.Exceptions {
			if deeper(e.digits) {
				out = append(out, entryCode{"EXCEPT " + e.Code, e.digits})
			}
		}
	}
	for _, p := range l.Proposed {
		if deeper(p.digits) {
			out = append(out, entryCode{p.Code, p.digits})
		}
	}
	return out
}

// An entryCode is an entry's code as printed and as digits.
type entryCode struct{ code, digits string }

// longestPrefix returns the item whose code, as digits, is the longest
// prefix of the digits of cn: the most specific entry above it. It returns
// nil when no code is a prefix.
func longestPrefix[T any](items []T, cn string, code func(*T) string) *T {
	var best *T
	for i := range items {
		if d := code(&items[i]); strings.HasPrefix(cn, d) && (best == nil || len(d) > len(code(best))) {
			best = &items[i]
		}
	}
	return best
}

var goodsHeader = []string{"cn_code", "description", "sector", "emissions_counted", "notes"}

func (l *Library) loadGoods(s *Source, fsys fs.FS) error {
	doc, err := s.document("")
	if err != nil {
		return fmt.Errorf("manifest.json: %w", err)
	}
	seen := map[string]int{}
	return readCSV(fsys, s, goodsHeader, func(n int, rec []string) error {
		g := Good{Code: rec[0], Description: rec[1], Sector: rec[2], EmissionsCounted: rec[3], Note: rec[4], Document: doc}
		var err error
		if g.digits, g.Ex, err = parseCode(g.Code); err != nil {
			return fmt.Errorf("column cn_code: %w", err)
		}
		if m, dup := seen[g.digits]; dup {
			return fmt.Errorf("column cn_code: duplicate CN code %q (row %d)", g.Code, m)
		}
		seen[g.digits] = n
		switch {
		case g.Description == "":
			return errors.New("column description: empty")
		case !sectors[g.Sector]:
			return fmt.Errorf("column sector: unknown sector %q", g.Sector)
		case g.EmissionsCounted != DirectOnly && g.EmissionsCounted != DirectAndIndirect:
			return fmt.Errorf("column emissions_counted: unknown value %q, want %s or %s", g.EmissionsCounted, DirectOnly, DirectAndIndirect)
		}
		if g.Exceptions, err = parseExceptions(g.Note, g.digits); err != nil {
			return fmt.Errorf("column notes: %w", err)
		}
		if g.Verification, err = rowVerification(s, g.Note); err != nil {
			return fmt.Errorf("column notes: %w", err)
		}
		l.Goods = append(l.Goods, g)
		return nil
	})
}

var proposedHeader = []string{"cn_code", "description", "proposed_table", "greenhouse_gases", "notes"}

// loadProposed reads the downstream proposal. It runs after loadGoods, so
// it can refuse an entry that Annex I already covers: the file lists only
// new entries.
func (l *Library) loadProposed(s *Source, fsys fs.FS) error {
	doc, err := s.document("")
	if err != nil {
		return fmt.Errorf("manifest.json: %w", err)
	}
	seen := map[string]int{}
	return readCSV(fsys, s, proposedHeader, func(n int, rec []string) error {
		p := ProposedGood{Code: rec[0], Description: rec[1], Table: rec[2], GreenhouseGases: rec[3], Note: rec[4], Document: doc}
		var err error
		if p.digits, p.Ex, err = parseCode(p.Code); err != nil {
			return fmt.Errorf("column cn_code: %w", err)
		}
		if m, dup := seen[p.digits]; dup {
			return fmt.Errorf("column cn_code: duplicate CN code %q (row %d)", p.Code, m)
		}
		seen[p.digits] = n
		for _, g := range l.Goods {
			if strings.HasPrefix(p.digits, g.digits) {
				return fmt.Errorf("column cn_code: %q falls under Annex I entry %q, which covers it already", p.Code, g.Code)
			}
		}
		switch {
		case p.Description == "":
			return errors.New("column description: empty")
		case !syntax.Key(p.Table):
			return fmt.Errorf("column proposed_table: %q is not lower-case words joined by hyphens", p.Table)
		case p.GreenhouseGases == "":
			return errors.New("column greenhouse_gases: empty")
		}
		if p.Verification, err = rowVerification(s, p.Note); err != nil {
			return fmt.Errorf("column notes: %w", err)
		}
		l.Proposed = append(l.Proposed, p)
		return nil
	})
}

// parseCode reads a CN code as the annexes print it: an optional "ex "
// prefix, then a chapter ("72"), a heading ("7308"), a heading and one more
// digit ("7202 2"), a subheading ("7303 00") or a full code
// ("2523 10 00"). It returns the digits without spaces.
func parseCode(code string) (digits string, ex bool, err error) {
	rest, ex := strings.CutPrefix(code, "ex ")
	groups := strings.Split(rest, " ")
	for _, g := range groups {
		if !allDigits(g) {
			return "", ex, fmt.Errorf("%q: want digits in groups \"dddd dd dd\"", code)
		}
	}
	ok := false
	switch len(groups) {
	case 1:
		ok = len(groups[0]) == 2 || len(groups[0]) == 4
	case 2:
		ok = len(groups[0]) == 4 && (len(groups[1]) == 1 || len(groups[1]) == 2)
	case 3:
		ok = len(groups[0]) == 4 && len(groups[1]) == 2 && len(groups[2]) == 2
	}
	if !ok {
		return "", ex, fmt.Errorf("%q: want a chapter \"dd\", a heading \"dddd\", or \"dddd d\", \"dddd dd\", \"dddd dd dd\"", code)
	}
	return strings.Join(groups, ""), ex, nil
}

// exceptMarker opens the list of codes an Annex I entry leaves out, written
// at the end of its notes as
//
//	EXCEPT (not covered): 7202 2 (Ferro-silicon); 7204 (Ferrous waste …).
//
// A description may itself hold semicolons and brackets; only the bracket
// that closes the one after the code ends it.
const exceptMarker = "EXCEPT (not covered): "

func parseExceptions(note, under string) ([]Exception, error) {
	_, rest, found := strings.Cut(note, exceptMarker)
	if !found {
		return nil, nil
	}
	if strings.Contains(rest, exceptMarker) {
		return nil, errors.New("EXCEPT list given twice")
	}
	var out []Exception
	for {
		open := strings.Index(rest, " (")
		if open < 0 {
			return nil, fmt.Errorf("EXCEPT list: %q: want \"code (description)\"", rest)
		}
		e := Exception{Code: rest[:open]}
		digits, ex, err := parseCode(e.Code)
		if err != nil || ex {
			return nil, fmt.Errorf("EXCEPT list: code %q: want digits in groups \"dddd dd dd\"", e.Code)
		}
		if !strings.HasPrefix(digits, under) || digits == under {
			return nil, fmt.Errorf("EXCEPT list: %s does not fall under the entry's code", e.Code)
		}
		e.digits = digits
		end, depth := -1, 1
		for i := open + 2; i < len(rest) && end < 0; i++ {
			switch rest[i] {
			case '(':
				depth++
			case ')':
				if depth--; depth == 0 {
					end = i
				}
			}
		}
		if end < 0 {
			return nil, fmt.Errorf("EXCEPT list: %s: unclosed bracket", e.Code)
		}
		e.Description = rest[open+2 : end]
		if e.Description == "" {
			return nil, fmt.Errorf("EXCEPT list: %s: empty description", e.Code)
		}
		out = append(out, e)
		switch rest = rest[end+1:]; {
		case rest == "" || rest == ".":
			return out, nil
		case strings.HasPrefix(rest, "; "):
			rest = rest[2:]
		default:
			return nil, fmt.Errorf("EXCEPT list: %q after %s: want \"; \" or the end", rest, e.Code)
		}
	}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
