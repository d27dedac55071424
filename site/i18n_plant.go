package site

// PlantText holds the strings of the shared-plant parts of the
// assessment, in one language: the choice of role at the start, the
// operator's fields (users as companies, the province's rules), the
// user's share of a plant, the plant's results and checks, and the
// allocation statements with their printable page.
type PlantText struct {
	// The role, chosen on the first step.
	Role, RoleOwn, RoleOperator, RoleUser, OperatorHelp, UserHelp string

	// The operator's fields.
	Entity, EntityHint, USCC, USCCHint                         string
	Rules688, ExportCap, ExportCapHint, CurtailFrom, CurtailTo string
	CurtailHint, CurtailHours, CurtailHoursHint                string

	// The user's share of a plant.
	SharesHeading, SharesHelp, AddShare, ShareTitle, ShareFor         string
	Source, FromStatement, FromBill, StatementFile, StatementFileHint string
	StatementRead, NotStatement, Operator, SupplyOnBill, Technology   string
	MonthlyGreen, EnteredNote                                         string

	// The operator's results.
	Heading, UsersCaption, ColUser, ColUSCC, ColGreen, ColLoad, ColMarket, ColLocation string
	ChecksCaption, ColCheck, ColFigure, ColResult, ColInForce, ColClause               string
	Pass, Fail, InForce, NotInForce, NotYet, Overridden, Target, ColThreshold          string
	EvidenceHeading                                                                    string

	// The statements.
	StatementsHeading, StatementsHelp, Issue, DownloadAll, Download, Print, Issuing string
	IssuedCount, ColFile, ColHash                                                   string

	// The printable statement (A4).
	Title, Intro, OperatorLabel, UserLabel, SupplyLabel, PeriodLabel, RuleLabel string
	Hours, MonthlyCaption, ColMonth, AnnualLabel, Residual, PlantLabel          string
	Generation, Allocated, Surplus, Entities, Users, StatementHash, ProjectHash string
	HashNote, Factor                                                            string
}

// plantText returns the shared-plant strings of lang.
func plantText(lang Lang) PlantText {
	if lang == ZH {
		return zhPlant
	}
	return enPlant
}

