package site

// WizardText holds the strings of the guided self-assessment, in one
// language: the steps, their fields, short help for each concept and the
// project list.
type WizardText struct {
	StepsLabel string
	Steps      [6]string // company, facilities, electricity, green, products, results
	Back, Next string
	StepOf     string // "Step {n} of {total}"

	// Projects.
	ProjectsLabel, ProjectList, NewProject, Duplicate, Rename, RenameTo, Delete, Undo string
	Deleted, Untitled, ImportProject, ImportHint, ExportProject, Saved, SavedHint     string
	ImportFailed, CopyOf, SaveFailed, Removed, TooLarge, NotProject                   string
	HasProblems                                                                       string
	StorageFull, StorageRefused, OpenElsewhere, EditCopy, NowEditable                 string

	// Step 1.
	CompanyHelp, Organisation, OrganisationHint, ProjectName, PeriodStart, PeriodHint string

	// Step 2.
	FacilitiesHelp, AddFacility, Remove, Facility string

	// Step 3.
	ElectricityHelp, Mode, Annual, Monthly, Interval, Unit, UnitHint, AnnualUse string
	MonthsFrom, ProfileShifts, ProfileHint, ShiftsNone                          string
	Shifts                                                                      [3]string
	Days, DaysHint                                                              string
	DayChoices                                                                  [3]string
	NoSeries, SeriesFrom                                                        string

	// Import of interval data.
	ImportHeading, ImportHelp, ImportFile, ImportFileHint, Reading string
	Sheet, TimeColumn, ValueColumn, ValueUnit, ReadSheet           string
	Detected, MeterRow, Meter, Found, UseFor, Skip, Accept, Cancel string
	Accepted, TooBig, PeriodMismatch, XLSXFailed                   string
	UnitFromHeader, AtRow, AtRowColumn, AtCell, AtMeter            string

	// Step 4.
	GreenHelp, SuppliesHeading, SuppliesHelp, AddSupply, AddSolar, SolarHelp string
	Plant, SupplyName, Kind, Technology, Generation, FromMeter, FromSolar    string
	Capacity, Latitude, Longitude, UTCOffset, Yield, YieldHint               string
	Rule, RuleHelp, Reoffer, Surplus, Users, Draws, Share, Priority          string
	NeedsHours, ChoosePattern, ImportMeter, SharesSum                        string
	Kinds, Technologies, Rules, Surpluses                                    map[string]string
	PPAHeading, PPAHelp, AddPPA, MWh, Market, MarketHint, Evidence           string
	EvidenceHint, Shape                                                      string
	ShapeChoices                                                             map[string]string
	CertHeading, CertHelp, AddCert, Scheme, VintageFrom, VintageTo           string
	RetiredFor, RetiredHint, Serials, SerialsHint, CertFor, ResidualHelp     string

	// Step 5.
	ProductsHelp, AddProduct, ProductName, CN, CNHint, Key, Tonnes, Units, MachineHours string
	Keys                                                                                map[string]string

	// Step 6.
	ResultsHelp, Problems, GoTo, PrintReport, ExportCSV, ExportXLSX, Stale, Computing string
	StaleMark, StaleSince, NoResult                                                   string
	LiveHeading, LiveLocation, LiveMarket                                             string

	// Places words the parts of a project file that have no control of
	// their own, by name ("id"); an item of a list is the word and its
	// number ("User 2"). A refused file's problems are placed by them.
	Places map[string]string
}

