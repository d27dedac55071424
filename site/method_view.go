package site

import (
	"regexp"
	"strings"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/policy"
)

// A MethodView is the methodology page: fixed texts, plus what comes from
// data (the factor tables, the direct-connection thresholds and the CBAM
// goods).
type MethodView struct {
	Lang         Lang
	T            Text
	Assets       Assets
	GridTables   []TableLink  // China's grid-average tables, newest first
	ResidualLike []FactorLink // China's factors excluding market-traded non-fossil electricity
	Ratios       []Ratio      // policy ratios of a direct-connection project
	Hourly       Ratio        // 688号's clause on hourly allocation
	Sectors      []SectorRule // CBAM Annex I sectors and the emissions counted
}

// A TableLink names a factor table and links to it in the factor browser.
type TableLink struct {
	Href, Title, Ref, Number, Published string
	InUse                               bool // the table the calculator offers
}

// A FactorLink is one published factor, linked to its table.
type FactorLink struct {
	Href, Ref, Key, Name, Value, Unit, Level, LevelTxt string
}

// A Ratio is one threshold of a direct-connection notice, from the policy
// data.
type Ratio struct {
	Notice, URL, Clause, Requirement, Limit, From, Quote string
}

// The method sections, in the order of the page. Which of them the web
// assessment offers, and in which step, comes from capabilities.
var methodSections = []struct{ ID string }{
	{"location"}, {"market"}, {"direct"}, {"matching"},
	{"profiles"}, {"products"}, {"scope1"}, {"cbam"},
	{"trace"}, {"rounding"},
}

// offered says where the web assessment offers a method, e.g. "In the web
// assessment: step 4, Green sources", or "" when it does not.
func (v MethodView) offered(method string) string {
	var at []string
	for _, i := range offeredIn(method) {
		at = append(at, v.T.Method.Step(i+1, wizardText(v.Lang).Steps[i]))
	}
	if len(at) == 0 {
		return ""
	}
	return v.T.Method.Live + strings.Join(at, v.T.Method.StepSep)
}

// section returns the texts of the section with the given id.
func (m MethodText) section(id string) Section {
	switch id {
	case "location":
		return m.Location
	case "market":
		return m.Market
	case "direct":
		return m.Direct
	case "matching":
		return m.Matching
	case "profiles":
		return m.Profiles
	case "products":
		return m.Products
	case "scope1":
		return m.Scope1
	case "cbam":
		return m.CBAM
	case "trace":
		return m.Trace
	case "rounding":
		return m.Rounding
	}
	panic("site: no method section " + id)
}

// NewMethodView builds the methodology page of lang.
func NewMethodView(lang Lang, assets Assets, lib *factors.Library, pol *policy.Library) MethodView {
	t := T(lang)
	v := MethodView{Lang: lang, T: t, Assets: assets}
	factorsPage := PageMethod.Root() + string(lang) + "/" + PageFactors.Path()
	inUse := GridTable(lib)
	for _, tb := range lib.Tables {
		if tb.Country != "CN" || tb.Scope != factors.ScopeGridAverage {
			continue
		}
		title := tb.Title.EN
		if lang == ZH {
			title = tb.Title.ZH
		}
		v.GridTables = append(v.GridTables, TableLink{
			Href: factorsPage + "#" + tableAnchor(tb), Title: title, Ref: tb.Ref(),
			Number: tb.Number, Published: tb.Published, InUse: tb == inUse,
		})
		for _, r := range tb.Rows {
			if r.Scope != factors.ScopeResidualLike {
				continue
			}
			name := r.Name.EN
			if lang == ZH && r.Name.ZH != "" {
				name = r.Name.ZH
			}
			v.ResidualLike = append(v.ResidualLike, FactorLink{
				Href: factorsPage + "#" + tableAnchor(tb), Ref: tb.Ref(), Key: r.Key, Name: name,
				Value: r.Published, Unit: string(r.Unit), Level: r.Verification, LevelTxt: t.Levels[r.Verification],
			})
		}
	}
	ths := pol.Thresholds
	cl := clauses(ths)
	for i, th := range ths {
		switch th.Metric {
		case "self_consumed_share_of_available_generation", "self_consumed_share_of_total_consumption", "grid_export_share_of_available_generation":
			v.Ratios = append(v.Ratios, ratio(t, th, cl[i]))
		case "green_electricity_traceability_time_resolution":
			v.Hourly = ratio(t, th, cl[i])
		}
	}
	v.Sectors = cbamSectors(t, pol.Goods)
	return v
}