var enPlant = PlantText{
	Role:         "What are you assessing?",
	RoleOwn:      "My company's own electricity",
	RoleOperator: "I run a shared plant (the responsible unit) and split it among its users",
	RoleUser:     "I am one of the users of a shared plant another company runs",
	OperatorHelp: "Company: your company, the responsible unit (主责单位). Facilities: one per user's meter; a meter file with several meters fills them all. Green sources: the plant, its rule, and each user's company. Results: figures per user, the checks of notice 688号, and one allocation statement per user.",
	UserHelp:     "In Green sources, load the allocation statement the operator issued to your company, or enter the monthly green kWh from its bill. Only your share counts: the rest of the plant belongs to the operator's project.",

	Entity:           "Company (legal name)",
	EntityHint:       "The user's legal entity. Leave empty when the facility is your own company's.",
	USCC:             "Unified social credit code (optional)",
	USCCHint:         "统一社会信用代码: 18 characters; its check character is verified.",
	Rules688:         "Province's rules for the plant",
	ExportCap:        "Provincial export cap (%)",
	ExportCapHint:    "Only when your province sets a limit other than the notice's 20 % of the generation.",
	CurtailFrom:      "Curtailment hours each day: from",
	CurtailTo:        "to",
	CurtailHint:      "Hours as 11:00; the plant must not export in them. Leave empty when the province names none.",
	CurtailHours:     "Single curtailment hours",
	CurtailHoursHint: "One hour start per line, as 2025-03-05T12:00.",

	SharesHeading:     "Your share of a shared plant",
	SharesHelp:        "A plant another company runs (the responsible unit) that feeds your facility over a direct line. Its statement proves your share; bills alone are flagged as entered.",
	AddShare:          "Add a plant share",
	ShareTitle:        "Plant share",
	ShareFor:          "Facility that draws from the plant",
	Source:            "What you have from the operator",
	FromStatement:     "Its allocation statement (a .json file)",
	FromBill:          "The monthly green kWh from its bill",
	StatementFile:     "Allocation statement",
	StatementFileHint: "The file the operator issued to your company. It is checked: version, hash, period, company, and that it is counted once.",
	StatementRead:     "Statement {hash} from {operator} for {user}: {green} kWh of green energy from {supply}.",
	NotStatement:      "This file is not an allocation statement: it is not JSON text.",
	Operator:          "Operator (responsible unit)",
	SupplyOnBill:      "Plant, as on the bill",
	Technology:        "Technology",
	MonthlyGreen:      "Green kWh by month, from the bill",
	EnteredNote:       "Figures from a bill are flagged as entered, and the report lists the statement as missing evidence.",

	Heading:         "Shared plant: users and checks",
	UsersCaption:    "Figures per user of {supply}",
	ColUser:         "User (company)",
	ColUSCC:         "Credit code",
	ColGreen:        "Green kWh",
	ColLoad:         "Load kWh",
	ColMarket:       "Market-based tCO2",
	ColLocation:     "Location-based tCO2",
	ChecksCaption:   "Checks of {supply} against the notices",
	ColCheck:        "Requirement",
	ColFigure:       "Figure",
	ColResult:       "Result",
	ColInForce:      "In force",
	ColClause:       "Policy and clause",
	Pass:            "pass",
	Fail:            "fail",
	InForce:         "in force",
	NotInForce:      "from {date}",
	NotYet:          "not in force",
	ColThreshold:    "Required",
	Overridden:      "replaced by the provincial cap",
	Target:          "target",
	EvidenceHeading: "Evidence of {facility}",

	StatementsHeading: "Allocation statements",
	StatementsHelp:    "One statement per user: its hourly green energy and load, the plant's checks, and the hashes that tie it to this project file. Give each user its own file.",
	Issue:             "Issue the statements",
	DownloadAll:       "Download all (ZIP)",
	Download:          "Download",
	Print:             "Print",
	Issuing:           "Issuing…",
	IssuedCount:       "{count} statements issued.",
	ColFile:           "File",
	ColHash:           "SHA-256",

	Title:          "Allocation statement",
	Intro:          "Green energy of a multi-user direct connection allocated hour by hour (发改能源〔2026〕688号), issued by the responsible unit.",
	OperatorLabel:  "Issued by (responsible unit)",
	UserLabel:      "Issued to",
	SupplyLabel:    "Plant",
	PeriodLabel:    "Period",
	RuleLabel:      "Allocation rule",
	Hours:          "{hours} hours from {first}",
	MonthlyCaption: "Green energy and load by month (kWh)",
	ColMonth:       "Month",
	AnnualLabel:    "Period total",
	Residual:       "From the grid",
	PlantLabel:     "The plant over the period",
	Generation:     "Generation",
	Allocated:      "Allocated to users",
	Surplus:        "Surplus",
	Entities:       "Legal entities",
	Users:          "Users",
	StatementHash:  "Statement SHA-256",
	ProjectHash:    "Operator's project file SHA-256",
	HashNote:       "The hourly figures are in the statement's JSON file; its hash is computed over them. With the operator's project file an auditor recomputes the split (greenline verify-statements).",
	Factor:         "Generator factor",
}