var enWizard = WizardText{
	StepsLabel: "Steps of the assessment",
	Steps:      [6]string{"Company and period", "Facilities", "Electricity", "Green sources", "Products", "Results"},
	Back:       "Back",
	Next:       "Next",
	StepOf:     "Step {n} of {total}",

	ProjectsLabel:  "Your projects",
	ProjectList:    "Project",
	NewProject:     "New project",
	Duplicate:      "Duplicate",
	Rename:         "Rename",
	RenameTo:       "New name for this project",
	Delete:         "Delete",
	Undo:           "Undo",
	Deleted:        "Deleted “{name}”.",
	Untitled:       "Untitled project",
	ImportProject:  "Open a project file",
	ImportHint:     "A .json file exported from Greenline. It opens as a new project; nothing you have is replaced.",
	ExportProject:  "Save the project file (JSON)",
	Saved:          "Saved in this browser",
	SavedHint:      "Every change is kept in this browser as you type. Nothing is sent anywhere.",
	ImportFailed:   "This file is not a Greenline project file",
	CopyOf:         "Copy of {name}",
	SaveFailed:     "Not saved: the browser could not write the project. Save the project file (JSON) to keep your work.",
	Removed:        "Removed “{name}”.",
	TooLarge:       "it is larger than 32 MB",
	NotProject:     "it has no \"format\": 1 and no facilities",
	HasProblems:    "has problems",
	StorageFull:    "Not saved: this browser's storage for the page is full. Your project is kept in this tab while it stays open; save the project file (JSON) to keep your work.",
	StorageRefused: "Not saved: this browser does not let the page keep anything (a private window?). Your project is kept in this tab while it stays open; save the project file (JSON) to keep your work.",
	OpenElsewhere:  "This project is open in another tab or window. So that neither overwrites the other's changes, it can be changed only there; this tab shows it read-only until that one closes.",
	EditCopy:       "Edit a copy here",
	NowEditable:    "The other tab has closed: you can edit this project here now.",

	CompanyHelp:      "Who reports, and for which twelve months. Buyers usually ask for a calendar year.",
	Organisation:     "Company",
	OrganisationHint: "The legal name. Green certificates count only if they were retired for this company.",
	ProjectName:      "Name of this assessment (optional)",
	PeriodStart:      "First month of the reporting period",
	PeriodHint:       "Year and month, e.g. 2025-01. The period is the twelve months from this one.",

	FacilitiesHelp: "Each site that buys electricity. The grid region decides its emission factor: choose the province where the meter is.",
	AddFacility:    "Add a facility",
	Remove:         "Remove",
	Facility:       "Facility",

	ElectricityHelp: "Electricity each facility took from the grid and the park, from your bills or your meter data. Bills are enough for location- and market-based Scope 2; hourly questions (a shared plant, hourly matching) need meter data or an operating pattern to estimate hours.",
	Mode:            "What you have",
	Annual:          "One annual total",
	Monthly:         "Twelve monthly bills",
	Interval:        "Meter data (15, 30 or 60 minutes)",
	Unit:            "Unit",
	UnitHint:        "Bills in 10,000 kWh (万千瓦时)? Choose MWh and multiply by 10.",
	AnnualUse:       "Electricity used in the period",
	MonthsFrom:      "Monthly bills",
	ProfileShifts:   "Operating pattern (to estimate hours)",
	ProfileHint:     "Only needed when the facility draws from a shared plant and you have bills, not meter data. Hours estimated from it are marked as estimates.",
	ShiftsNone:      "None",
	Shifts:          [3]string{"1 shift (08:00–16:00)", "2 shifts (08:00–24:00)", "Round the clock"},
	Days:            "Working days",
	DaysHint:        "China's public holidays and make-up working days are applied.",
	DayChoices:      [3]string{"Monday to Friday", "Monday to Saturday", "Every day"},
	NoSeries:        "No meter data yet: import a file above and choose this facility for one of its meters.",
	SeriesFrom:      "{hours} hours from {start}, {total} kWh, from {source}.",

	ImportHeading:  "Import meter data",
	ImportHelp:     "A CSV or XLSX export from your meter, utility or park operator: a time column and an energy column, 15, 30 or 60 minutes; headers in English or Chinese; comma, semicolon or tab; UTF-8 or GBK. A file may hold many meters (a meter column). You see what was found before anything is used.",
	ImportFile:     "Interval data file (CSV or XLSX)",
	ImportFileHint: "Read in this browser only. Up to 40 MB.",
	Reading:        "Reading the file…",
	Sheet:          "Sheet",
	TimeColumn:     "Column with the start time of each interval",
	ValueColumn:    "Column with the energy",
	ValueUnit:      "Unit of the energy values, when the file does not name it",
	ReadSheet:      "Read these columns",
	Detected:       "Found: {rows} rows of {step}-minute data, columns “{time}” and “{value}”, {unit}, from {first} to {last}, {total} kWh in all.",
	MeterRow:       "{rows} rows from {first} to {last}, {total} kWh",
	Meter:          "Meter",
	Found:          "What was found",
	UseFor:         "Use for",
	Skip:           "Do not use",
	Accept:         "Use this data",
	Cancel:         "Cancel",
	Accepted:       "Meter data attached. It replaces any bills of the facilities it was used for.",
	TooBig:         "The file is {size} MB; at most 40 MB are read at once: split it by meter or by period.",
	UnitFromHeader: "As the file's header says",
	AtRow:          "row {row}",
	AtRowColumn:    "row {row}, column {column}",
	AtCell:         "cell {cell}",
	AtMeter:        "meter {meter}",
	PeriodMismatch: "The data starts at {start}, but the reporting period starts at {period}: change the period in step 1 or import data for the period.",
	XLSXFailed:     "The workbook could not be read",

	GreenHelp:       "Electricity that is green by contract or by wire. Each kind counts differently, and nothing is counted twice.",
	SuppliesHeading: "Shared renewable plant, microgrid or on-site solar",
	SuppliesHelp:    "A plant connected to your facilities by a direct line (China's green direct connection, 发改能源〔2025〕650号 and 〔2026〕688号). Each hour its output is split among the facilities that draw from it; what nobody takes is exported or curtailed and claimable by nobody.",
	AddSupply:       "Add a shared plant or microgrid",
	AddSolar:        "Add on-site solar",
	SolarHelp:       "Without a generation meter, output is estimated from capacity, place and monthly yield (kWh per kW) with a sun-position model, and marked as an estimate.",
	Plant:           "Plant",
	SupplyName:      "Name",
	Kind:            "Connection",
	Technology:      "Technology",
	Generation:      "Generation from",
	FromMeter:       "Meter data (import it above)",
	FromSolar:       "Estimate for solar",
	Capacity:        "Capacity (kW)",
	Latitude:        "Latitude (°, north positive)",
	Longitude:       "Longitude (°, east positive)",
	UTCOffset:       "Clock (hours from UTC)",
	Yield:           "Monthly yield (kWh per kW)",
	YieldHint:       "From the plant's design report or a monitoring portal, one value per month of the period.",
	Rule:            "How the output is split each hour",
	RuleHelp:        "Pro rata to each facility's load that hour; fixed contracted shares; or a priority order.",
	Reoffer:         "Re-offer what a facility does not take to the others",
	Surplus:         "What happens to output nobody takes",
	Users:           "Facilities that draw from it",
	Draws:           "draws from this plant",
	Share:           "Contracted share (%)",
	NeedsHours:      "A shared plant needs hourly electricity, and {facility} has none yet: choose an operating pattern for its bills, or import its meter data.",
	ChoosePattern:   "Choose an operating pattern",
	SharesSum:       "The shares add up to {sum}, more than 100 %.",
	ImportMeter:     "Import meter data",
	Priority:        "Priority (1 is served first)",
	Kinds:           map[string]string{"direct-line": "Direct line", "microgrid": "Microgrid"},
	Technologies:    map[string]string{"solar": "Solar", "wind": "Wind", "hydro": "Hydro", "biomass": "Biomass", "mixed": "Mixed (needs the plant's emission rate)"},
	Rules:           map[string]string{"pro-rata": "Pro rata to load", "fixed-shares": "Fixed shares", "priority": "Priority order"},
	Surpluses:       map[string]string{"exported": "Exported to the grid", "curtailed": "Curtailed"},
	PPAHeading:      "Power purchase agreements",
	PPAHelp:         "A contract to buy a plant's output. It counts in the market-based figure for the facility it was bought for, after certificates and the direct line.",
	AddPPA:          "Add a power purchase agreement",
	MWh:             "Energy (MWh)",
	Market:          "Country of the plant",
	MarketHint:      "Two capital letters, e.g. CN. Instruments count only in the market where the electricity is used.",
	Evidence:        "Contract reference",
	EvidenceHint:    "What an auditor can ask to see. A contract without it is not counted.",
	Shape:           "Delivery",
	ShapeChoices:    map[string]string{"annual": "A volume over the year (annual matching only)", "flat": "The same amount every hour"},
	CertHeading:     "Green certificates",
	CertHelp:        "Certificates (China's GEC, I-REC, GO, REC) cover energy in the market-based figure when they are retired for your company, in the same market, for a period close to the reporting period. They do not give an actual emission factor for CBAM: only a direct technical connection or a power purchase agreement does.",
	AddCert:         "Add green certificates",
	Scheme:          "Scheme",
	VintageFrom:     "Generated from (YYYY-MM)",
	VintageTo:       "Generated until (YYYY-MM)",
	RetiredFor:      "Retired for",
	RetiredHint:     "The company named on the retirement (cancellation) statement.",
	Serials:         "Serial numbers",
	SerialsHint:     "The range on the retirement statement; it proves the certificates are claimed once.",
	CertFor:         "Claimed for facility",
	ResidualHelp:    "Energy no instrument covers takes the residual mix: in China, the national factor excluding market-traded non-fossil electricity, so that green power sold to others is not counted again.",

	ProductsHelp: "Split each facility's emissions over what it makes, for a figure per unit or per tonne. An 8-digit CN code tells whether the good falls under the EU CBAM.",
	AddProduct:   "Add a product line",
	ProductName:  "Product",
	CN:           "CN code (optional)",
	CNHint:       "The EU Combined Nomenclature code: 8 digits, the first 6 those of the HS code, spaces allowed, e.g. 8504 33 00 for a transformer, 8544 49 95 for an insulated cable for more than 80 V but less than 1,000 V, 8544 49 93 for one of at most 80 V. A buyer's 6-digit HS code is accepted too; where CBAM entries split it (as they split 8544 49), the result asks for the 8 digits.",
	Key:          "Share the facility's emissions by",
	Tonnes:       "Output (tonnes)",
	Units:        "Output (units)",
	MachineHours: "Machine hours",
	Keys:         map[string]string{"mass": "Mass", "units": "Units", "machine-hours": "Machine hours"},

	ResultsHelp: "Computed in your browser from what you entered; every figure opens to show how it was made.",
	Problems:    "Some entries need attention before the results can be computed:",
	GoTo:        "Go to the field",
	PrintReport: "Print the report (or save it as PDF)",
	ExportCSV:   "Save the results (CSV)",
	ExportXLSX:  "Save the results (XLSX)",
	Stale:       "These results are from before your last change, which has a problem.",
	StaleMark:   "Not current",
	StaleSince:  "These are the last results without problems, computed {time}; the project has changed since and has problems to correct.",
	NoResult:    "There is no result to save yet: correct the problems listed above first.",
	Computing:   "Computing…",

	LiveHeading:  "Scope 2 so far",
	LiveLocation: "location-based",
	LiveMarket:   "market-based",

	Places: map[string]string{
		"id": "ID", "format": "Format version", "options": "Options", "period": "Reporting period",
		"facilities": "Facilities", "supplies": "Plants", "certificates": "Green certificates", "contracts": "Power purchase agreements",
		"products": "Products", "fuels": "Fuel", "users": "User", "precursors": "Precursor",
		"grid": "Grid factor", "grid_cfe": "Grid carbon-free share", "electricity": "Electricity", "hourly": "Hourly data",
		"generation": "Metered generation", "values": "Reading", "factor": "Generator's rate", "supplier_factor": "Supplier's rate",
		"solar": "Solar estimate", "profile": "Operating pattern", "vintage": "Vintage", "curtailment": "Curtailment",
	},
}