// A SectorRule says which emissions CBAM counts for the goods of a sector,
// and lists the entries of the sector counted the other way.
type SectorRule struct {
	Sector  string
	Counted string
	Except  []policy.Good
}

// cbamSectors groups the Annex I goods by sector, in the order the goods
// list first names them, with the emissions most of the sector's entries
// count.
func cbamSectors(t Text, goods []policy.Good) []SectorRule {
	var order []string
	bySector := map[string][]policy.Good{}
	for _, g := range goods {
		if _, seen := bySector[g.Sector]; !seen {
			order = append(order, g.Sector)
		}
		bySector[g.Sector] = append(bySector[g.Sector], g)
	}
	var out []SectorRule
	for _, sec := range order {
		gs := bySector[sec]
		direct := 0
		for _, g := range gs {
			if g.EmissionsCounted == policy.DirectOnly {
				direct++
			}
		}
		rule := policy.DirectAndIndirect
		if 2*direct > len(gs) {
			rule = policy.DirectOnly
		}
		r := SectorRule{Sector: sectorName(t, sec), Counted: counted(t, rule)}
		for _, g := range gs {
			if g.EmissionsCounted != rule {
				r.Except = append(r.Except, g)
			}
		}
		out = append(out, r)
	}
	return out
}

// counted names the emissions CBAM counts for a good.
func counted(t Text, rule string) string {
	if rule == policy.DirectOnly {
		return t.Method.DirectOnly
	}
	return t.Method.DirectAndInd
}

func sectorName(t Text, sector string) string {
	switch sector {
	case "cement":
		return t.Method.Sectors.Cement
	case "electricity":
		return t.Method.Sectors.Electricity
	case "fertilisers":
		return t.Method.Sectors.Fertilisers
	case "iron-steel":
		return t.Method.Sectors.IronSteel
	case "aluminium":
		return t.Method.Sectors.Aluminium
	case "hydrogen":
		return t.Method.Sectors.Hydrogen
	}
	return sector
}

// clausePattern finds the clause a threshold's note cites: "Clause (六)",
// "Section 二(一)".
var clausePattern = regexp.MustCompile(`(?i)(?:clause|section) ([一二三四五六七八九十]*\([一二三四五六七八九十]+\))`)

// clauses names the clause of each threshold of lib. A note that says
// "Same clause" without naming it cites the clause of the row before it,
// when that row is of the same notice.
func clauses(ths []policy.Threshold) []string {
	out := make([]string, len(ths))
	for i, th := range ths {
		if m := clausePattern.FindStringSubmatch(th.Note); m != nil {
			out[i] = m[1]
		} else if i > 0 && strings.HasPrefix(th.Note, "Same clause") && ths[i-1].Document == th.Document {
			out[i] = out[i-1]
		}
	}
	return out
}

// ratio shows a threshold in the language of t.
func ratio(t Text, th policy.Threshold, clause string) Ratio {
	limit := th.Value + " " + th.Unit
	if th.Unit == policy.Percent {
		limit = th.Value + " %"
	}
	switch th.Comparator {
	case policy.AtLeast:
		limit = "≥ " + limit
	case policy.AtMost:
		limit = "≤ " + limit
	default:
		limit = string(th.Comparator) + " " + limit
	}
	from := th.AppliesFrom
	if th.Target {
		from = t.Method.Before(th.TargetYear)
	}
	return Ratio{
		Notice: th.Document.Number, URL: th.Document.URL, Clause: clause, Requirement: metricName(t, th.Metric),
		Limit: limit, From: from, Quote: longestQuote(th.Note),
	}
}

// longestQuote is the longest text between straight double quotes in a
// note: the quoted clause, not a short quoted phrase beside it.
func longestQuote(note string) string {
	parts := strings.Split(note, `"`)
	best := ""
	for i := 1; i < len(parts); i += 2 {
		if len([]rune(parts[i])) > len([]rune(best)) {
			best = parts[i]
		}
	}
	return best
}

func metricName(t Text, metric string) string {
	switch metric {
	case "self_consumed_share_of_available_generation":
		return t.Method.Metrics.SelfOfGeneration
	case "self_consumed_share_of_total_consumption":
		return t.Method.Metrics.SelfOfConsumption
	case "grid_export_share_of_available_generation":
		return t.Method.Metrics.ExportOfGeneration
	}
	return metric
}
