package site

// ResultsText holds every string the result view and the printable report
// show, in one language; the page hands it to results.js as JSON. A field
// left out of one language is a compile error only for missing fields of
// nested structs; TestResultsTextComplete checks that none is empty.
//
// Templates take {name} placeholders, filled by results.js with text
// content (never markup).
type ResultsText struct {
	Lang   string `json:"lang"`
	Locale string `json:"locale"` // BCP 47, for the page's number grouping

	Heading          string `json:"heading"`
	OrgHeading       string `json:"orgHeading"`
	LocationBased    string `json:"locationBased"`
	MarketBased      string `json:"marketBased"`
	Scope1           string `json:"scope1"`
	DualNote         string `json:"dualNote"`
	FacilitiesHead   string `json:"facilitiesHeading"`
	Energy           string `json:"energy"`
	InstrumentsCapt  string `json:"instrumentsCaption"` // {facility}
	ColInstrument    string `json:"colInstrument"`
	ColReference     string `json:"colReference"`
	ColStatus        string `json:"colStatus"`
	ColOffered       string `json:"colOffered"`
	ColCovered       string `json:"colCovered"`
	ColFactor        string `json:"colFactor"`
	ColEmissions     string `json:"colEmissions"`
	ColCriteria      string `json:"colCriteria"`
	Accepted         string `json:"accepted"`
	Refused          string `json:"refused"`
	ReasonMet        string `json:"reasonMet"`
	ReasonFailed     string `json:"reasonFailed"`
	ReasonDisclosed  string `json:"reasonDisclosed"`
	ReasonNote       string `json:"reasonNote"`
	Kinds            Kinds  `json:"kinds"`
	SuppliesHead     string `json:"suppliesHeading"`
	Generation       string `json:"generation"`
	Allocated        string `json:"allocated"`
	Surplus          string `json:"surplus"`
	SurplusExported  string `json:"surplusExported"`
	SurplusCurtailed string `json:"surplusCurtailed"`
	Rule             string `json:"rule"`
	Rules            Rules  `json:"rules"`
	UsersCaption     string `json:"usersCaption"` // {supply}
	ColFacility      string `json:"colFacility"`
	Load             string `json:"load"`
	Green            string `json:"green"`
	Residual         string `json:"residual"`
	HourlyMatched    string `json:"hourlyMatched"`

	MatchingHead string `json:"matchingHeading"`
	Hourly       string `json:"hourly"`
	Annual       string `json:"annual"`
	CFE          string `json:"cfe"`
	MatchingDesc string `json:"matchingDesc"`
	Supply       string `json:"supply"`

	RatiosHead      string      `json:"ratiosHeading"`
	RatiosCaption   string      `json:"ratiosCaption"` // {supply}
	RatiosDesc      string      `json:"ratiosDesc"`
	Metrics         Metrics     `json:"metrics"`
	Comparators     Comparators `json:"comparators"`
	ColMetric       string      `json:"colMetric"`
	ColShare        string      `json:"colShare"`
	ColThreshold    string      `json:"colThreshold"`
	ColResult       string      `json:"colResult"`
	ColStanding     string      `json:"colStanding"`
	ColPolicy       string      `json:"colPolicy"`
	Met             string      `json:"met"`
	NotMet          string      `json:"notMet"`
	InForce         string      `json:"inForce"`
	NotInForce      string      `json:"notInForce"` // {date}
	Target          string      `json:"target"`     // {date}
	InForceShort    string      `json:"inForceShort"`
	NotInForceShort string      `json:"notInForceShort"`
	TargetShort     string      `json:"targetShort"`
	MonthlyCaption  string      `json:"monthlyCaption"` // {facility}
	MonthlyDesc     string      `json:"monthlyDesc"`    // {facility}
	Sources         Sources     `json:"sources"`
	Month           string      `json:"month"`
	TableAlt        string      `json:"tableAlt"`
	Legend          string      `json:"legend"`
	HeatCaption     string      `json:"heatCaption"` // {facility}
	HeatDesc        string      `json:"heatDesc"`    // {facility}, {days}
	NoLoad          string      `json:"noLoad"`
	ScaleLabel      string      `json:"scaleLabel"`
	BandsCaption    string      `json:"bandsCaption"`
	Band            string      `json:"band"`
	Hours           string      `json:"hours"`

	ProductsHead string `json:"productsHeading"`
	Product      string `json:"product"`
	PerUnit      string `json:"perUnit"`
	PerTonne     string `json:"perTonne"`
	ProductShare string `json:"productShare"`
	Electricity  string `json:"electricity"`

	CBAMHead       string   `json:"cbamHeading"`
	CN             string   `json:"cn"`
	Coverage       string   `json:"coverage"`
	Coverages      Coverage `json:"coverages"`
	Direct         string   `json:"direct"`
	Indirect       string   `json:"indirect"`
	Precursors     string   `json:"precursors"`
	SEEDirect      string   `json:"seeDirect"`
	SEEIndirect    string   `json:"seeIndirect"`
	SEE            string   `json:"see"`
	IndirectBasis  string   `json:"indirectBasis"`
	Classification string   `json:"classification"`
	Activity       string   `json:"activity"`
	DirectOnly     string   `json:"directOnly"`
	Notes          string   `json:"notes"`

	TraceSummary string `json:"traceSummary"` // {figure}
	Formula      string `json:"formula"`
	Inputs       string `json:"inputs"`
	Factor       string `json:"factor"`
	Table        string `json:"table"`
	Key          string `json:"key"`
	FactorName   string `json:"factorName"`
	Published    string `json:"published"`
	Used         string `json:"used"`
	Citation     string `json:"citation"`
	Verification string `json:"verification"`
	Reason       string `json:"reason"`
	Result       string `json:"result"`
	Exact        string `json:"exact"`
	Unverified   string `json:"unverified"`
	Levels       Levels `json:"levels"`
	Flags        Flags  `json:"flags"`

	HelpResidualMix string `json:"helpResidualMix"`
	HelpCertCBAM    string `json:"helpCertCBAM"`
	HelpHourly      string `json:"helpHourly"`
	HelpMarket      string `json:"helpMarket"`
	HelpLocation    string `json:"helpLocation"`
	HelpRatios      string `json:"helpRatios"`

	Report ReportText `json:"report"`

	NotAvailable string `json:"notAvailable"`
	None         string `json:"none"`
	ListSep      string `json:"listSep"`

	// The exported tables' headers.
	ExportFigure string `json:"exportFigure"`
	ExportValue  string `json:"exportValue"`
	ExportUnit   string `json:"exportUnit"`
	ExportMonths string `json:"exportMonths"`
	ExportTrace  string `json:"exportTrace"`
	ExportStep   string `json:"exportStep"`
	ExportWhat   string `json:"exportWhat"`

	// Unnamed names an item the user left unnamed, by its kind and place.
	Unnamed Unnamed `json:"unnamed"`
}