var zhWizard = WizardText{
	StepsLabel: "评估步骤",
	Steps:      [6]string{"企业与报告期", "设施", "用电", "绿色电力", "产品", "结果"},
	Back:       "上一步",
	Next:       "下一步",
	StepOf:     "第 {n} 步，共 {total} 步",

	ProjectsLabel:  "您的项目",
	ProjectList:    "项目",
	NewProject:     "新建项目",
	Duplicate:      "复制",
	Rename:         "重命名",
	RenameTo:       "此项目的新名称",
	Delete:         "删除",
	Undo:           "撤销",
	Deleted:        "已删除“{name}”。",
	Untitled:       "未命名项目",
	ImportProject:  "打开项目文件",
	ImportHint:     "从 Greenline 导出的 .json 文件，将作为新项目打开，不会替换您已有的内容。",
	ExportProject:  "保存项目文件（JSON）",
	Saved:          "已保存在此浏览器中",
	SavedHint:      "每次修改都会随输入保存在此浏览器中，不会发送到任何地方。",
	ImportFailed:   "此文件不是 Greenline 项目文件",
	CopyOf:         "{name} 的副本",
	SaveFailed:     "未能保存：浏览器未能写入项目。请保存项目文件（JSON）以免丢失。",
	Removed:        "已删除“{name}”。",
	TooLarge:       "文件大于 32 MB",
	NotProject:     "缺少 \"format\": 1 或设施列表",
	HasProblems:    "有问题待处理",
	StorageFull:    "未能保存：此浏览器留给本页面的存储空间已满。项目在此标签页打开期间仍保留在其中；请保存项目文件（JSON）以免丢失。",
	StorageRefused: "未能保存：此浏览器不允许本页面保存任何内容（是否为隐私窗口？）。项目在此标签页打开期间仍保留在其中；请保存项目文件（JSON）以免丢失。",
	OpenElsewhere:  "此项目已在另一个标签页或窗口中打开。为避免双方的修改互相覆盖，只能在那里修改；在那个标签页关闭之前，此处只读显示。",
	EditCopy:       "在此编辑副本",
	NowEditable:    "另一个标签页已关闭：现在可以在此编辑此项目。",

	CompanyHelp:      "由谁报告、报告哪十二个月。买方通常要求按自然年报告。",
	Organisation:     "企业名称",
	OrganisationHint: "法定名称。只有为本企业核销的绿证才能计入。",
	ProjectName:      "本次评估名称（可选）",
	PeriodStart:      "报告期的第一个月",
	PeriodHint:       "年和月，例如 2025-01。报告期为自该月起的十二个月。",

	FacilitiesHelp: "每个购电的厂区。电网区域决定其排放因子：请选择电表所在省份。",
	AddFacility:    "添加设施",
	Remove:         "删除",
	Facility:       "设施",

	ElectricityHelp: "各设施从电网和园区取得的电量，来自电费单或电表数据。电费单足以计算基于位置和基于市场的范围二排放；需要逐时数据的计算（共享电站分配、逐时匹配）需要电表数据，或用运行模式估算各小时电量。",
	Mode:            "您掌握的数据",
	Annual:          "全年合计",
	Monthly:         "十二个月电费单",
	Interval:        "电表数据（15、30 或 60 分钟）",
	Unit:            "单位",
	UnitHint:        "电费单以万千瓦时计？请选 MWh，并将数值乘以 10（1 万千瓦时 = 10 MWh）。",
	AnnualUse:       "报告期用电量",
	MonthsFrom:      "每月电费单",
	ProfileShifts:   "生产班制（用于估算各小时电量）",
	ProfileHint:     "仅当设施从共享电站取电、且只有电费单没有电表数据时需要。据此估算的小时数据标为估算。",
	ShiftsNone:      "无",
	Shifts:          [3]string{"一班（08:00–16:00）", "两班（08:00–24:00）", "全天连续"},
	Days:            "工作日",
	DaysHint:        "已计入中国法定节假日和调休工作日。",
	DayChoices:      [3]string{"周一至周五", "周一至周六", "每天"},
	NoSeries:        "尚无电表数据：请在上方导入文件，并为其中一块电表选择此设施。",
	SeriesFrom:      "自 {start} 起 {hours} 小时，共 {total} 千瓦时，来自 {source}。",

	ImportHeading:  "导入电表数据",
	ImportHelp:     "电表、供电公司或园区运营方导出的 CSV 或 XLSX 文件：一列时间、一列电量，15、30 或 60 分钟；表头可为中文或英文；逗号、分号或制表符分隔；UTF-8 或 GBK 编码。一个文件可含多块电表（表号列）。使用前会先显示识别结果。",
	ImportFile:     "分时数据文件（CSV 或 XLSX）",
	ImportFileHint: "只在此浏览器中读取。最大 40 MB。",
	Reading:        "正在读取文件…",
	Sheet:          "工作表",
	TimeColumn:     "各时段开始时间所在列",
	ValueColumn:    "电量所在列",
	ValueUnit:      "电量单位（文件未注明时）",
	ReadSheet:      "读取这些列",
	Detected:       "识别结果：{rows} 行 {step} 分钟数据，列“{time}”和“{value}”，单位 {unit}，时间 {first} 至 {last}，合计 {total} 千瓦时。",
	MeterRow:       "{rows} 行，{first} 至 {last}，{total} 千瓦时",
	Meter:          "电表",
	Found:          "识别结果",
	UseFor:         "用于",
	Skip:           "不使用",
	Accept:         "使用这些数据",
	Cancel:         "取消",
	Accepted:       "电表数据已关联，将替代相关设施的电费单数据。",
	TooBig:         "文件大小为 {size} MB，一次最多读取 40 MB：请按电表或按期间拆分。",
	UnitFromHeader: "按文件表头所示",
	AtRow:          "第 {row} 行",
	AtRowColumn:    "第 {row} 行第 {column} 列",
	AtCell:         "单元格 {cell}",
	AtMeter:        "电表 {meter}",
	PeriodMismatch: "数据始于 {start}，而报告期始于 {period}：请在第 1 步修改报告期，或导入该报告期的数据。",
	XLSXFailed:     "无法读取此工作簿",

	GreenHelp:       "按合同或按物理线路获得的绿色电力。各类方式计算方法不同，且不会重复计算。",
	SuppliesHeading: "共享新能源电站、微电网或厂内光伏",
	SuppliesHelp:    "通过专线与设施相连的电站（绿电直连，发改能源〔2025〕650号、〔2026〕688号）。每小时的发电量在使用它的设施之间分配；无人使用的电量上网或弃电，任何人都不得计入。",
	AddSupply:       "添加共享电站或微电网",
	AddSolar:        "添加厂内光伏",
	SolarHelp:       "没有发电计量时，根据装机容量、地点和月等效利用小时数（千瓦时/千瓦），用太阳位置模型估算发电量，并标为估算。",
	Plant:           "电站",
	SupplyName:      "名称",
	Kind:            "连接方式",
	Technology:      "技术类型",
	Generation:      "发电量来自",
	FromMeter:       "电表数据（在上方导入）",
	FromSolar:       "光伏估算",
	Capacity:        "装机容量（千瓦）",
	Latitude:        "纬度（°，北纬为正）",
	Longitude:       "经度（°，东经为正）",
	UTCOffset:       "时区（与 UTC 相差的小时数）",
	Yield:           "月等效利用小时数（千瓦时/千瓦）",
	YieldHint:       "取自电站设计报告或监控平台，报告期每月一个数值。",
	Rule:            "每小时发电量的分配方式",
	RuleHelp:        "按各设施当小时负荷比例分配；按合同固定比例分配；或按优先顺序分配。",
	Reoffer:         "设施未用完的份额再分给其他设施",
	Surplus:         "无人使用的电量",
	Users:           "使用该电站的设施",
	Draws:           "从该电站取电",
	Share:           "合同份额（%）",
	NeedsHours:      "共享电站需要逐时用电数据，而{facility}尚无：请为其电费账单选择生产班制，或导入其电表数据。",
	ChoosePattern:   "选择生产班制",
	SharesSum:       "各份额合计为 {sum}，超过 100%。",
	ImportMeter:     "导入电表数据",
	Priority:        "优先级（1 为最先供电）",
	Kinds:           map[string]string{"direct-line": "专线直连", "microgrid": "微电网"},
	Technologies:    map[string]string{"solar": "光伏", "wind": "风电", "hydro": "水电", "biomass": "生物质", "mixed": "混合（需填写电站排放率）"},
	Rules:           map[string]string{"pro-rata": "按负荷比例", "fixed-shares": "固定份额", "priority": "优先顺序"},
	Surpluses:       map[string]string{"exported": "上网", "curtailed": "弃电"},
	PPAHeading:      "购电协议（PPA）",
	PPAHelp:         "购买某电站电量的合同。在基于市场的计算中，它计入所购设施，顺序排在绿证和直连之后。",
	AddPPA:          "添加购电协议",
	MWh:             "电量（兆瓦时）",
	Market:          "电站所在国家",
	MarketHint:      "两个大写字母，例如 CN。环境权益只在用电所在市场内有效。",
	Evidence:        "合同编号",
	EvidenceHint:    "审核人员可以索取查看的文件。没有编号的合同不予计入。",
	Shape:           "交付方式",
	ShapeChoices:    map[string]string{"annual": "全年总量（只做年度匹配）", "flat": "每小时等量"},
	CertHeading:     "绿证",
	CertHelp:        "绿证（中国绿证 GEC、I-REC、GO、REC）为本企业核销、属同一市场且生产期与报告期相近时，在基于市场的计算中覆盖相应电量。绿证不能为 CBAM 提供实际排放因子：只有直接技术连接或购电协议才可以。",
	AddCert:         "添加绿证",
	Scheme:          "类型",
	VintageFrom:     "发电起始月（YYYY-MM）",
	VintageTo:       "发电截止月（YYYY-MM）",
	RetiredFor:      "核销对象",
	RetiredHint:     "核销（注销）证明上写明的企业。",
	Serials:         "证书编号",
	SerialsHint:     "核销证明上的编号区间，用于证明绿证只被声明一次。",
	CertFor:         "计入设施",
	ResidualHelp:    "未被任何环境权益覆盖的电量采用剩余组合因子：在中国为全国电力平均排放因子（不包括市场化交易的非化石能源电量），以免已售给他人的绿电被重复计算。",

	ProductsHelp: "将各设施的排放分摊到其产品上，得到单位产品或每吨产品的排放。8 位 CN 编码可判断产品是否属于欧盟 CBAM 范围。",
	AddProduct:   "添加产品线",
	ProductName:  "产品",
	CN:           "CN 编码（可选）",
	CNHint:       "欧盟合并命名法（CN）编码，8 位数字，前 6 位与 HS 编码相同，可含空格，例如变压器 8504 33 00；电压高于 80 V、低于 1000 V 的绝缘电缆为 8544 49 95，不超过 80 V 的为 8544 49 93。也可只填买方提供的 6 位 HS 编码；若其下的 CBAM 条目各不相同（如 8544 49），结果会提示填写 8 位编码。",
	Key:          "设施排放的分摊依据",
	Tonnes:       "产量（吨）",
	Units:        "产量（件/台）",
	MachineHours: "机时",
	Keys:         map[string]string{"mass": "重量", "units": "件数", "machine-hours": "机时"},

	ResultsHelp: "根据您的输入在浏览器中计算；每个数字都可展开查看计算过程。",
	Problems:    "以下内容需要处理后才能计算结果：",
	GoTo:        "转到该项",
	PrintReport: "打印报告（或另存为 PDF）",
	ExportCSV:   "保存结果（CSV）",
	ExportXLSX:  "保存结果（XLSX）",
	Stale:       "以下为上次有效输入的结果；最近的修改有误，请先更正。",
	StaleMark:   "非最新结果",
	StaleSince:  "以下为 {time} 计算的最近一次无误结果；项目此后已修改，且有问题待更正。",
	NoResult:    "尚无可保存的结果：请先更正上方列出的问题。",
	Computing:   "正在计算…",

	LiveHeading:  "当前范围二排放",
	LiveLocation: "基于位置",
	LiveMarket:   "基于市场",

	Places: map[string]string{
		"id": "编号", "format": "格式版本", "options": "选项", "period": "报告期",
		"facilities": "设施", "supplies": "电站", "certificates": "绿证", "contracts": "购电协议",
		"products": "产品", "fuels": "燃料", "users": "用户", "precursors": "前体材料",
		"grid": "电网排放因子", "grid_cfe": "电网无碳电力比例", "electricity": "用电量", "hourly": "逐时数据",
		"generation": "发电计量数据", "values": "读数", "factor": "发电方排放率", "supplier_factor": "供电商排放率",
		"solar": "光伏估算", "profile": "运营模式", "vintage": "证书生产期", "curtailment": "限电时段",
	},
}

// wizardText is the assessment's text in l.
func wizardText(l Lang) WizardText {
	if l == ZH {
		return zhWizard
	}
	return enWizard
}
