package calc

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/greenline-calc/greenline/calc/internal/problem"
)

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

// Decode reads a project from JSON. It refuses oversized input, unknown
// fields and trailing data, and reports where the JSON went wrong.
func Decode(data []byte) (Project, error) {
	var p Project
	if len(data) > MaxProjectBytes {
		return p, Errors{problem.New(CodeInputTooBig, "the project is {bytes} bytes; at most {max} are accepted",
			"bytes", strconv.Itoa(len(data)), "max", strconv.Itoa(MaxProjectBytes))}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return p, Errors{jsonError(data, err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return p, Errors{problem.New(CodeTrailing, "unexpected data after the project object")}
	}
	return p, nil
}

// unknownField starts encoding/json's message for a field that
// DisallowUnknownFields refuses.
const unknownField = "json: unknown field "

// jsonError turns a decoding error into an Error naming the field or the
// line and column.
func jsonError(data []byte, err error) Error {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if p := pathAt(data, typeErr.Offset); p != "" {
			field = p // with array indexes, which encoding/json leaves out
		}
		return problem.New(CodeType, "has the wrong type: expected {expected}, found a JSON {found}",
			"expected", jsonKind(typeErr.Type), "found", typeErr.Value).At(field)
	case errors.As(err, &syntaxErr):
		line, col := position(data, syntaxErr.Offset)
		return problem.New(CodeJSON, "line {line}, column {column}: "+syntaxErr.Error(), "line", strconv.Itoa(line), "column", strconv.Itoa(col))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(data, int64(len(data)))
		return problem.New(CodeJSON, "line {line}, column {column}: the project is empty or cut short", "line", strconv.Itoa(line), "column", strconv.Itoa(col))
	case strings.HasPrefix(err.Error(), unknownField):
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), unknownField))
		return problem.New(CodeUnknownField, "\"{name}\" is not a field Greenline reads here", "name", name)
	default:
		return problem.New(CodeUnreadable, "the project cannot be read: {detail}", "detail", err.Error())
	}
}

func position(data []byte, offset int64) (line, col int) {
	line, col = 1, 1
	for _, b := range data[:min(int(offset), len(data))] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// index formats a field path element such as "facilities[2]".
func index(name string, i int) string { return name + "[" + strconv.Itoa(i) + "]" }

// pathAt returns the field path, with array indexes, of the value that ends
// at offset in data ("facilities[2].electricity.annual"), or "" when it
// cannot tell. It re-reads data as tokens, keeping a stack of keys and
// indexes.
func pathAt(data []byte, offset int64) string {
	type frame struct {
		array bool
		key   string
		n     int // values seen so far in an array
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []frame
	expectKey := false
	// value marks one value read in the current container.
	value := func() {
		if len(stack) == 0 {
			return
		}
		top := &stack[len(stack)-1]
		if top.array {
			top.n++
		} else {
			expectKey = true
		}
	}
	path := func() string {
		var b strings.Builder
		for i, f := range stack {
			switch {
			case f.array:
				b.WriteString("[" + strconv.Itoa(f.n) + "]")
			case f.key != "":
				if i > 0 {
					b.WriteByte('.')
				}
				b.WriteString(f.key)
			}
		}
		return b.String()
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if dec.InputOffset() >= offset {
			// The value at offset is the one just read: its path is the
			// stack as it stands (an array's index is the count so far).
			return path()
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, frame{})
				expectKey = true
			case '[':
				stack = append(stack, frame{array: true})
			case '}', ']':
				stack = stack[:len(stack)-1]
				value()
			}
		case string:
			if len(stack) > 0 && !stack[len(stack)-1].array && expectKey {
				stack[len(stack)-1].key = t
				expectKey = false
				continue
			}
			value()
		default:
			value()
		}
	}
}

// jsonKind names the JSON kind a Go type is decoded from: "string",
// "number", "boolean", "array" or "object".
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "object"
}
