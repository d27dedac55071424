package site

import "strconv"

// FactorsText holds the strings of the factor browser.
type FactorsText struct {
	Title         string
	Intro         string
	Exact         string // values are shown as published
	LevelsHeading string
	Contents      string // accessible name of the list of tables

	FilterLegend string
	Country      string
	AllCountries string
	Year         string
	AllYears     string
	Search       string
	SearchHint   string
	Reset        string
	Status       string // filter summary; the script fills {rows}, {total} and {tables}
	NoMatch      string
	Countries    CountryText

	// Labels of a table's citation.
	Ref          string
	Publisher    string
	Document     string
	Number       string
	Published    string
	URL          string
	URLNote      string
	Licence      string
	DataYear     string
	UseFor       string
	Gas          string
	Scope        string
	Unit         string
	Verification string
	Caveats      string
	CommonNote   string

	// Column headers and cell labels of a table.
	ColName  string
	ColKey   string
	ColValue string
	ColNotes string
	Values   func(n int) string // "40 values" in a caption

	Scopes  ScopeText
	GasCO2  string
	GasCO2e string

	Colon string // between a label and its value: ": " or "："
	Comma string // between the parts of a caption: ", " or "，"
}

// CountryText names the countries (or "world") a table covers.
type CountryText struct{ CN, US, World string }

// ScopeText names what a factor measures (factors.Scope…).
type ScopeText struct {
	GridAverage, ResidualLike, FossilOnly, Footprint, Generation, GridLosses string
}

var enFactors = FactorsText{
	Title:         "Emission factors",
	Intro:         "Every emission-factor table built into Greenline, with its source and how far each value was checked.",
	Exact:         "Values are shown exactly as published, in the publisher's unit; Greenline converts units only when it calculates, and exactly.",
	LevelsHeading: "How far a value was checked",
	Contents:      "Tables on this page",
	FilterLegend:  "Filter the tables",
	Country:       "Country",
	AllCountries:  "All countries",
	Year:          "Data year",
	AllYears:      "All years",
	Search:        "Region or key",
	SearchHint:    "Matches the key and the English and Chinese names, e.g. jiangsu, 江苏, camx, germany.",
	Reset:         "Show all",
	Status:        "{rows} of {total} values shown, in {tables} tables.",
	NoMatch:       "No value matches this filter.",
	Countries:     CountryText{CN: "China", US: "United States", World: "World, by country"},
	Ref:           "Table and version",
	Publisher:     "Publisher",
	Document:      "Document",
	Number:        "Number",
	Published:     "Published",
	URL:           "Address",
	URLNote:       "How the values were read",
	Licence:       "Licence",
	DataYear:      "Data year",
	UseFor:        "Meant for",
	Gas:           "Gas basis",
	Scope:         "What it measures",
	Unit:          "Unit as published",
	Verification:  "Verification",
	Caveats:       "Caveats",
	CommonNote:    "Note on every row without a note of its own",
	ColName:       "Name",
	ColKey:        "Key",
	ColValue:      "Value as published",
	ColNotes:      "Differs from the table / note",
	Values: func(n int) string {
		if n == 1 {
			return "1 value"
		}
		return strconv.Itoa(n) + " values"
	},
	Scopes: ScopeText{
		GridAverage:  "grid average: operational CO2 per kWh of all generation",
		ResidualLike: "grid average without market-traded non-fossil electricity (residual-like)",
		FossilOnly:   "fossil generation only",
		Footprint:    "life-cycle carbon footprint of all generation",
		Generation:   "life-cycle carbon footprint of one generation type",
		GridLosses:   "life-cycle carbon footprint of transmission and distribution",
	},
	GasCO2:  "CO2 only",
	GasCO2e: "CO2 equivalent (CO2e)",
	Colon:   ": ",
	Comma:   ", ",
}

var zhFactors = FactorsText{
	Title:         "排放因子",
	Intro:         "Greenline 内置的全部排放因子表，附出处以及每个数值的核验程度。",
	Exact:         "数值与发布时完全一致，单位为发布单位；Greenline 只在计算时换算单位，且换算精确无误差。",
	LevelsHeading: "数值的核验程度",
	Contents:      "本页的因子表",
	FilterLegend:  "筛选因子表",
	Country:       "国家",
	AllCountries:  "全部国家",
	Year:          "数据年份",
	AllYears:      "全部年份",
	Search:        "地区或键名",
	SearchHint:    "匹配键名和中英文名称，例如 jiangsu、江苏、camx、germany。",
	Reset:         "显示全部",
	Status:        "共 {total} 个数值，显示 {rows} 个，分布在 {tables} 个表中。",
	NoMatch:       "没有符合筛选条件的数值。",
	Countries:     CountryText{CN: "中国", US: "美国", World: "全球（分国家）"},
	Ref:           "表编号与版本",
	Publisher:     "发布机构",
	Document:      "文件",
	Number:        "文号",
	Published:     "发布日期",
	URL:           "网址",
	URLNote:       "数值的读取方式",
	Licence:       "许可",
	DataYear:      "数据年份",
	UseFor:        "适用的报告期",
	Gas:           "气体口径",
	Scope:         "计量范围",
	Unit:          "发布单位",
	Verification:  "核验程度",
	Caveats:       "注意事项",
	CommonNote:    "适用于所有未另附说明的行",
	ColName:       "名称",
	ColKey:        "键名",
	ColValue:      "发布值",
	ColNotes:      "与表不同之处／说明",
	Values:        func(n int) string { return "共 " + strconv.Itoa(n) + " 个数值" },
	Scopes: ScopeText{
		GridAverage:  "电网平均：全部发电的运行阶段二氧化碳排放",
		ResidualLike: "不包括市场化交易非化石能源电量的电网平均（类似剩余组合）",
		FossilOnly:   "仅化石能源发电",
		Footprint:    "全部发电的全生命周期碳足迹",
		Generation:   "单一发电类型的全生命周期碳足迹",
		GridLosses:   "输配电环节的全生命周期碳足迹",
	},
	GasCO2:  "仅二氧化碳（CO2）",
	GasCO2e: "二氧化碳当量（CO2e）",
	Colon:   "：",
	Comma:   "，",
}