// Unnamed words an unnamed item: "{n}" is its place in its list.
type Unnamed struct {
	Facility    string `json:"facility"`
	Supply      string `json:"supply"`
	Certificate string `json:"certificate"`
	Contract    string `json:"contract"`
	Product     string `json:"product"`
}

// Kinds name the market-based instruments, keyed as calc names them.
type Kinds struct {
	Certificate string `json:"certificate"`
	DirectLine  string `json:"direct-line"`
	PPA         string `json:"ppa"`
	Supplier    string `json:"supplier"`
	ResidualMix string `json:"residual-mix"`
	GridAverage string `json:"grid-average"`
}

// Rules name the allocation rules of a supply.
type Rules struct {
	ProRata     string `json:"pro-rata"`
	FixedShares string `json:"fixed-shares"`
	Priority    string `json:"priority"`
}

// Metrics name the direct-connection policy ratios.
type Metrics struct {
	UsedOnSite string `json:"self_consumed_share_of_available_generation"`
	GreenShare string `json:"self_consumed_share_of_total_consumption"`
	Exported   string `json:"grid_export_share_of_available_generation"`
}

// Comparators word a threshold's comparison.
type Comparators struct {
	AtLeast string `json:">="`
	AtMost  string `json:"<="`
	Above   string `json:">"`
	Below   string `json:"<"`
}

// Sources name the parts of a facility's monthly electricity.
type Sources struct {
	Direct       string `json:"direct"`
	PPA          string `json:"ppa"`
	Certificates string `json:"certificates"`
	Supplier     string `json:"supplier"`
	Grid         string `json:"grid"`
}

// Coverage words a good's CBAM coverage.
type Coverage struct {
	Covered        string `json:"covered"`
	PartlyCovered  string `json:"partly-covered"`
	Proposed       string `json:"proposed"`
	PartlyProposed string `json:"partly-proposed"`
	NotCovered     string `json:"not-covered"`
}

// Levels word how far a factor's value was verified.
type Levels struct {
	PrimaryVerified   string `json:"primary-verified"`
	TwoSecondaryAgree string `json:"two-secondary-agree"`
	SingleSecondary   string `json:"single-secondary"`
	Custom            string `json:"custom"`
}

// Flags word the marks on figures a reader must treat with care: a short
// label and what it means.
type Flags struct {
	Estimate         string `json:"estimate"`
	EstimateHelp     string `json:"estimateHelp"`
	CustomFactor     string `json:"custom-factor"`
	CustomFactorHelp string `json:"custom-factorHelp"`
	Entered          string `json:"entered"`
	EnteredHelp      string `json:"enteredHelp"`
}

