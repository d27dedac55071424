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
	Codes        map[string]string // error code → message
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
	RegionHint:    "Use the province of the facility; the regional and national averages are there for comparison.",
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
	Codes: map[string]string{
		"required":            "This field is required.",
		"number.syntax":       "Not a number: write digits only, like 1200000 or 1200.5.",
		"number.negative":     "Must not be negative.",
		"number.too_large":    "Too large for one facility; check the unit.",
		"number.too_long":     "Far too long to be a number.",
		"number.precision":    "Too many decimals: Greenline counts whole watt-hours.",
		"value.unknown":       "Not one of the allowed choices.",
		"value.count":         "Wrong number of values.",
		"input.json":          "The project data is malformed.",
		"input.too_large":     "The input is too large.",
		"input.format":        "This project file comes from another version of Greenline.",
		"internal":            "Greenline hit an internal error. Your input is kept; please report it.",
		"number.range":        "Outside the allowed range.",
		"profile.no_hours":    "This month has energy but no hour that can carry it.",
		"meter.empty":         "The file has no header or no data rows.",
		"meter.encoding":      "The file is not text Greenline can read; save it as CSV (UTF-8).",
		"meter.header":        "The time and energy columns are not recognised.",
		"meter.unit":          "The energy unit is missing or contradicts the chosen one.",
		"meter.fields":        "A row does not have as many fields as the header.",
		"meter.quote":         "A quoted field is not closed.",
		"meter.line_too_long": "A line is too long.",
		"meter.too_many_rows": "The file has too many rows.",
		"meter.time":          "Not a date and time Greenline reads; write it as 2024-01-01 00:15.",
		"meter.step":          "The interval length cannot be told; use 15, 30 or 60 minutes.",
		"meter.mixed":         "Intervals of different lengths in one file.",
		"meter.order":         "A row is earlier than the row before it.",
		"meter.duplicate":     "An interval is given twice.",
		"meter.off_grid":      "An interval does not start on the step.",
		"meter.gap":           "Intervals are missing.",
		"meter.partial_hour":  "The first or last hour is not complete.",
		"meter.too_big":       "The file is too large to read at once.",
		"meter.id":            "A row's meter is empty, too long or not text.",
		"meter.meters":        "Too many meters in one file.",
		"more":                "More problems follow.",
	},
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
	RegionHint:    "请选择设施所在省份；区域电网和全国平均值供比较。",
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
	Codes: map[string]string{
		"required":            "此项必填。",
		"number.syntax":       "不是数字：请只填数字，例如 1200000 或 1200.5。",
		"number.negative":     "不能为负数。",
		"number.too_large":    "对单个设施而言过大，请检查单位。",
		"number.too_long":     "内容过长，不可能是数字。",
		"number.precision":    "小数位过多：Greenline 以整瓦时计量。",
		"value.unknown":       "不是允许的选项。",
		"value.count":         "数值个数不对。",
		"input.json":          "项目数据格式错误。",
		"input.too_large":     "输入过大。",
		"input.format":        "此项目文件来自其他版本的 Greenline。",
		"internal":            "Greenline 内部出错。您的输入已保留，请报告此问题。",
		"number.range":        "超出允许范围。",
		"profile.no_hours":    "该月有电量，但没有可承载它的小时。",
		"meter.empty":         "文件没有表头或没有数据行。",
		"meter.encoding":      "无法读取此文件的文字；请另存为 CSV（UTF-8）。",
		"meter.header":        "未能识别时间列和电量列。",
		"meter.unit":          "电量单位缺失，或与所选单位不一致。",
		"meter.fields":        "某行的字段数与表头不一致。",
		"meter.quote":         "引号内的字段未闭合。",
		"meter.line_too_long": "某行过长。",
		"meter.too_many_rows": "文件行数过多。",
		"meter.time":          "无法识别的日期时间；请写成 2024-01-01 00:15。",
		"meter.step":          "无法判断时段长度；请使用 15、30 或 60 分钟。",
		"meter.mixed":         "同一文件中有不同长度的时段。",
		"meter.order":         "某行时间早于上一行。",
		"meter.duplicate":     "某时段重复出现。",
		"meter.off_grid":      "某时段的开始时间不在整点步长上。",
		"meter.gap":           "缺少时段数据。",
		"meter.partial_hour":  "首个或最后一个小时不完整。",
		"meter.too_big":       "文件过大，无法一次读取。",
		"meter.id":            "某行的表号为空、过长或不是文字。",
		"meter.meters":        "一个文件中的电表过多。",
		"more":                "还有更多问题。",
	},
	Levels: map[string]string{
		"primary-verified":    "取自发布机构的原始文件",
		"two-secondary-agree": "两个独立的二手来源一致；未读到官方原文",
		"single-secondary":    "仅一个二手来源；未核实",
	},
}
