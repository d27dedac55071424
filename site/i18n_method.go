package site

import "strconv"

// MethodText holds the strings of the methodology page.
type MethodText struct {
	Title       string
	Intro       string
	Contents    string                          // accessible name of the list of sections
	Description string                          // the page's summary (meta description)
	Live        string                          // opens the list of steps that offer a method
	Step        func(n int, step string) string // one step that offers a method
	StepSep     string                          // between two steps
	Core        string                          // status of a method the web assessment has no form for
	Formula     string
	Sources     string

	Location Section
	Market   Section
	Direct   Section
	Matching Section
	Profiles Section
	Products Section
	Scope1   Section
	CBAM     Section
	Trace    Section
	Rounding Section

	GridTables    string // lead-in to the list of grid-average tables
	InUse         string // marks the table the calculator uses
	Instruments   [5]string
	CriteriaIntro string
	Criteria      [4]string
	ResidualLike  string // lead-in to the residual-like factors
	Rules         [3]string
	Hourly        string // lead-in to the quoted hourly clause of 688号

	RatiosCaption  string
	ColNotice      string
	ColRequirement string
	ColLimit       string
	ColFrom        string
	ColText        string
	Metrics        MetricText
	RatiosNote     string
	Before         func(year int) string // a target year: "by 2030"

	CBAMCaption  string
	ColSector    string
	ColCounted   string
	ColExcept    string
	DirectOnly   string
	DirectAndInd string
	Sectors      SectorText
}

// SectorText names the sectors of CBAM Annex I, as calc/policy names them.
type SectorText struct {
	Cement, Electricity, Fertilisers, IronSteel, Aluminium, Hydrogen string
}

// A Section is one method: what it does, its formula and what it follows.
type Section struct {
	Title   string
	Body    []string // paragraphs before the method's own lists and tables
	More    []string // paragraphs after them
	Formula []string // one line each
	Sources []string
}

// MetricText names the policy ratios of a direct-connection project, as
// the metrics of cn-direct-connection-thresholds.csv.
type MetricText struct {
	SelfOfGeneration, SelfOfConsumption, ExportOfGeneration string
}