// ReportText is the printable report's own text.
type ReportText struct {
	Title            string `json:"title"`
	Organisation     string `json:"organisation"`
	Project          string `json:"project"`
	Period           string `json:"period"`
	PeriodValue      string `json:"periodValue"` // {from}, {to}
	Generated        string `json:"generated"`
	InputsHead       string `json:"inputsHeading"`
	FacilitiesCapt   string `json:"facilitiesCaption"`
	GridFactor       string `json:"gridFactor"`
	Readings         string `json:"readings"`
	ReadAnnual       string `json:"readAnnual"`  // {value} {unit}
	ReadMonthly      string `json:"readMonthly"` // {unit}
	ReadHourly       string `json:"readHourly"`  // {count}, {step}
	Profile          string `json:"profile"`
	CustomFactor     string `json:"customFactor"` // {value} {unit} {source}
	DefaultFactor    string `json:"defaultFactor"`
	SupplierFactor   string `json:"supplierFactor"`
	SuppliesCapt     string `json:"suppliesCaption"`
	Kind             string `json:"kind"`
	Technology       string `json:"technology"`
	Users            string `json:"users"`
	SolarEstimate    string `json:"solarEstimate"`
	Metered          string `json:"metered"`
	CertsCapt        string `json:"certificatesCaption"`
	Scheme           string `json:"scheme"`
	MWh              string `json:"mwh"`
	Market           string `json:"market"`
	Serials          string `json:"serials"`
	Vintage          string `json:"vintage"`
	RetiredFor       string `json:"retiredFor"`
	ContractsCapt    string `json:"contractsCaption"`
	Evidence         string `json:"evidence"`
	Shape            string `json:"shape"`
	ProductsCapt     string `json:"productsCaption"`
	AllocationKey    string `json:"allocationKey"`
	ResultsHead      string `json:"resultsHeading"`
	CitationsHead    string `json:"citationsHeading"`
	CitationsCapt    string `json:"citationsCaption"`
	ChecklistHead    string `json:"checklistHeading"`
	ChecklistIntro   string `json:"checklistIntro"`
	CheckCert        string `json:"checkCert"`       // {id}, {serials}, {retired}
	CheckContract    string `json:"checkContract"`   // {id}, {evidence}
	CheckMeter       string `json:"checkMeter"`      // {facility}, {count}
	CheckMeterNamed  string `json:"checkMeterNamed"` // {facility}, {meter}, {count}
	MissingMeter     string `json:"missingMeter"`    // {facility}
	CheckBills       string `json:"checkBills"`      // {facility}
	CheckAnnual      string `json:"checkAnnual"`     // {facility}
	CheckEstimate    string `json:"checkEstimate"`   // {facility}
	CheckGeneration  string `json:"checkGeneration"`
	MissingHead      string `json:"missingHeading"`
	MissingSerials   string `json:"missingSerials"`  // {id}
	MissingRetired   string `json:"missingRetired"`  // {id}
	MissingEvidence  string `json:"missingEvidence"` // {id}
	MissingRefused   string `json:"missingRefused"`  // {kind} {id} {facility}
	MissingEstimate  string `json:"missingEstimate"` // {facility}
	MissingSolar     string `json:"missingSolar"`    // {supply}
	NothingMissing   string `json:"nothingMissing"`
	FlagsHead        string `json:"flagsHeading"`
	NoFlags          string `json:"noFlags"`
	FlaggedFigure    string `json:"flaggedFigure"` // {figure}, {flag}
	IntegrityHead    string `json:"integrityHeading"`
	InputHash        string `json:"inputHash"`
	HashHow          string `json:"hashHow"`
	AppVersion       string `json:"appVersion"`
	TableVersions    string `json:"tableVersions"`
	Unknown          string `json:"unknown"`
	ReportLabel      string `json:"reportLabel"`
	ChecklistCaption string `json:"checklistCaption"`
	Item             string `json:"item"`
	Done             string `json:"done"`
}

// resultsText is the result view's text in lang.
func resultsText(l Lang) ResultsText {
	if l == ZH {
		return zhResults
	}
	return enResults
}

