package calc

// FormatVersion is the version of the project file format this code reads.
const FormatVersion = 1

// MaxProjectBytes bounds one project file. A year of hourly readings for a
// hundred meters fits well inside it.
const MaxProjectBytes = 32 << 20

// A Project is everything a user enters: the documented, versioned input of
// every calculation (see docs/project-format.md). Numbers are strings so
// that no digit is lost between the page, the file and the core.
type Project struct {
	Format       int           `json:"format"`
	Name         string        `json:"name,omitempty"`
	Organisation string        `json:"organisation,omitempty"` // the reporting company
	Period       *Period       `json:"period,omitempty"`
	Facilities   []Facility    `json:"facilities"`
	Supplies     []Supply      `json:"supplies,omitempty"`
	Certificates []Certificate `json:"certificates,omitempty"`
	Contracts    []Contract    `json:"contracts,omitempty"`
	Fuels        []FuelUse     `json:"fuels,omitempty"`
	Products     []Product     `json:"products,omitempty"`
	PlantShares  []PlantShare  `json:"plant_shares,omitempty"` // shares of plants other companies run (plantshare.go)
	Options      Options       `json:"options,omitzero"`
}

// Options choose what a result includes beyond the figures.
type Options struct {
	Hourly      bool `json:"hourly,omitempty"`       // every hour's green and grid energy of each supply user
	HourlyShare bool `json:"hourly_share,omitempty"` // every hour's matched green share of each facility with hours
}

// A Period is the reporting period: twelve months from the first day of
// the month Start ("2024-01" for calendar year 2024, "2024-07" for July
// 2024 to June 2025). Default factors are chosen for the year it starts in.
type Period struct {
	Start string `json:"start"`
}

// A Facility is one site that consumes electricity from one grid.
type Facility struct {
	ID          string        `json:"id"`
	Name        string        `json:"name,omitempty"`
	Grid        FactorRef     `json:"grid"`
	Electricity Electricity   `json:"electricity"`
	Supplier    *CustomFactor `json:"supplier_factor,omitempty"` // the electricity supplier's own disclosed rate
	GridCFE     *CFEShare     `json:"grid_cfe,omitempty"`        // the grid's carbon-free share, for a CFE score
}

// A FactorRef says which grid factor a facility uses, in one of three ways:
// a row the user picked (Table and Key, as "cn-mee-2023" and
// "province-jiangsu"); the default for a region (Country and Key, chosen
// for the reporting period by factors.Library.Select, with the reason in
// the trace); or a Custom factor, flagged as custom in every output.
type FactorRef struct {
	Table   string        `json:"table,omitempty"`
	Country string        `json:"country,omitempty"`
	Key     string        `json:"key,omitempty"`
	Custom  *CustomFactor `json:"custom,omitempty"`
}

// A CustomFactor is a factor the user enters with its source, such as a
// supplier's disclosed rate.
type CustomFactor struct {
	Value  string `json:"value"`
	Unit   string `json:"unit"`
	Source string `json:"source"`
}

// Electricity is a facility's metered consumption over the reporting
// period, in kWh or MWh: one annual figure, twelve monthly figures, or
// interval data for every hour of the period.
type Electricity struct {
	Unit    string       `json:"unit"`
	Annual  string       `json:"annual,omitempty"`
	Monthly []string     `json:"monthly,omitempty"`
	Hourly  *Series      `json:"hourly,omitempty"`
	Profile *LoadProfile `json:"profile,omitempty"` // to synthesize hours from the bills
}

// Limits on the shape of a project.
const (
	maxFacilities = 1000
	maxTextLen    = 200
)