var zhPlant = PlantText{
	Role:         "您要做哪种评估？",
	RoleOwn:      "本企业自身用电",
	RoleOperator: "我运营共享电站（主责单位），为各用户分配绿电",
	RoleUser:     "我是他人运营的共享电站的用户之一",
	OperatorHelp: "企业：贵司，即项目主责单位。设施：每个用户的电表一个；一个含多块电表的文件可一次填入。绿色电力：电站、分配规则及各用户所属企业。结果：各用户的数据、688号文的各项核查，以及每个用户一份分配证明。",
	UserHelp:     "在“绿色电力”一步中，载入运营方出具给贵司的分配证明，或填写其账单上的逐月绿电电量。只计入贵司的份额：电站其余电量属于运营方的项目。",

	Entity:           "企业（法人名称）",
	EntityHint:       "该用户的法人实体。若设施属于本企业，请留空。",
	USCC:             "统一社会信用代码（选填）",
	USCCHint:         "18 位，将核验末位校验码。",
	Rules688:         "省级对该电站的规定",
	ExportCap:        "省级上网电量上限（%）",
	ExportCapHint:    "仅当本省规定了不同于通知中总可用发电量 20% 的上限时填写。",
	CurtailFrom:      "每日新能源消纳困难时段：自",
	CurtailTo:        "至",
	CurtailHint:      "时间写作 11:00；该时段内不得向公共电网反送电。本省未规定时请留空。",
	CurtailHours:     "单独的消纳困难小时",
	CurtailHoursHint: "每行一个小时的起点，如 2025-03-05T12:00。",

	SharesHeading:     "贵司在共享电站中的份额",
	SharesHelp:        "由其他企业（主责单位）运营、经直连线路向贵司设施供电的电站。其分配证明可证明贵司的份额；仅凭账单录入的数据将标记为填写值。",
	AddShare:          "添加电站份额",
	ShareTitle:        "电站份额",
	ShareFor:          "从该电站取电的设施",
	Source:            "您从运营方获得的材料",
	FromStatement:     "分配证明（.json 文件）",
	FromBill:          "账单上的逐月绿电电量",
	StatementFile:     "分配证明",
	StatementFileHint: "运营方出具给贵司的文件。将核验其版本、哈希值、期间、企业名称，并确保只计入一次。",
	StatementRead:     "{operator}出具给{user}的分配证明 {hash}：来自{supply}的绿电 {green} 千瓦时。",
	NotStatement:      "该文件不是分配证明：不是 JSON 文本。",
	Operator:          "运营方（主责单位）",
	SupplyOnBill:      "电站（按账单填写）",
	Technology:        "技术类型",
	MonthlyGreen:      "账单上的逐月绿电（千瓦时）",
	EnteredNote:       "根据账单录入的数据标记为填写值，报告将列明缺少分配证明。",

	Heading:         "共享电站：各用户与核查",
	UsersCaption:    "{supply}各用户的数据",
	ColUser:         "用户（企业）",
	ColUSCC:         "信用代码",
	ColGreen:        "绿电（千瓦时）",
	ColLoad:         "用电（千瓦时）",
	ColMarket:       "基于市场（tCO2）",
	ColLocation:     "基于位置（tCO2）",
	ChecksCaption:   "{supply}对照政策文件的核查",
	ColCheck:        "要求",
	ColFigure:       "数值",
	ColResult:       "结果",
	ColInForce:      "是否生效",
	ColClause:       "政策与条款",
	Pass:            "符合",
	Fail:            "不符合",
	InForce:         "已生效",
	NotInForce:      "自 {date} 起",
	NotYet:          "未生效",
	ColThreshold:    "要求",
	Overridden:      "已由省级上限替代",
	Target:          "目标值",
	EvidenceHeading: "{facility}的证明材料",

	StatementsHeading: "分配证明",
	StatementsHelp:    "每个用户一份分配证明：其逐时绿电与用电、电站的核查结果，以及将其与本项目文件关联的哈希值。请将各自的文件交给各用户。",
	Issue:             "出具分配证明",
	DownloadAll:       "全部下载（ZIP）",
	Download:          "下载",
	Print:             "打印",
	Issuing:           "正在出具…",
	IssuedCount:       "已出具 {count} 份分配证明。",
	ColFile:           "文件",
	ColHash:           "SHA-256",

	Title:          "绿电分配证明",
	Intro:          "多用户绿电直连项目逐时分配的绿色电力（发改能源〔2026〕688号），由项目主责单位出具。",
	OperatorLabel:  "出具单位（主责单位）",
	UserLabel:      "出具给",
	SupplyLabel:    "电站",
	PeriodLabel:    "期间",
	RuleLabel:      "分配规则",
	Hours:          "自 {first} 起 {hours} 个小时",
	MonthlyCaption: "逐月绿电与用电（千瓦时）",
	ColMonth:       "月份",
	AnnualLabel:    "期间合计",
	Residual:       "电网购电",
	PlantLabel:     "电站期间数据",
	Generation:     "发电量",
	Allocated:      "分配给用户",
	Surplus:        "余电",
	Entities:       "法人实体数",
	Users:          "用户数",
	StatementHash:  "分配证明 SHA-256",
	ProjectHash:    "运营方项目文件 SHA-256",
	HashNote:       "逐时数据见分配证明的 JSON 文件，其哈希值据此计算。审核人持运营方的项目文件可重新计算分配结果（greenline verify-statements）。",
	Factor:         "发电排放因子",
}