var enResults = ResultsText{
	Lang:            "en",
	Locale:          "en",
	Heading:         "Results",
	OrgHeading:      "Your organisation",
	LocationBased:   "Location-based Scope 2",
	MarketBased:     "Market-based Scope 2",
	Scope1:          "Scope 1 (fuels burned on site)",
	DualNote:        "Both Scope 2 figures are reported side by side, as the GHG Protocol Scope 2 Guidance requires.",
	FacilitiesHead:  "By facility",
	Energy:          "Electricity consumed",
	InstrumentsCapt: "Instruments applied to {facility}, in the order they cover consumption",
	ColInstrument:   "Instrument",
	ColReference:    "Reference",
	ColStatus:       "Status",
	ColOffered:      "Offered",
	ColCovered:      "Covered",
	ColFactor:       "Factor",
	ColEmissions:    "Emissions",
	ColCriteria:     "Quality Criteria and reasons",
	Accepted:        "Accepted",
	Refused:         "Refused",
	ReasonMet:       "Met",
	ReasonFailed:    "Failed",
	ReasonDisclosed: "Disclosed",
	ReasonNote:      "Note",
	Kinds: Kinds{
		Certificate: "Energy attribute certificate",
		DirectLine:  "Direct line",
		PPA:         "Power purchase agreement (PPA)",
		Supplier:    "Supplier-specific rate",
		ResidualMix: "Residual mix",
		GridAverage: "Grid average (no residual mix available)",
	},
	SuppliesHead:     "Green direct-line supplies",
	Generation:       "Generation",
	Allocated:        "Taken by the users",
	Surplus:          "Surplus, claimable by nobody",
	SurplusExported:  "exported to the grid",
	SurplusCurtailed: "curtailed",
	Rule:             "Allocation rule",
	Rules:            Rules{ProRata: "pro rata to each hour's load", FixedShares: "fixed contracted shares", Priority: "priority order"},
	UsersCaption:     "Users of {supply}",
	ColFacility:      "Facility",
	Load:             "Load",
	Green:            "Green, from the direct line",
	Residual:         "From the grid",
	HourlyMatched:    "Hourly matched share",

	MatchingHead: "Hourly and annual matching",
	Hourly:       "Hourly matching",
	Annual:       "Annual matching",
	CFE:          "Carbon-free energy score (CFE)",
	MatchingDesc: "Bars compare, for each facility and supply, the share of consumption matched hour by hour with the share matched over the whole year.",
	Supply:       "Supply",

	RatiosHead:    "Policy ratios of the direct connection",
	RatiosCaption: "Policy ratios of {supply} against the published thresholds",
	RatiosDesc:    "Each bar is one ratio of the supply; each tick is a published threshold, marked met or not met in words.",
	Metrics: Metrics{
		UsedOnSite: "Share of the available generation used on site",
		GreenShare: "Share of the total consumption that is green",
		Exported:   "Share of the available generation exported to the grid",
	},
	Comparators:     Comparators{AtLeast: "at least", AtMost: "at most", Above: "more than", Below: "less than"},
	ColMetric:       "Ratio",
	ColShare:        "Value",
	ColThreshold:    "Threshold",
	ColResult:       "Result",
	ColStanding:     "Standing",
	ColPolicy:       "Policy and clause",
	Met:             "✓ met",
	NotMet:          "✗ not met",
	InForce:         "in force for this period",
	NotInForce:      "not in force for this period (applies from {date}); shown for information",
	Target:          "a target to reach ({date}), not yet required",
	InForceShort:    "in force",
	NotInForceShort: "not in force for this period",
	TargetShort:     "target, not yet required",
	MonthlyCaption:  "Electricity of {facility} by month and source, kWh",
	MonthlyDesc:     "Stacked bars, one per month, for {facility}: direct line, PPA, certificates, supplier rate and grid; each bar adds up to the month's consumption.",
	Sources: Sources{
		Direct:       "Direct line (green)",
		PPA:          "PPA",
		Certificates: "Certificates",
		Supplier:     "Supplier rate",
		Grid:         "Grid",
	},
	Month:        "Month",
	TableAlt:     "The same figures as a table",
	Legend:       "Legend",
	HeatCaption:  "Hour-by-hour matched green share of {facility}",
	HeatDesc:     "Heat map of {facility}: {days} days across, the 24 hours of the day down; the darker the cell, the larger the share of that hour's load met by green energy in the same hour. Hatched cells are hours with no load.",
	NoLoad:       "No load in this hour",
	ScaleLabel:   "Share of the hour's load met by green energy in the same hour",
	BandsCaption: "Hours of {facility} by matched green share",
	Band:         "Matched share",
	Hours:        "Hours",

	ProductsHead: "Products",
	Product:      "Product line",
	PerUnit:      "Per unit",
	PerTonne:     "Per tonne",
	ProductShare: "Share of the facility",
	Electricity:  "Electricity",

	CBAMHead:       "EU CBAM embedded emissions",
	CN:             "CN code",
	Coverage:       "CBAM coverage",
	Coverages:      Coverage{Covered: "covered", PartlyCovered: "partly covered", Proposed: "proposed (not covered today)", PartlyProposed: "partly proposed", NotCovered: "not covered"},
	Direct:         "Direct emissions",
	Indirect:       "Indirect emissions",
	Precursors:     "Precursors",
	SEEDirect:      "SEE, direct",
	SEEIndirect:    "SEE, indirect",
	SEE:            "Specific embedded emissions (SEE) counted",
	IndirectBasis:  "Basis of the indirect emissions",
	Classification: "Classification",
	Activity:       "Activity level",
	DirectOnly:     "Only direct emissions count for this good (Annex II).",
	Notes:          "Notes",

	TraceSummary: "How {figure} was computed",
	Formula:      "Formula",
	Inputs:       "Inputs",
	Factor:       "Emission factor",
	Table:        "Table",
	Key:          "Key",
	FactorName:   "Name",
	Published:    "Published value",
	Used:         "Value used",
	Citation:     "Citation",
	Verification: "Verification",
	Reason:       "Why this factor",
	Result:       "Result",
	Exact:        "Exact value",
	Unverified:   "unverified",
	Levels: Levels{
		PrimaryVerified:   "read from the issuing body's own document",
		TwoSecondaryAgree: "two independent secondary copies agree; official document not read",
		SingleSecondary:   "one secondary copy only",
		Custom:            "entered by the user",
	},
	Flags: Flags{
		Estimate:         "estimate",
		EstimateHelp:     "Rests on a synthesized profile (monthly bills spread over the hours, or solar output modelled from capacity and location), not on meter data.",
		CustomFactor:     "custom factor",
		CustomFactorHelp: "Rests on an emission factor entered by the user (custom grid factor, supplier rate or generator rate), not on a published table.",
		Entered:          "entered",
		EnteredHelp:      "An emissions figure entered by the user, not computed by Greenline.",
	},

	HelpResidualMix: "The residual mix is the grid's emission factor once the green electricity sold under contracts and certificates has been taken out, so that it is not counted twice. In China, the national factor excluding market-traded non-fossil electricity plays this role.",
	HelpCertCBAM:    "Green certificates lower market-based Scope 2, but not CBAM's indirect emissions: an actual electricity factor under CBAM needs a direct technical connection or a power purchase agreement; otherwise the grid factor applies.",
	HelpHourly:      "Hourly matching counts green energy only in the hour it was produced: a surplus at noon does not cover the night. Annual matching sets a year of green energy against a year of consumption, and is always at least as high.",
	HelpMarket:      "Market-based Scope 2 uses the contracts and certificates you hold, checked against the GHG Protocol Scope 2 Quality Criteria, and the residual mix for the rest.",
	HelpLocation:    "Location-based Scope 2 uses the average emission factor of the grid where the electricity is consumed.",
	HelpRatios:      "The direct-connection notices set thresholds on how much of the plant's output is used on site, how much of the consumption is green and how much is exported. They are checked on the exact energies, not on the rounded percentages.",

	Report: ReportText{
		Title:            "Electricity and carbon report",
		Organisation:     "Organisation",
		Project:          "Project",
		Period:           "Reporting period",
		PeriodValue:      "{from} to {to}",
		Generated:        "Generated",
		InputsHead:       "Inputs",
		FacilitiesCapt:   "Facilities",
		GridFactor:       "Grid factor",
		Readings:         "Electricity data",
		ReadAnnual:       "one annual figure: {value} {unit}",
		ReadMonthly:      "12 monthly bills, {unit}",
		ReadHourly:       "meter data: {count} readings, every {step} minutes",
		Profile:          "hours synthesized from the bills (estimate)",
		CustomFactor:     "custom factor {value} {unit}; source: {source}",
		DefaultFactor:    "default for the region",
		SupplierFactor:   "Supplier rate",
		SuppliesCapt:     "Direct-line supplies",
		Kind:             "Kind",
		Technology:       "Technology",
		Users:            "Users",
		SolarEstimate:    "generation modelled from capacity and location (estimate)",
		Metered:          "metered generation",
		CertsCapt:        "Certificates",
		Scheme:           "Scheme",
		MWh:              "MWh",
		Market:           "Market",
		Serials:          "Serial numbers",
		Vintage:          "Vintage",
		RetiredFor:       "Retired for",
		ContractsCapt:    "Power purchase agreements",
		Evidence:         "Evidence",
		Shape:            "Delivery shape",
		ProductsCapt:     "Product lines",
		AllocationKey:    "Allocation key",
		ResultsHead:      "Results",
		CitationsHead:    "Emission factors used and their sources",
		CitationsCapt:    "Every distinct factor behind the figures",
		ChecklistHead:    "Evidence checklist for the auditor",
		ChecklistIntro:   "Documents an auditor will ask for, one line each; tick them off as you collect them.",
		CheckCert:        "Certificate {id}: redemption statement for serials {serials}, retired for {retired}",
		CheckContract:    "Contract {id}: contract document, reference {evidence}",
		CheckMeter:       "{facility}: meter data export ({count} readings) and the meter's identification",
		CheckMeterNamed:  "{facility}: meter data from {meter} ({count} readings): the export and the meter's calibration record",
		MissingMeter:     "{facility}: which meter the interval data comes from",
		CheckBills:       "{facility}: the 12 monthly electricity bills",
		CheckAnnual:      "{facility}: the bills or statement behind the annual figure",
		CheckEstimate:    "{facility}: the bills behind the estimate, and the operating pattern assumed",
		CheckGeneration:  "{supply}: generation meter data of the plant and the direct-line connection documents",
		MissingHead:      "Still missing",
		MissingSerials:   "Certificate {id}: no serial numbers given",
		MissingRetired:   "Certificate {id}: not recorded as retired for anyone",
		MissingEvidence:  "Contract {id}: no evidence reference (it is refused until one is given)",
		MissingRefused:   "{kind} {id} for {facility} was refused: {reasons}",
		MissingEstimate:  "{facility}: estimated hourly profile; replace it with meter data",
		MissingSolar:     "{supply}: modelled solar generation; replace it with the plant's meter data",
		NothingMissing:   "Nothing is missing.",
		FlagsHead:        "Figures to read with care",
		NoFlags:          "No figure rests on an estimate, a custom factor or an entered figure.",
		FlaggedFigure:    "{figure}: {flag}",
		IntegrityHead:    "Input fingerprint and versions",
		InputHash:        "SHA-256 of the project file",
		HashHow:          "To check that this report belongs to a project file, export the file from Greenline and compute its SHA-256: sha256sum project.json (Linux), shasum -a 256 project.json (macOS) or certutil -hashfile project.json SHA256 (Windows). The result must equal the hash above.",
		AppVersion:       "Greenline version",
		TableVersions:    "Factor tables (id@version)",
		Unknown:          "not given",
		ReportLabel:      "Printable report",
		ChecklistCaption: "Evidence to collect",
		Item:             "Item",
		Done:             "Collected",
	},

	NotAvailable: "n/a",
	None:         "none",
	ListSep:      "; ",
	ExportFigure: "Figure",
	ExportValue:  "Value",
	ExportUnit:   "Unit",
	ExportMonths: "Months",
	ExportTrace:  "Trace",
	ExportStep:   "Step",
	ExportWhat:   "What is computed",
	Unnamed:      Unnamed{Facility: "Facility {n}", Supply: "Plant {n}", Certificate: "Certificate {n}", Contract: "PPA {n}", Product: "Product {n}"},
}

