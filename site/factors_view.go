package site

import (
	"sort"
	"strconv"
	"strings"

	"github.com/greenline-calc/greenline/calc/factors"
)

// A FactorsView is the factor browser: every table of the library with its
// citation and every row.
type FactorsView struct {
	Lang      Lang
	T         Text
	Assets    Assets
	Tables    []FactorTable
	Countries []Choice // the filter's countries, in a fixed order
	Years     []string // the filter's data years, newest first
	Levels    []Choice // the verification levels, most checked first
	Total     int      // rows in all tables
}

// A Choice is one option of a filter, or one entry of a legend.
type Choice struct{ Value, Label string }

// A FactorTable is one factor table with its citation, as the browser
// shows it. Texts that exist in English only are marked SourceLang.
type FactorTable struct {
	Anchor     string // id of the table's section, e.g. "t-cn-mee-2023-v1"
	Ref        string // id@version
	Title      string
	Publisher  string
	Document   string
	Number     string
	Published  string
	URL        string
	URLNote    string
	Licence    string
	Country    string // filter value: CN, US or world
	CountryTxt string
	DataYear   string
	UseFor     string
	Gas        string
	Scope      string
	Unit       string
	Level      string // verification level id, for styling
	LevelTxt   string
	Caveats    []string
	// CaveatsLang is the language of Caveats: the page's, or English for
	// a table from elsewhere that has no Chinese caveats.
	CaveatsLang Lang
	CommonNote  string // the note most rows share, shown once
	Rows        []FactorRow
}

// A FactorRow is one factor as published, with what sets it apart from its
// table.
type FactorRow struct {
	Key      string
	Name     string
	NameLang Lang // the language of Name: the page's, or English as fallback
	Value    string
	Unit     string
	Level    string // verification level id of the row
	Differs  []string
	LevelTxt string // the row's verification, when it differs from the table's
	Note     string // the row's note, when it differs from CommonNote
	Search   string // what the filter's text search matches, lower case
}

// NewFactorsView builds the factor browser of lang from the library.
func NewFactorsView(lang Lang, assets Assets, lib *factors.Library) FactorsView {
	t := T(lang)
	v := FactorsView{Lang: lang, T: t, Assets: assets}
	countries, years := map[string]bool{}, map[string]bool{}
	for _, tb := range lib.Tables {
		ft := newFactorTable(lang, t, tb)
		v.Tables = append(v.Tables, ft)
		v.Total += len(ft.Rows)
		countries[tb.Country] = true
		years[ft.DataYear] = true
	}
	for _, c := range []string{"CN", "US", "world"} {
		if countries[c] {
			v.Countries = append(v.Countries, Choice{c, countryName(t, c)})
			delete(countries, c)
		}
	}
	var rest []string
	for c := range countries {
		rest = append(rest, c)
	}
	sort.Strings(rest)
	for _, c := range rest {
		v.Countries = append(v.Countries, Choice{c, c})
	}
	for y := range years {
		v.Years = append(v.Years, y)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(v.Years)))
	for _, l := range []string{factors.PrimaryVerified, factors.TwoSecondaryAgree, factors.SingleSecondary} {
		v.Levels = append(v.Levels, Choice{l, t.Levels[l]})
	}
	return v
}

func newFactorTable(lang Lang, t Text, tb *factors.Table) FactorTable {
	ft := FactorTable{
		Anchor: tableAnchor(tb), Ref: tb.Ref(), Title: tb.Title.EN,
		Publisher: tb.Publisher, Document: tb.Document, Number: tb.Number, Published: tb.Published,
		URL: tb.URL, URLNote: tb.URLNote, Licence: tb.Licence,
		Country: tb.Country, CountryTxt: countryName(t, tb.Country), DataYear: strconv.Itoa(tb.DataYear), UseFor: tb.ReportingYears,
		Gas: gasName(t, tb.Gas), Scope: scopeName(t, tb.Scope), Unit: string(tb.Unit),
		Level: tb.Verification, LevelTxt: t.Levels[tb.Verification], Caveats: tb.Caveats, CaveatsLang: EN,
		CommonNote: commonNote(tb.Rows),
	}
	if lang == ZH {
		ft.Title = tb.Title.ZH
		if tb.CaveatsZH != nil {
			ft.Caveats, ft.CaveatsLang = tb.CaveatsZH, ZH
		}
	}
	for _, r := range tb.Rows {
		fr := FactorRow{
			Key: r.Key, Name: r.Name.EN, NameLang: EN, Value: r.Published, Unit: string(r.Unit), Level: r.Verification,
			Search: strings.ToLower(r.Key + " " + r.Name.EN + " " + r.Name.ZH),
		}
		if lang == ZH && r.Name.ZH != "" {
			fr.Name, fr.NameLang = r.Name.ZH, ZH
		}
		if r.Scope != tb.Scope {
			fr.Differs = append(fr.Differs, t.Factors.Scope+t.Factors.Colon+scopeName(t, r.Scope))
		}
		if r.Gas != tb.Gas {
			fr.Differs = append(fr.Differs, t.Factors.Gas+t.Factors.Colon+gasName(t, r.Gas))
		}
		if r.Verification != tb.Verification {
			fr.LevelTxt = t.Levels[r.Verification]
		}
		if r.Note != ft.CommonNote {
			fr.Note = r.Note
		}
		ft.Rows = append(ft.Rows, fr)
	}
	return ft
}

// tableAnchor is the id of a table's section in the factor browser.
func tableAnchor(tb *factors.Table) string {
	return "t-" + tb.ID + "-v" + strconv.Itoa(tb.Version)
}

// commonNote is the note shared by the most rows, when at least two rows
// share it; the first such note wins a tie.
func commonNote(rows []factors.Row) string {
	count := map[string]int{}
	best, n := "", 1
	for _, r := range rows {
		count[r.Note]++
	}
	for _, r := range rows {
		if c := count[r.Note]; c > n {
			best, n = r.Note, c
		}
	}
	return best
}

func countryName(t Text, c string) string {
	switch c {
	case "CN":
		return t.Factors.Countries.CN
	case "US":
		return t.Factors.Countries.US
	case "world":
		return t.Factors.Countries.World
	}
	return c
}

func gasName(t Text, g string) string {
	switch g {
	case "CO2":
		return t.Factors.GasCO2
	case "CO2e":
		return t.Factors.GasCO2e
	}
	return g
}

func scopeName(t Text, s string) string {
	switch s {
	case factors.ScopeGridAverage:
		return t.Factors.Scopes.GridAverage
	case factors.ScopeResidualLike:
		return t.Factors.Scopes.ResidualLike
	case factors.ScopeFossilOnly:
		return t.Factors.Scopes.FossilOnly
	case factors.ScopeFootprint:
		return t.Factors.Scopes.Footprint
	case factors.ScopeGeneration:
		return t.Factors.Scopes.Generation
	case factors.ScopeGridLosses:
		return t.Factors.Scopes.GridLosses
	}
	return s
}

// statusAll is the filter's status with nothing filtered out, as factors.js
// writes it: the page starts with it, so that the filter keeps its height
// when the script fills it in.
func (v FactorsView) statusAll() string {
	return strings.NewReplacer("{rows}", strconv.Itoa(v.Total), "{total}", strconv.Itoa(v.Total), "{tables}", strconv.Itoa(len(v.Tables))).Replace(v.T.Factors.Status)
}
