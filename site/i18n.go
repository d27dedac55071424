package site

// A Lang is a language the site is published in.
type Lang string

// The site's languages, in the order of the language switch.
const (
	EN Lang = "en"
	ZH Lang = "zh"
)

// Langs lists every language the site is rendered in.
var Langs = []Lang{EN, ZH}

// HTMLLang is the value of the page's <html lang> attribute.
func (l Lang) HTMLLang() string {
	if l == ZH {
		return "zh-Hans"
	}
	return "en"
}

// Text holds every string a page shows, in one language. Keeping them in a
// struct, not a map, makes a missing translation a compile error.
type Text struct {
	LangName     string // the language's own name, for the switch
	Title        string
	Tagline      string
	Privacy      string
	SkipToForm   string
	FacilityName string
	FacilityHint string
	Region       string
	RegionHint   string
	National     string
	Regional     string
	Provinces    string
	Months       [12]string
	NumberHint   string
	Loading      string
	EngineFailed string
	Verification string
	ResultJSON   string
	FactorsFrom  string
	Levels       map[string]string // verification level → label
	Choose       string

	// The site navigation and the pages beside the calculator.
	NavLabel      string // accessible name of the site navigation
	NavCalc       string
	NavFactors    string
	NavMethod     string
	NavEmbed      string
	SkipToContent string
	AllFactors    string // link from the calculator to the factor browser
	Factors       FactorsText
	Method        MethodText
}

// T returns the texts of l.
func T(l Lang) Text {
	if l == ZH {
		return zh
	}
	return en
}

var en = Text{
	LangName:      "English",
	Title:         "Greenline — carbon self-assessment of your electricity",
	Tagline:       "How much CO2 does your factory’s electricity carry? Step by step, from your bills or meter data: Scope 2 location- and market-based, green power from a shared plant, figures per product and for the EU CBAM.",
	Privacy:       "Everything is computed in your browser. No number you enter leaves this page.",
	SkipToForm:    "Skip to the calculator",
	FacilityName:  "Facility name (optional)",
	FacilityHint:  "For your own reference, e.g. “Suzhou plant”.",
	Region:        "Grid where the electricity is consumed",
	RegionHint:    "Use the province of the facility; the regional and national averages are there for comparison. The grids of an association's table you trust are listed last.",
	National:      "National",
	Regional:      "Regional grids",
	Provinces:     "Provinces",
	Months:        [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	NumberHint:    "Digits only, e.g. 1200000 or 1,200,000.5; up to 3 decimals in kWh.",
	Loading:       "Loading the calculator…",
	EngineFailed:  "The calculator could not start in this browser. Reload the page; if it fails again, your browser may not support WebAssembly.",
	Verification:  "Verification of the value",
	ResultJSON:    "Result as JSON (identical to the command line)",
	FactorsFrom:   "Emission factors",
	Choose:        "Choose…",
	NavLabel:      "Site",
	NavCalc:       "Calculator",
	NavFactors:    "Emission factors",
	NavMethod:     "Methodology",
	NavEmbed:      "Embed",
	SkipToContent: "Skip to the content",
	AllFactors:    "All factor tables, with their sources",
	Factors:       enFactors,
	Method:        enMethod,
	Levels: map[string]string{
		"primary-verified":    "read from the issuing body's own document",
		"two-secondary-agree": "two independent secondary copies agree; official document not read",
		"single-secondary":    "one secondary copy only; unverified",
	},
}

var zh = Text{
	LangName:      "中文",
	Title:         "Greenline — 电力碳排放自评估",
	Tagline:       "贵厂用电带来多少二氧化碳？从电费单或电表数据出发，逐步算出基于位置和基于市场的范围二排放、共享电站的绿电、单位产品排放及欧盟 CBAM 数据。",
	Privacy:       "所有计算都在您的浏览器中完成，您输入的任何数字都不会离开本页面。",
	SkipToForm:    "跳到计算器",
	FacilityName:  "设施名称（可选）",
	FacilityHint:  "仅供您自己识别，例如“苏州工厂”。",
	Region:        "用电所在电网",
	RegionHint:    "请选择设施所在省份；区域电网和全国平均值供比较。您所信任的协会因子表中的电网列在最后。",
	National:      "全国",
	Regional:      "区域电网",
	Provinces:     "省级",
	Months:        [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	NumberHint:    "只填数字，例如 1200000 或 1,200,000.5；以千瓦时计最多3位小数。",
	Loading:       "正在加载计算器…",
	EngineFailed:  "计算器无法在此浏览器中启动。请刷新页面；如仍失败，您的浏览器可能不支持 WebAssembly。",
	Verification:  "数值核验程度",
	ResultJSON:    "结果 JSON（与命令行输出完全相同）",
	FactorsFrom:   "排放因子",
	Choose:        "请选择…",
	NavLabel:      "网站导航",
	NavCalc:       "计算器",
	NavFactors:    "排放因子",
	NavMethod:     "计算方法",
	NavEmbed:      "嵌入",
	SkipToContent: "跳到正文",
	AllFactors:    "全部排放因子表及其出处",
	Factors:       zhFactors,
	Method:        zhMethod,
	Levels: map[string]string{
		"primary-verified":    "取自发布机构的原始文件",
		"two-secondary-agree": "两个独立的二手来源一致；未读到官方原文",
		"single-secondary":    "仅一个二手来源；未核实",
	},
}