var zhResults = ResultsText{
	Lang:            "zh",
	Locale:          "zh-CN",
	Heading:         "计算结果",
	OrgHeading:      "企业合计",
	LocationBased:   "基于位置的范围二排放",
	MarketBased:     "基于市场的范围二排放",
	Scope1:          "范围一排放（现场燃料燃烧）",
	DualNote:        "按《温室气体核算体系范围二指南》的要求，两种范围二排放并列报告。",
	FacilitiesHead:  "各厂区",
	Energy:          "用电量",
	InstrumentsCapt: "{facility}采用的凭证，按抵扣用电量的顺序",
	ColInstrument:   "凭证类型",
	ColReference:    "编号",
	ColStatus:       "状态",
	ColOffered:      "凭证电量",
	ColCovered:      "抵扣电量",
	ColFactor:       "排放因子",
	ColEmissions:    "排放量",
	ColCriteria:     "质量标准及理由",
	Accepted:        "采纳",
	Refused:         "不予采纳",
	ReasonMet:       "符合",
	ReasonFailed:    "不符合",
	ReasonDisclosed: "已披露",
	ReasonNote:      "说明",
	Kinds: Kinds{
		Certificate: "绿证（能源属性证书）",
		DirectLine:  "绿电直连",
		PPA:         "购电协议（PPA）",
		Supplier:    "售电公司披露的排放因子",
		ResidualMix: "余量电力排放因子",
		GridAverage: "电网平均排放因子（无余量电力排放因子）",
	},
	SuppliesHead:     "绿电直连电源",
	Generation:       "发电量",
	Allocated:        "用户自发自用电量",
	Surplus:          "余电（任何用户均不得主张）",
	SurplusExported:  "上网",
	SurplusCurtailed: "弃电",
	Rule:             "分配规则",
	Rules:            Rules{ProRata: "按每小时负荷比例分配", FixedShares: "按约定固定比例分配", Priority: "按优先顺序分配"},
	UsersCaption:     "{supply}的用户",
	ColFacility:      "厂区",
	Load:             "用电量",
	Green:            "直连绿电",
	Residual:         "电网购电",
	HourlyMatched:    "逐时匹配比例",

	MatchingHead: "逐时匹配与年度匹配",
	Hourly:       "逐时匹配",
	Annual:       "年度匹配",
	CFE:          "无碳电力得分（CFE）",
	MatchingDesc: "条形图对比各厂区和各电源逐时匹配的绿电比例与全年匹配的绿电比例。",
	Supply:       "电源",

	RatiosHead:    "绿电直连政策比例",
	RatiosCaption: "{supply}的政策比例与公布门槛对照",
	RatiosDesc:    "每根条形代表电源的一项比例，刻度线为公布的门槛，并以文字标明是否达标。",
	Metrics: Metrics{
		UsedOnSite: "自发自用电量占总可用发电量的比例",
		GreenShare: "自发自用电量占总用电量的比例",
		Exported:   "上网电量占总可用发电量的比例",
	},
	Comparators:     Comparators{AtLeast: "不低于", AtMost: "不超过", Above: "高于", Below: "低于"},
	ColMetric:       "比例",
	ColShare:        "数值",
	ColThreshold:    "门槛",
	ColResult:       "结果",
	ColStanding:     "效力",
	ColPolicy:       "政策及条款",
	Met:             "✓ 达标",
	NotMet:          "✗ 未达标",
	InForce:         "本报告期内已生效",
	NotInForce:      "本报告期内尚未生效（自{date}起适用），仅供参考",
	Target:          "阶段性目标（{date}），目前尚非强制要求",
	InForceShort:    "已生效",
	NotInForceShort: "本报告期内未生效",
	TargetShort:     "阶段性目标，尚非强制",
	MonthlyCaption:  "{facility}分月、分来源用电量（kWh）",
	MonthlyDesc:     "{facility}的堆积柱状图，每月一根：直连绿电、购电协议、绿证、售电公司因子和电网购电，各月合计等于当月用电量。",
	Sources: Sources{
		Direct:       "直连绿电",
		PPA:          "购电协议",
		Certificates: "绿证",
		Supplier:     "售电公司因子",
		Grid:         "电网",
	},
	Month:        "月份",
	TableAlt:     "以表格查看相同数据",
	Legend:       "图例",
	HeatCaption:  "{facility}逐时绿电匹配比例",
	HeatDesc:     "{facility}的热力图：横向为{days}天，纵向为一天24小时；颜色越深，该小时负荷中由同一小时绿电满足的比例越高。斜线格表示该小时无负荷。",
	NoLoad:       "该小时无负荷",
	ScaleLabel:   "该小时负荷中由同一小时绿电满足的比例",
	BandsCaption: "{facility}各匹配比例区间的小时数",
	Band:         "匹配比例",
	Hours:        "小时数",

	ProductsHead: "产品",
	Product:      "产品线",
	PerUnit:      "单位产品",
	PerTonne:     "每吨产品",
	ProductShare: "占厂区的份额",
	Electricity:  "用电量",

	CBAMHead:       "欧盟碳边境调节机制（CBAM）隐含排放",
	CN:             "CN编码",
	Coverage:       "CBAM覆盖范围",
	Coverages:      Coverage{Covered: "已覆盖", PartlyCovered: "部分覆盖", Proposed: "拟纳入（目前未覆盖）", PartlyProposed: "部分拟纳入", NotCovered: "不在覆盖范围内"},
	Direct:         "直接排放",
	Indirect:       "间接排放",
	Precursors:     "前体材料",
	SEEDirect:      "单位隐含排放（直接）",
	SEEIndirect:    "单位隐含排放（间接）",
	SEE:            "计入的单位产品隐含排放（SEE）",
	IndirectBasis:  "间接排放的计算依据",
	Classification: "归类",
	Activity:       "产量",
	DirectOnly:     "该产品仅计直接排放（附件二）。",
	Notes:          "说明",

	TraceSummary: "{figure}的计算过程",
	Formula:      "公式",
	Inputs:       "输入",
	Factor:       "排放因子",
	Table:        "因子表",
	Key:          "键",
	FactorName:   "名称",
	Published:    "公布值",
	Used:         "采用值",
	Citation:     "出处",
	Verification: "核实程度",
	Reason:       "选用理由",
	Result:       "结果",
	Exact:        "精确值",
	Unverified:   "未核实",
	Levels: Levels{
		PrimaryVerified:   "取自发布机构的原始文件",
		TwoSecondaryAgree: "两个独立的二手来源一致；未读到官方原文",
		SingleSecondary:   "仅一个二手来源",
		Custom:            "用户自行填写",
	},
	Flags: Flags{
		Estimate:         "估算",
		EstimateHelp:     "基于合成的负荷曲线（按月度电费单分摊到各小时，或按装机容量和地理位置模拟的光伏出力），而非电表数据。",
		CustomFactor:     "自定义因子",
		CustomFactorHelp: "基于用户自行填写的排放因子（自定义电网因子、售电公司因子或发电方因子），而非公开发布的因子表。",
		Entered:          "手工填报",
		EnteredHelp:      "由用户直接填报的排放量，并非Greenline计算所得。",
	},

	HelpResidualMix: "余量电力排放因子是把已通过合同和绿证售出的绿色电力剔除后的电网排放因子，以免同一份绿电被重复计算。在中国，由“全国电力平均二氧化碳排放因子（不包括市场化交易的非化石能源电量）”承担这一角色。",
	HelpCertCBAM:    "绿证可以降低基于市场的范围二排放，但不能降低CBAM的间接排放：CBAM下采用实际电力排放因子，须有直接技术连接（如绿电直连）或购电协议；否则一律采用电网排放因子。",
	HelpHourly:      "逐时匹配只在绿电发出的同一小时内计入：中午多发的电不能抵扣夜间用电。年度匹配则把全年绿电与全年用电量相比，结果总不低于逐时匹配。",
	HelpMarket:      "基于市场的范围二排放采用企业持有的合同和绿证（须符合《温室气体核算体系范围二指南》的质量标准），其余用电量采用余量电力排放因子。",
	HelpLocation:    "基于位置的范围二排放采用用电所在电网的平均排放因子。",
	HelpRatios:      "绿电直连政策文件对自发自用电量占总可用发电量的比例、占总用电量的比例以及上网电量比例设定了门槛。达标判断基于精确电量，而非四舍五入后的百分比。",

	Report: ReportText{
		Title:            "用电与碳排放报告",
		Organisation:     "报告主体",
		Project:          "项目",
		Period:           "报告期",
		PeriodValue:      "{from}至{to}",
		Generated:        "生成日期",
		InputsHead:       "输入数据",
		FacilitiesCapt:   "厂区",
		GridFactor:       "电网排放因子",
		Readings:         "用电数据",
		ReadAnnual:       "全年用电量：{value} {unit}",
		ReadMonthly:      "12个月电费单，单位{unit}",
		ReadHourly:       "电表数据：{count}个读数，每{step}分钟一个",
		Profile:          "由电费单合成的逐时负荷（估算）",
		CustomFactor:     "自定义因子 {value} {unit}；来源：{source}",
		DefaultFactor:    "该地区默认因子",
		SupplierFactor:   "售电公司因子",
		SuppliesCapt:     "绿电直连电源",
		Kind:             "类型",
		Technology:       "发电技术",
		Users:            "用户",
		SolarEstimate:    "按装机容量和地理位置模拟的发电量（估算）",
		Metered:          "实测发电量",
		CertsCapt:        "绿证",
		Scheme:           "证书体系",
		MWh:              "兆瓦时（MWh）",
		Market:           "市场",
		Serials:          "证书编号",
		Vintage:          "生产期",
		RetiredFor:       "核销对象",
		ContractsCapt:    "购电协议",
		Evidence:         "证明材料",
		Shape:            "交付曲线",
		ProductsCapt:     "产品线",
		AllocationKey:    "分摊依据",
		ResultsHead:      "结果",
		CitationsHead:    "所用排放因子及出处",
		CitationsCapt:    "各项结果所依据的全部排放因子",
		ChecklistHead:    "核查材料清单",
		ChecklistIntro:   "核查人员会要求提供的材料，每项一行；收集后逐项勾选。",
		CheckCert:        "绿证{id}：编号{serials}的核销凭证，核销对象为{retired}",
		CheckContract:    "合同{id}：合同文件，编号{evidence}",
		CheckMeter:       "{facility}：电表数据导出文件（{count}个读数）及电表编号",
		CheckMeterNamed:  "{facility}：来自 {meter} 的电表数据（{count}个读数）：导出文件及电表检定记录",
		MissingMeter:     "{facility}：分时数据来自哪块电表",
		CheckBills:       "{facility}：12个月的电费单",
		CheckAnnual:      "{facility}：全年用电量所依据的电费单或结算单",
		CheckEstimate:    "{facility}：估算所依据的电费单及假定的生产班次",
		CheckGeneration:  "{supply}：电站发电计量数据及直连接入文件",
		MissingHead:      "尚缺材料",
		MissingSerials:   "绿证{id}：未填写证书编号",
		MissingRetired:   "绿证{id}：未记录核销对象",
		MissingEvidence:  "合同{id}：无证明材料编号（提供前不予采纳）",
		MissingRefused:   "{facility}的{kind} {id}未被采纳：{reasons}",
		MissingEstimate:  "{facility}：逐时负荷为估算值，请以电表数据替换",
		MissingSolar:     "{supply}：光伏发电量为模拟值，请以电站计量数据替换",
		NothingMissing:   "材料齐全。",
		FlagsHead:        "需审慎看待的数据",
		NoFlags:          "没有任何结果依赖估算、自定义因子或手工填报的数据。",
		FlaggedFigure:    "{figure}：{flag}",
		IntegrityHead:    "输入数据指纹及版本",
		InputHash:        "项目文件的SHA-256值",
		HashHow:          "如需确认本报告对应哪个项目文件，请从Greenline导出该文件并计算其SHA-256：Linux用 sha256sum project.json，macOS用 shasum -a 256 project.json，Windows用 certutil -hashfile project.json SHA256。结果应与上方的值一致。",
		AppVersion:       "Greenline版本",
		TableVersions:    "因子表（编号@版本）",
		Unknown:          "未填写",
		ReportLabel:      "可打印报告",
		ChecklistCaption: "待收集的材料",
		Item:             "材料",
		Done:             "已收集",
	},

	NotAvailable: "不适用",
	None:         "无",
	ListSep:      "；",
	ExportFigure: "指标",
	ExportValue:  "数值",
	ExportUnit:   "单位",
	ExportMonths: "逐月",
	ExportTrace:  "计算过程",
	ExportStep:   "步骤",
	ExportWhat:   "计算内容",
	Unnamed:      Unnamed{Facility: "设施 {n}", Supply: "电站 {n}", Certificate: "绿证 {n}", Contract: "购电协议 {n}", Product: "产品 {n}"},
}
