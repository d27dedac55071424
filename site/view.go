package site

import (
	"strconv"
	"strings"

	"github.com/greenline-calc/greenline/calc/factors"
)

// Assets are the content-hashed file names of a build, as paths relative
// to the site root (the folder holding index.html).
type Assets struct {
	Origin  string // absolute address of the site root (-origin); DefaultOrigin when empty
	CSS     string
	App     string   // the assessment's entry module, in its hashed folder
	Preload []string // the modules it imports, fetched at once rather than one level at a time
	Worker  string
	Boot    string // the engine's early start (boot.js): a classic script that creates its worker
	Factors string // the factor browser's filter script
	Root    string // the root page's script, which picks the language
}

// Engine is the engine's module, beside the entry module: the page loads
// it on its own (async), to take the engine's worker from boot.js and its
// first answer as soon as it can (calcScripts).
func (a Assets) Engine() string { return strings.TrimSuffix(a.App, EntryModule) + EngineModule }

// A CalcView is everything the calculator page shows; it is plain data,
// built from the embedded factor tables, and rendering it does no I/O.
type CalcView struct {
	Lang    Lang
	T       Text
	W       WizardText
	P       PlantText // the shared plant's parts, for both roles
	Version string    // the app's version, shown in the report
	Root    string    // from the page to the site root, e.g. "../"
	Assets  Assets
	Table   TableView
	Groups  []RegionGroup
	// FactorSource is the Worker the page fetches newer and association
	// factor tables from ("" for none): go run ./build -factor-source URL.
	FactorSource string
	Embedded     []tableRef // the embedded table versions
}

// A TableView is the citation of a factor table as the page shows it.
type TableView struct {
	ID, Ref, Title, Citation, Licence, Verification string
	Anchor                                          string // the table's id in the factor browser
	Caveats                                         []string
}

// A RegionGroup is one <optgroup> of grid regions.
type RegionGroup struct {
	Label   string
	Options []RegionOption
}

// A RegionOption is one grid region with its published factor.
type RegionOption struct {
	Key, Label, Value, Unit string
}

// GridTable is the table the calculator offers: the newest Chinese
// operational grid-average table in the library.
func GridTable(lib *factors.Library) *factors.Table {
	for _, t := range lib.Tables { // newest data year first
		if t.Country == "CN" && t.Scope == factors.ScopeGridAverage {
			return t
		}
	}
	return nil
}

// NewCalcView builds the calculator page of lang from the library.
func NewCalcView(lang Lang, assets Assets, lib *factors.Library, version string) CalcView {
	t := T(lang)
	tb := GridTable(lib)
	v := CalcView{Lang: lang, T: t, W: wizardText(lang), P: plantText(lang), Version: version, Root: "../", Assets: assets, Table: tableView(lang, tb), Embedded: embeddedRefs(lib)}
	groups := map[string]*RegionGroup{
		"national": {Label: t.National}, "region": {Label: t.Regional}, "province": {Label: t.Provinces},
	}
	for _, r := range tb.Rows {
		if r.Scope != factors.ScopeGridAverage {
			continue
		}
		kind, _, _ := strings.Cut(r.Key, "-")
		g, ok := groups[kind]
		if !ok {
			continue
		}
		g.Options = append(g.Options, RegionOption{Key: r.Key, Label: regionLabel(lang, r), Value: r.Published, Unit: string(r.Unit)})
	}
	for _, k := range []string{"province", "region", "national"} {
		v.Groups = append(v.Groups, *groups[k])
	}
	return v
}

func tableView(lang Lang, t *factors.Table) TableView {
	title := t.Title.EN
	if lang == ZH {
		title = t.Title.ZH
	}
	return TableView{
		ID: t.ID, Ref: t.Ref(), Anchor: tableAnchor(t), Title: title, Citation: t.Citation(), Licence: t.Licence,
		Verification: T(lang).Levels[t.Verification], Caveats: t.Caveats,
	}
}

// regionLabel shortens a published row name to the region it covers:
// "Jiangsu provincial average …" gives "Jiangsu", "…（江苏）" gives "江苏".
func regionLabel(lang Lang, r factors.Row) string {
	if lang == ZH {
		if _, rest, ok := strings.Cut(r.Name.ZH, "（"); ok {
			return strings.TrimSuffix(rest, "）")
		}
		if r.Key == "national" {
			return "全国平均"
		}
		return r.Name.ZH
	}
	for _, suffix := range []string{" provincial average", " grid average", " average"} {
		if i := strings.Index(r.Name.EN, suffix); i > 0 {
			return r.Name.EN[:i]
		}
	}
	return r.Name.EN
}

// clientText is what the page's modules need besides the wizard's and
// the results' texts.
type clientText struct {
	Lang         string            `json:"lang"`
	EngineFailed string            `json:"engineFailed"`
	Regions      map[string]string `json:"regions"` // grid region key → its name in the page's language
}

// regions names each grid region the page offers, by its key.
func (v CalcView) regions() map[string]string {
	m := map[string]string{}
	for _, g := range v.Groups {
		for _, o := range g.Options {
			m[o.Key] = o.Label
		}
	}
	return m
}

// An Option is one choice of a select.
type Option struct{ Value, Label string }

// options lists the choices of m in the order of keys.
func options(m map[string]string, keys ...string) []Option {
	o := make([]Option, len(keys))
	for i, k := range keys {
		o[i] = Option{k, m[k]}
	}
	return o
}

// stepOf is "Step 2 of 6" in the page's language.
func stepOf(w WizardText, i int) string {
	return strings.NewReplacer("{n}", strconv.Itoa(i+1), "{total}", strconv.Itoa(len(w.Steps))).Replace(w.StepOf)
}

// describedBy lists the hint (when there is one) and the error line of
// the control id.
func describedBy(id, hint string) string {
	if hint == "" {
		return id + "-err"
	}
	return id + "-hint " + id + "-err"
}