var enMethod = MethodText{
	Title:       "Methodology",
	Intro:       "How Greenline turns your data into figures, and the text each method follows. Each method says in which step of the web assessment you enter what it needs; Greenline's calculation core and its command-line tool compute every method from a project file.",
	Description: "How Greenline computes Scope 2 location- and market-based, the hourly sharing of a directly connected green plant, hourly matching, product figures and CBAM embedded emissions, and the texts each method follows.",
	Contents:    "Methods on this page",
	Live:        "In the web assessment: ",
	Step:        func(n int, step string) string { return "step " + strconv.Itoa(n) + ", " + step },
	StepSep:     "; ",
	Core:        "Core and command line only: the web assessment has no form for it yet",
	Formula:     "Formula",
	Sources:     "Follows",

	Location: Section{
		Title: "Location-based Scope 2",
		Body: []string{
			"The electricity a facility consumed in the reporting period, times the average emission factor of the grid it draws from. It shows the emissions of the grid you are on, whatever contracts you hold.",
			"The factor is a row of a cited table: the one you pick, or the default for the facility's region and reporting period, with the reason given in the trace. A factor you enter yourself needs its source and flags every figure built on it. For a facility in China the web calculator offers the provincial, regional and national factors of the newest MEE/NBS table. The figures of several facilities are added exactly, before any rounding.",
		},
		Formula: []string{
			"emissions [t] = E [kWh] × EF [kg/kWh] ÷ 1000",
			"E: all the electricity the facility consumed in the period; EF: the grid-average factor, converted exactly to kg per kWh.",
		},
		Sources: []string{
			"GHG Protocol Scope 2 Guidance (WRI and WBCSD, 2015), chapter 4 (Scope 2 accounting methods) and chapter 6 (Calculating emissions).",
			"MEE and NBS announcements of China's electricity CO2 emission factors, listed above.",
		},
	},
	GridTables: "Grid-average tables built in:",
	InUse:      "used by the calculator",

	Market: Section{
		Title: "Market-based Scope 2",
		Body: []string{
			"Electricity the reporter bought through contractual instruments counts at the instrument's emission rate; the rest counts at the residual mix, the grid once the electricity claimed by others has been taken out.",
			"Each kilowatt-hour is covered once at most, by the first instrument in this order:",
		},
		More: []string{
			"Under 发改能源〔2023〕1044号 the green electricity certificate (GEC, 绿证) is the only proof of the environmental attribute of renewable electricity in China, one certificate for every 1000 kWh (wording of the notice as reprinted; the official page was not read).",
		},
		Formula: []string{
			"emissions [t] = ( Σᵢ Eᵢ × EFᵢ + (E − Σᵢ Eᵢ) × EF_residual ) ÷ 1000",
			"Eᵢ: energy covered by accepted instrument i, never more than E in total; EFᵢ: its emission rate (zero for a renewable certificate); EF_residual: the residual mix, or the grid average where there is none (disclosed).",
		},
		Sources: []string{
			"GHG Protocol Scope 2 Guidance (2015), chapter 6 (Calculating emissions) and chapter 7 (Accounting and reporting requirements, with the Scope 2 Quality Criteria).",
			"发改能源〔2023〕1044号 (NDRC, MOF, NEA): full coverage of renewable electricity by green certificates.",
			"MEE and NBS announcements: the national factor excluding market-traded non-fossil electricity.",
		},
	},
	Instruments: [5]string{
		"energy attribute certificates retired for the reporter: GEC (China), I-REC, GO (EU), REC (US);",
		"direct lines and power purchase agreements (PPAs);",
		"emission rates specific to the supplier;",
		"the residual mix;",
		"the grid average, where no residual mix exists, disclosed as such.",
	},
	CriteriaIntro: "A certificate counts only if it meets the Scope 2 Quality Criteria that Greenline can check. The result lists every instrument, accepted or refused, with the reasons:",
	Criteria: [4]string{
		"Retired or cancelled for the reporter.",
		"Same market: the instrument comes from the market where the electricity is consumed; in China, the GEC.",
		"Vintage: the generation it stands for overlaps the reporting period.",
		"Sole claim: the same certificate is claimed once only.",
	},
	ResidualLike: "China publishes no residual mix. Its role is played by the national factor excluding market-traded non-fossil electricity, which MEE and NBS publish beside the grid averages:",

	Direct: Section{
		Title: "Multi-user green direct connection",
		Body: []string{
			"Under 发改能源〔2026〕688号 one renewable plant or microgrid may supply several users, each a different legal entity, through a direct line (发改能源〔2025〕650号 covers a single user). Greenline shares the green energy among the users hour by hour, so that no kilowatt-hour is counted twice.",
			"Each hour the supply's generation is split among the users' loads by one of three rules. What no user takes is exported or curtailed, and nobody may claim it.",
		},
		More: []string{
			"Shares are whole watt-hours, split by the largest-remainder method: each user first gets the whole part of its exact share, then the watt-hours left over go one at a time to the largest remainders, ties going to the user listed first. Every hour the users' parts add up exactly to the energy shared, and no user gets more than its load.",
			"For each user Greenline gives the green and the remaining grid energy and both Scope 2 figures; for each supply it gives the policy ratios below and whether each threshold is met. The comparison is exact (part × 100 against threshold × whole), and the thresholds come from Greenline's policy data, not from the code.",
		},
		Formula: []string{
			"pro rata: Uₕ = min(Gₕ, Σᵤ Lᵤ,ₕ); xᵤ,ₕ = Uₕ × Lᵤ,ₕ ÷ Σᵥ Lᵥ,ₕ, split into whole Wh by largest remainder",
			"fixed shares: xᵤ,ₕ = min(sᵤ × Gₕ, Lᵤ,ₕ), the rest optionally re-offered pro rata to unmet load; priority: users in order, each up to Lᵤ,ₕ",
			"exported or curtailed in hour h = Gₕ − Σᵤ xᵤ,ₕ",
			"self-consumed share of generation = Σ x ÷ Σₕ Gₕ; self-consumed share of consumption = Σ x ÷ Σ L; export share = Σ exported ÷ Σₕ Gₕ",
			"G: generation; L: load of a user; U: usable green energy; x: a user's green energy; s: a user's contracted share; h: hour; u, v: users.",
		},
		Sources: []string{
			"发改能源〔2025〕650号 (NDRC and NEA, 2025): green direct connection for a single user.",
			"发改能源〔2026〕688号 (NDRC and NEA, 2026): green direct connection for several users.",
		},
	},
	Rules: [3]string{
		"Pro rata: each user gets its share of the hour's total load.",
		"Fixed shares: each user gets its contracted share of the generation, up to its load; what is left can be re-offered to users with unmet load, pro rata to it.",
		"Priority: users are served one after the other in a set order, each up to its load.",
	},
	Hourly:         "688号 allows the self-consumed electricity to be allocated to the users by their share of consumption in each period:",
	RatiosCaption:  "Policy ratios of a grid-connected direct-connection project (Greenline's policy data, cn-direct-connection-thresholds)",
	ColNotice:      "Notice and clause",
	ColRequirement: "Requirement",
	ColLimit:       "Limit",
	ColFrom:        "Applies",
	ColText:        "Text of the clause",
	Metrics: MetricText{
		SelfOfGeneration:   "Self-consumed share of the available generation, per year",
		SelfOfConsumption:  "Self-consumed share of the total consumption, per year",
		ExportOfGeneration: "Grid export share of the available generation, per year",
	},
	RatiosNote:   "Provinces set the export cap within the national ceiling and may set stricter rules; Greenline does not hold provincial rules yet.",
	Before:       func(year int) string { return "by " + strconv.Itoa(year) },
	CBAMCaption:  "CBAM Annex I sectors and the emissions counted (Greenline's policy data, cbam-goods: Annex I and Annex II of Regulation (EU) 2023/956)",
	ColSector:    "Sector",
	ColCounted:   "Emissions counted",
	ColExcept:    "Entries counted otherwise",
	DirectOnly:   "direct only (Annex II)",
	DirectAndInd: "direct and indirect",
	Sectors: SectorText{
		Cement: "Cement", Electricity: "Electricity", Fertilisers: "Fertilisers",
		IronSteel: "Iron and steel", Aluminium: "Aluminium", Hydrogen: "Hydrogen",
	},

	Matching: Section{
		Title: "Hourly and annual matching",
		Body: []string{
			"Annual matching compares the year's green energy with the year's consumption, so solar power at noon can cover a night shift. Hourly matching compares them hour by hour: a surplus in one hour never covers another hour.",
			"Greenline gives the hourly-matched share beside the annual one, for each supply and each facility. For a facility the hourly share counts only direct-line energy taken in the same hour; the annual share counts all accepted green energy (direct line, certificates, PPAs). The hourly share is never higher than the annual one.",
		},
		Formula: []string{
			"supply: hourly share = Σₕ Σᵤ xᵤ,ₕ ÷ Σₕ Σᵤ Lᵤ,ₕ; annual share = min(Σₕ Gₕ, Σₕ Σᵤ Lᵤ,ₕ) ÷ Σₕ Σᵤ Lᵤ,ₕ",
			"facility: hourly share = direct-line green energy ÷ consumption; annual share = all accepted green energy ÷ consumption",
			"shares are percentages with 2 decimals",
		},
		Sources: []string{
			"The direction of the revision of the GHG Protocol Scope 2 Guidance (in progress, not final) and of EnergyTag's granular certificates.",
			"发改能源〔2026〕688号, section 四(十一): hourly matching of renewable generation and consumption inside a project.",
		},
	},

	Profiles: Section{
		Title: "Synthesized hourly profiles",
		Body: []string{
			"Many small firms have monthly bills only. Greenline can spread each month's consumption over its hours by an operating pattern (shifts, working days, China's public holidays and make-up working days), and estimate solar output from the installed capacity, the monthly specific yield, the place and a model of the sun's position. This is Greenline's own convention, not a published standard.",
			"Every figure that rests on a synthesized profile is marked as an estimate, on the page, in the report and in the JSON, so that nobody mistakes it for metered data.",
		},
		Formula: []string{
			"Eₕ = E_month × wₕ ÷ Σₖ wₖ (k over the hours of the month), split into whole Wh by largest remainder, so that the hours add up to the month exactly",
			"load: wₕ is the full weight in a shift hour and a base-load weight in every other hour; solar: E_month = capacity × monthly specific yield, and wₕ is the sine of the sun's elevation at mid-hour, zero at night.",
		},
		Sources: []string{
			"Greenline's own method; no standard prescribes it.",
			"Public holidays: the State Council General Office's yearly notices on holiday arrangements.",
			"Sun position: NOAA Global Monitoring Laboratory, General Solar Position Calculations, with Spencer's (1971) series.",
		},
	},

	Products: Section{
		Title: "Emissions per product",
		Body: []string{
			"A facility's Scope 1 and both Scope 2 figures are shared among its product lines by a key you choose: mass produced, units, or machine hours. A line's share divided by its output gives kilograms per unit, or tonnes per tonne of product.",
			"Divisions that cannot be exact are carried to 20 decimal places before the one final rounding.",
		},
		Formula: []string{
			"shareₚ = kₚ ÷ Σ_q k_q",
			"emissionsₚ = facility emissions × shareₚ",
			"intensityₚ = emissionsₚ ÷ outputₚ",
		},
		Sources: []string{
			"Greenline's own method; choose the key your buyer or the standard you report under asks for.",
		},
	},

	Scope1: Section{
		Title: "Scope 1 from fuels",
		Body: []string{
			"Fuel burned on site: its energy at net calorific value times the default CO2 factor of the 2006 IPCC Guidelines for the fuel. You may instead enter an emissions figure with its source; it is marked as entered, not computed.",
		},
		Formula: []string{
			"emissions [t] = fuel energy [TJ, net calorific value] × EF [kg CO2/TJ] ÷ 1000",
		},
		Sources: []string{
			"2006 IPCC Guidelines for National Greenhouse Gas Inventories, volume 2, chapter 2 (Stationary combustion), default CO2 emission factors; values as kept in Greenline's policy data, with their verification.",
		},
	},

	CBAM: Section{
		Title: "EU CBAM: embedded emissions",
		Body: []string{
			"For goods imported into the EU, CBAM counts the specific embedded emissions (SEE) of each tonne: the direct emissions of the production process and, for some goods, the indirect emissions of the electricity it consumes, each with those of the precursors.",
			"Indirect emissions are the electricity consumed times an emission factor. An actual factor may be used only for electricity evidenced by a direct technical connection or a power purchase agreement; certificates do not change indirect emissions. Otherwise the default values set by the Commission apply.",
			"The goods listed in Annex II of the Regulation count direct emissions only; the other goods count both:",
		},
		Formula: []string{
			"SEE [t/t] = (attributed emissions + Σ precursor tonnes × precursor SEE) ÷ tonnes produced, for direct and for indirect emissions",
			"indirect emissions [t] = electricity [MWh] × EF_el [t/MWh]; left out for the goods of Annex II",
			"SEE is reported with 4 decimals",
		},
		Sources: []string{
			"Regulation (EU) 2023/956 establishing a carbon border adjustment mechanism, Article 7 and Annexes II and IV, as amended by Regulation (EU) 2025/2083.",
			"Commission Implementing Regulation (EU) 2025/2547 of 10 December 2025: methods for calculating embedded emissions.",
			"Commission Implementing Regulation (EU) 2025/2621 of 16 December 2025: default values.",
		},
	},

	Trace: Section{
		Title: "The trace",
		Body: []string{
			"Every figure carries the steps that made it: the formula, the inputs as you entered them and as converted, and the factor with its table, version, citation and verification level. An auditor can recompute the figure by hand from the trace alone.",
			"Figures that rest on a synthesized profile, on a factor you entered yourself or on an entered emissions figure carry a flag, which travels to every total built on them. The trace is in the result panel and, complete, in the result JSON, which is byte for byte what the command-line tool prints.",
		},
		Formula: []string{
			"step = what · formula · inputs · factor (table id@version, key, value as published, unit, citation, verification) · result",
		},
		Sources: []string{
			"GHG Protocol Scope 2 Guidance (2015), chapter 3 (Accounting and reporting principles: transparency, accuracy).",
		},
	},

	Rounding: Section{
		Title: "Units and rounding",
		Body: []string{
			"Energy is counted in whole watt-hours. A reading may be given in kWh with up to 3 decimals or in MWh with up to 6; a finer figure is refused, not rounded. Meter data in 15- or 30-minute intervals is summed into hours.",
			"Factors are kept exactly as published and converted by exact multiplication (a pound is exactly 0.45359237 kg), so no conversion rounds.",
			"One rounding rule, applied once, at the end, half away from zero: tonnes to 3 decimals (the kilogram), intensities (kg per unit, t per tonne, CBAM SEE) to 4, percentages to 2. Divisions that cannot be exact are carried to 20 decimals before that. Totals are formed from exact values, never from rounded ones, so a reported total can differ from the sum of the reported parts in the last place. The exact value is given beside every reported one.",
		},
		Formula: []string{
			"reported = exact rounded to 3 decimals, half away from zero: 1.3265 t → 1.327 t; −1.3265 t → −1.327 t",
		},
		Sources: []string{
			"Greenline's rule, documented with the calculation core (package calc).",
		},
	},
}

var zhMethod = MethodText{
	Title:       "计算方法",
	Intro:       "本页说明 Greenline 如何由您的数据得出结果，以及每种方法依据的文件。每种方法都注明在网页评估的哪一步填写所需数据；Greenline 的计算核心和命令行工具可根据项目文件计算全部方法。",
	Description: "Greenline 如何计算基于位置和基于市场的范围二排放、绿电直连电站的逐时分配、逐时匹配、单位产品排放和欧盟 CBAM 隐含排放，以及每种方法依据的文件。",
	Contents:    "本页的方法",
	Live:        "网页评估中提供：",
	Step:        func(n int, step string) string { return "第 " + strconv.Itoa(n) + " 步「" + step + "」" },
	StepSep:     "；",
	Core:        "仅计算核心和命令行支持：网页评估尚无相应表单",
	Formula:     "公式",
	Sources:     "依据",

	Location: Section{
		Title: "基于位置的范围二排放",
		Body: []string{
			"设施在报告期内的用电量，乘以其所在电网的平均排放因子。无论您签了什么购电合同，结果反映的都是所在电网的排放水平。",
			"排放因子取自有出处的因子表：可以是您选择的一行，也可以是按设施所在地区和报告期确定的默认因子，选择理由写在计算轨迹中。您自行输入的因子必须注明来源，并且由它得出的每个结果都会带有标记。对位于中国的设施，网页计算器提供生态环境部、国家统计局最新一版因子表中的省级、区域和全国因子。多个设施的结果在舍入之前按精确值相加。",
		},
		Formula: []string{
			"排放量 [t] = E [kWh] × EF [kg/kWh] ÷ 1000",
			"E：设施在报告期内的全部用电量；EF：电网平均排放因子，精确换算为千克/千瓦时。",
		},
		Sources: []string{
			"温室气体核算体系（GHG Protocol）《范围二指南》（世界资源研究所、世界可持续发展工商理事会，2015年），第4章“范围二核算方法”、第6章“排放量计算”。",
			"生态环境部、国家统计局关于发布电力二氧化碳排放因子的公告，见上文所列各表。",
		},
	},
	GridTables: "内置的电网平均因子表：",
	InUse:      "计算器采用此表",

	Market: Section{
		Title: "基于市场的范围二排放",
		Body: []string{
			"报告主体通过合同工具购买的电量，按工具对应的排放率计算；其余电量按剩余组合计算，即扣除他人已声明的电量之后的电网排放水平。",
			"每千瓦时最多只被覆盖一次，按以下顺序取第一个适用的工具：",
		},
		More: []string{
			"根据发改能源〔2023〕1044号，绿证是我国可再生能源电量环境属性的唯一证明，1个绿证对应1000千瓦时可再生能源电量（据该通知的转载文本，未读到官方页面）。",
		},
		Formula: []string{
			"排放量 [t] = ( Σᵢ Eᵢ × EFᵢ + (E − Σᵢ Eᵢ) × EF剩余 ) ÷ 1000",
			"Eᵢ：被认可的工具 i 覆盖的电量，合计不超过 E；EFᵢ：该工具的排放率（可再生能源证书为零）；EF剩余：剩余组合因子，没有剩余组合时用电网平均因子，并予以披露。",
		},
		Sources: []string{
			"GHG Protocol《范围二指南》（2015年），第6章“排放量计算”、第7章“核算与报告要求”（含范围二质量准则）。",
			"发改能源〔2023〕1044号（国家发展改革委、财政部、国家能源局）：可再生能源绿色电力证书全覆盖。",
			"生态环境部、国家统计局公告：不包括市场化交易的非化石能源电量的全国电力平均二氧化碳排放因子。",
		},
	},
	Instruments: [5]string{
		"为报告主体注销的能源属性证书：绿证（GEC，中国）、I-REC、GO（欧盟）、REC（美国）；",
		"直连线路和购电协议（PPA）；",
		"售电公司提供的特定排放率；",
		"剩余组合；",
		"没有剩余组合时的电网平均因子，并注明所用因子。",
	},
	CriteriaIntro: "证书必须符合 Greenline 能够核查的范围二质量准则才能计入。结果会列出每个工具，说明其被采用或被拒绝的理由：",
	Criteria: [4]string{
		"已为报告主体注销。",
		"同一市场：工具来自用电所在的市场；在中国即绿证。",
		"年份：证书对应的发电时间与报告期有重叠。",
		"唯一声明：同一张证书只被声明一次。",
	},
	ResidualLike: "我国没有发布剩余组合。生态环境部、国家统计局与电网平均因子一并发布的“不包括市场化交易的非化石能源电量”的全国因子，起到剩余组合的作用：",

	Direct: Section{
		Title: "多用户绿电直连",
		Body: []string{
			"根据发改能源〔2026〕688号，一个新能源电站或微电网可以通过直连线路向多个不同法人实体的用户供电（单一用户的情形见发改能源〔2025〕650号）。Greenline 逐小时在用户之间分配绿电，保证每千瓦时只计算一次。",
			"每个小时，电源的发电量按以下三种规则之一分配给各用户的负荷。没有用户使用的电量上网或弃电，任何用户都不能声明。",
		},
		More: []string{
			"分配以整瓦时计，采用最大余数法：每个用户先得到其精确份额的整数部分，剩下的瓦时按余数从大到小逐一分配，余数相同时先分给排在前面的用户。每个小时各用户分得的电量之和都精确等于被分配的电量，且任何用户分得的电量都不超过其负荷。",
			"Greenline 为每个用户给出绿电和其余电网电量，以及两种范围二结果；为每个电源计算下表所列的政策比例，并判断是否达到各项门槛。比较是精确的（部分 × 100 与门槛 × 整体相比），门槛值取自 Greenline 的政策数据，不写死在代码里。",
		},
		Formula: []string{
			"按负荷比例：Uₕ = min(Gₕ, Σᵤ Lᵤ,ₕ)；xᵤ,ₕ = Uₕ × Lᵤ,ₕ ÷ Σᵥ Lᵥ,ₕ，按最大余数法拆分为整瓦时",
			"固定份额：xᵤ,ₕ = min(sᵤ × Gₕ, Lᵤ,ₕ)，剩余电量可按未满足负荷的比例再次分配；优先顺序：按顺序依次分配，每个用户以 Lᵤ,ₕ 为限",
			"第 h 小时上网或弃电的电量 = Gₕ − Σᵤ xᵤ,ₕ",
			"自发自用占可用发电量比例 = Σ x ÷ Σₕ Gₕ；自发自用占总用电量比例 = Σ x ÷ Σ L；上网电量比例 = Σ 上网电量 ÷ Σₕ Gₕ",
			"G：发电量；L：用户负荷；U：可用绿电；x：某用户分得的绿电；s：用户的合同份额；h：小时；u、v：用户。",
		},
		Sources: []string{
			"发改能源〔2025〕650号（国家发展改革委、国家能源局，2025年）：单一用户绿电直连。",
			"发改能源〔2026〕688号（国家发展改革委、国家能源局，2026年）：多用户绿电直连。",
		},
	},
	Rules: [3]string{
		"按负荷比例：按各用户在该小时总负荷中所占的比例分配。",
		"固定份额：每个用户按合同约定的发电量份额分配，以其负荷为限；剩余电量可按未满足负荷的比例再分配给其他用户。",
		"优先顺序：按约定顺序依次满足各用户，每个用户以其负荷为限。",
	},
	Hourly:         "688号允许按各用户在每个时段的用电量占比确定其自发自用电量：",
	RatiosCaption:  "并网型绿电直连项目的政策比例（Greenline 政策数据 cn-direct-connection-thresholds）",
	ColNotice:      "文件及条款",
	ColRequirement: "要求",
	ColLimit:       "限值",
	ColFrom:        "适用时间",
	ColText:        "条款原文",
	Metrics: MetricText{
		SelfOfGeneration:   "年自发自用电量占总可用发电量的比例",
		SelfOfConsumption:  "年自发自用电量占总用电量的比例",
		ExportOfGeneration: "年上网电量占总可用发电量的比例",
	},
	RatiosNote:   "上网电量比例上限由各省在全国上限内确定，各省也可能有更严格的规定；Greenline 目前尚未收录各省规定。",
	Before:       func(year int) string { return strconv.Itoa(year) + "年前" },
	CBAMCaption:  "CBAM 附件一所列行业及计入的排放（Greenline 政策数据 cbam-goods：条例 (EU) 2023/956 附件一、附件二）",
	ColSector:    "行业",
	ColCounted:   "计入的排放",
	ColExcept:    "计法不同的条目",
	DirectOnly:   "仅直接排放（附件二）",
	DirectAndInd: "直接排放和间接排放",
	Sectors: SectorText{
		Cement: "水泥", Electricity: "电力", Fertilisers: "化肥",
		IronSteel: "钢铁", Aluminium: "铝", Hydrogen: "氢",
	},

	Matching: Section{
		Title: "逐小时匹配与年度匹配",
		Body: []string{
			"年度匹配把全年的绿电量与全年用电量相比，于是中午的光伏电量可以“抵”夜班的用电。逐小时匹配则逐个小时比较：某一小时的富余电量不能抵扣另一小时的用电。",
			"Greenline 为每个电源和每个设施并列给出逐小时匹配率和年度匹配率。对设施而言，逐小时匹配只计同一小时内通过直连线路获得的电量；年度匹配计入所有被认可的绿电（直连、证书、购电协议）。逐小时匹配率不会高于年度匹配率。",
		},
		Formula: []string{
			"电源：逐小时匹配率 = Σₕ Σᵤ xᵤ,ₕ ÷ Σₕ Σᵤ Lᵤ,ₕ；年度匹配率 = min(Σₕ Gₕ, Σₕ Σᵤ Lᵤ,ₕ) ÷ Σₕ Σᵤ Lᵤ,ₕ",
			"设施：逐小时匹配率 = 直连绿电 ÷ 用电量；年度匹配率 = 全部被认可的绿电 ÷ 用电量",
			"匹配率为百分数，保留2位小数",
		},
		Sources: []string{
			"GHG Protocol《范围二指南》修订（进行中，尚未定稿）和 EnergyTag 颗粒化证书的方向。",
			"发改能源〔2026〕688号 四(十一)：项目内部实现小时级新能源发用电量匹配。",
		},
	},

	Profiles: Section{
		Title: "合成逐时曲线",
		Body: []string{
			"许多中小企业只有月度电费单。Greenline 可以按运营模式（班次、工作日、我国法定节假日和调休上班日）把每月用电量分摊到各个小时，并根据装机容量、月度等效利用小时数、地理位置和太阳位置模型估算光伏出力。这是 Greenline 自己的约定，并非已发布的标准。",
			"凡基于合成曲线得出的结果，在页面、报告和 JSON 中都标注为估算值，避免与计量数据混淆。",
		},
		Formula: []string{
			"Eₕ = E月 × wₕ ÷ Σₖ wₖ（k 取该月所有小时），按最大余数法拆分为整瓦时，各小时之和精确等于当月电量",
			"负荷：班次内的小时取满权重，其余小时取基础负荷权重；光伏：E月 = 装机容量 × 月度等效利用小时数，wₕ 为该小时中点太阳高度角的正弦，夜间为零。",
		},
		Sources: []string{
			"Greenline 自己的方法，没有标准对此作出规定。",
			"节假日：国务院办公厅每年发布的部分节假日安排的通知。",
			"太阳位置：美国国家海洋和大气管理局（NOAA）全球监测实验室的太阳位置计算方法，采用 Spencer（1971）级数。",
		},
	},

	Products: Section{
		Title: "产品排放",
		Body: []string{
			"设施的范围一排放和两种范围二排放，按您选择的分摊依据分配到各条产品线：产量（质量）、件数或机时。产品线分得的排放除以其产量，即得每件产品的千克数或每吨产品的吨数。",
			"不能整除的除法先保留20位小数，最后只舍入一次。",
		},
		Formula: []string{
			"份额ₚ = kₚ ÷ Σ_q k_q",
			"排放ₚ = 设施排放 × 份额ₚ",
			"强度ₚ = 排放ₚ ÷ 产量ₚ",
		},
		Sources: []string{
			"Greenline 自己的方法；请采用买方或您所遵循的标准要求的分摊依据。",
		},
	},

	Scope1: Section{
		Title: "燃料燃烧的范围一排放",
		Body: []string{
			"现场燃烧的燃料：按低位发热量计的燃料能量，乘以《2006年IPCC国家温室气体清单指南》中该燃料的缺省二氧化碳排放因子。您也可以直接填写排放量并注明来源，该数值会被标记为“填写值”，而非计算值。",
		},
		Formula: []string{
			"排放量 [t] = 燃料能量 [TJ，低位发热量] × EF [kg CO2/TJ] ÷ 1000",
		},
		Sources: []string{
			"《2006年IPCC国家温室气体清单指南》第2卷第2章（固定源燃烧）缺省二氧化碳排放因子；数值及其核验程度见 Greenline 的政策数据。",
		},
	},

	CBAM: Section{
		Title: "欧盟碳边境调节机制（CBAM）：隐含排放",
		Body: []string{
			"进口到欧盟的货物，CBAM 计算每吨货物的特定隐含排放（SEE）：生产过程的直接排放，以及部分货物生产所耗电力的间接排放，均包括前体物料的排放。",
			"间接排放等于耗电量乘以排放因子。只有能证明电力来自直接技术连接或购电协议时，才可以采用实际排放因子；证书不改变间接排放。否则采用欧盟委员会规定的默认值。",
			"条例附件二所列货物只计直接排放，其他货物直接排放和间接排放都计：",
		},
		Formula: []string{
			"SEE [t/t] = (归属排放量 + Σ 前体物料吨数 × 前体物料 SEE) ÷ 产量吨数，直接排放和间接排放分别计算",
			"间接排放 [t] = 耗电量 [MWh] × EF电 [t/MWh]；附件二所列货物不计",
			"SEE 保留4位小数",
		},
		Sources: []string{
			"欧盟条例 (EU) 2023/956（碳边境调节机制），第7条及附件二、附件四，经条例 (EU) 2025/2083 修订。",
			"欧盟委员会实施条例 (EU) 2025/2547（2025年12月10日）：隐含排放的计算方法。",
			"欧盟委员会实施条例 (EU) 2025/2621（2025年12月16日）：默认值。",
		},
	},

	Trace: Section{
		Title: "计算轨迹",
		Body: []string{
			"每个结果都附有得出它的步骤：公式、您输入的数据及换算后的数值，以及所用因子的表、版本、出处和核验程度。审核人员仅凭轨迹就能手工复算。",
			"基于合成曲线、您自行输入的因子或直接填写的排放量得出的结果带有标记，并传递到由它们得出的所有合计值。轨迹显示在结果面板中，完整内容见结果 JSON，与命令行工具的输出逐字节相同。",
		},
		Formula: []string{
			"步骤 = 内容 · 公式 · 输入 · 因子（表 id@版本、键名、发布值、单位、出处、核验程度） · 结果",
		},
		Sources: []string{
			"GHG Protocol《范围二指南》（2015年），第3章“核算与报告原则”（透明、准确）。",
		},
	},

	Rounding: Section{
		Title: "单位与舍入",
		Body: []string{
			"电量以整瓦时计。读数可以用千瓦时填写，最多3位小数；也可以用兆瓦时，最多6位小数。更精细的数值会被拒绝，而不是被舍入。15分钟或30分钟间隔的计量数据按小时求和。",
			"排放因子按发布原样保存，单位换算只做精确乘法（1磅恰为0.45359237千克），换算不产生任何舍入。",
			"舍入只有一条规则，只在最后使用一次，四舍五入（远离零）：吨数保留3位小数（即精确到千克），强度（千克/件、吨/吨、CBAM SEE）保留4位，百分数保留2位。不能整除的除法先保留20位小数。合计值由精确值相加，而不是由舍入后的数值相加，因此报告的合计可能与各项报告值之和在最后一位上有出入。每个报告值旁都给出精确值。",
		},
		Formula: []string{
			"报告值 = 精确值保留3位小数，远离零舍入：1.3265 t → 1.327 t；−1.3265 t → −1.327 t",
		},
		Sources: []string{
			"Greenline 的规则，写在计算核心（calc 包）的文档中。",
		},
	},
}
