package calc

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/greenline-calc/greenline/calc/codec"
	"github.com/shopspring/decimal"
)

// A Result is everything Greenline computes for one project. It is encoded
// as JSON by Marshal, byte for byte the same in the browser, the CLI and
// the Worker.
type Result struct {
	Format        int              `json:"format"`
	LocationBased Figure           `json:"location_based"`
	MarketBased   Figure           `json:"market_based"`
	Facilities    []FacilityResult `json:"facilities"`
	Scope1        Figure           `json:"scope1"`
	Supplies      []SupplyResult   `json:"supplies,omitempty"`
	Products      []ProductResult  `json:"products,omitempty"`
}

// A FacilityResult is the outcome for one facility: both Scope 2 figures
// side by side (dual reporting) and the instruments behind the
// market-based one.
type FacilityResult struct {
	ID            string       `json:"id"`
	Name          string       `json:"name,omitempty"`
	Energy        Quantity     `json:"energy"`
	Scope1        Figure       `json:"scope1"`
	LocationBased Figure       `json:"location_based"`
	MarketBased   Figure       `json:"market_based"`
	Instruments   []Instrument `json:"instruments"`
	Matching      *UserMatch   `json:"matching,omitempty"`
	// Monthly is the energy of every month of the period by source, for
	// charts; nil when the consumption per month is unknown (one annual
	// figure without a profile) or there is no period.
	Monthly []FacilityMonth `json:"monthly,omitempty"`
	// HourlyShare is the hourly-matched green share of every hour, for a
	// heat map; only with options.hourly_share and when the facility has
	// hours.
	HourlyShare *HourlyShare `json:"hourly_share,omitempty"`
	// Evidence lists the documents behind the facility's figures, and
	// those that are missing (plantshare.go).
	Evidence []Note `json:"evidence,omitempty"`
}

// A FacilityMonth is one month of a facility's consumption by source, in
// kWh with three decimals, in the instrument order of the market-based
// method. The parts add up to Load exactly, and each part summed over the
// months equals what the instruments of that kind cover in the
// market-based method. Energy the market-based method applies over the
// whole period (certificates, PPAs shaped "annual", and what a shaped PPA
// delivers beyond a month's uncovered load) is spread over the months in
// proportion to the energy still uncovered in each (see doc.go); it is a
// presentation for charts and changes no figure.
type FacilityMonth struct {
	Month        string `json:"month"` // YYYY-MM
	Load         string `json:"load"`
	Certificates string `json:"certificates"` // covered by accepted certificates
	Direct       string `json:"direct"`       // from the direct line, as allocated hour by hour
	PPA          string `json:"ppa"`          // covered by accepted PPAs
	Supplier     string `json:"supplier"`     // at the supplier's rate; "0.000" without one
	Grid         string `json:"grid"`         // the rest: residual mix, or grid average where there is none
}

// HourlyShare is a facility's hourly-matched green share in every hour of
// the period, hour 0 being 00:00–01:00 on the period's first day: in
// permille, ⌊1000 × green ÷ load⌋, with green what hourly matching counts
// in that hour (the direct line unless fossil-rated, and accepted PPAs
// shaped flat or hourly, up to the hour's load), and −1 for an hour
// without load.
type HourlyShare struct {
	Start    string   `json:"start"` // local time of hour 0, "2024-01-01T00:00"
	Permille []int    `json:"permille"`
	Flags    []string `json:"flags,omitempty"` // "estimate" when the hours rest on a synthesized profile
}

// UserMatch is a facility's hourly-matched share (direct-line energy taken
// in the same hour) beside its annual-matched share (all accepted green
// energy of the year: direct line, certificates, PPAs, against the year's
// consumption).
type UserMatch struct {
	Hourly Share     `json:"hourly"`
	Annual Share     `json:"annual"`
	CFE    *CFEScore `json:"cfe,omitempty"` // when the grid's carbon-free shares are given
	Flags  []string  `json:"flags,omitempty"`
}

// A Quantity is an exact number with its unit, as text.
type Quantity struct {
	Name  string `json:"name,omitempty"`
	Value string `json:"value"`
	Unit  string `json:"unit"`
}

// A Figure is one reported number, rounded once by the rule in doc.go, with
// the steps that produced it.
type Figure struct {
	Value string   `json:"value"` // rounded for reporting
	Unit  string   `json:"unit"`
	Exact string   `json:"exact"` // before rounding
	Flags []string `json:"flags,omitempty"`
	Trace []Step   `json:"trace"`
}

// A Step is one line of a figure's trace: what was computed (a code with
// its parameters, and the same in English), how, from what. Facilities,
// users and products are named in the parameters as the user named them.
type Step struct {
	Code    string            `json:"code"`
	Params  map[string]string `json:"params,omitempty"`
	What    string            `json:"what"` // English, made from Code's wording and Params
	Formula string            `json:"formula"`
	Inputs  []Quantity        `json:"inputs,omitempty"`
	Factor  *FactorUse        `json:"factor,omitempty"`
	Result  Quantity          `json:"result"`
}

// A FactorUse records the factor a step used, with its source.
type FactorUse struct {
	Table        string   `json:"table"` // id@version
	Key          string   `json:"key"`
	NameEN       string   `json:"name_en"`
	NameZH       string   `json:"name_zh,omitempty"`
	Published    Quantity `json:"published"` // as printed by the publisher
	Used         Quantity `json:"used"`      // converted to the unit of the formula
	Scope        string   `json:"scope"`
	Gas          string   `json:"gas"`
	Verification string   `json:"verification"`
	Citation     string   `json:"citation"`
	Reason       Note     `json:"reason"` // why this factor was chosen
	Custom       bool     `json:"custom,omitempty"`
}

// Flags mark figures a reader must treat with care; they travel from every
// input to every figure that depends on it, up to the totals and the report.
const (
	FlagCustomFactor = "custom-factor" // rests on a factor entered by the user
	FlagEstimate     = "estimate"      // rests on a synthesized profile
	FlagEntered      = "entered"       // an emissions figure entered by the user, not computed
)

// step returns a trace step of code, What made from english and params.
func step(code, english string, params ...string) Step {
	n := note(code, english, params...)
	return Step{Code: code, Params: n.Params, What: n.Message}
}

// mergeFlags adds the flags of b missing from a, keeping a's order.
func mergeFlags(a, b []string) []string {
	for _, f := range b {
		if !slices.Contains(a, f) {
			a = append(a, f)
		}
	}
	return a
}

// TonnePlaces is the number of decimal places of every reported tonne
// figure: 3, that is to the kilogram.
const TonnePlaces = 3

// roundTonnes applies Greenline's one rounding rule (doc.go) to a tonne
// figure given as its exact text (decimal's String, which every figure
// carries beside it): TonnePlaces decimals, half away from zero, as
// decimal's Round and StringFixed would write it, without making another
// decimal.
func roundTonnes(exact string) string {
	if exact == "0" {
		return "0.000" // most Scope 1 figures
	}
	body := strings.TrimPrefix(exact, "-")
	whole, frac, _ := strings.Cut(body, ".")
	// b is the sign, room for a carry, the whole digits, the point and
	// TonnePlaces decimals; the text is a suffix of it.
	var buf [48]byte
	b := append(buf[:0], '-', '0')
	b = append(b, whole...)
	b = append(b, '.')
	for i := range TonnePlaces {
		if i < len(frac) {
			b = append(b, frac[i])
		} else {
			b = append(b, '0')
		}
	}
	if len(frac) > TonnePlaces && frac[TonnePlaces] >= '5' {
		i := len(b) - 1
		for ; b[i] == '9' || b[i] == '.'; i-- {
			if b[i] == '9' {
				b[i] = '0'
			}
		}
		b[i]++ // at worst the carry's room
	}
	start := 1
	if b[1] == '0' {
		start = 2 // no carry
	}
	zero := true
	for _, c := range b[start:] {
		zero = zero && (c == '0' || c == '.')
	}
	if len(body) != len(exact) && !zero {
		start-- // negative, and not rounded to zero: decimal writes no sign on zero
		b[start] = '-'
	}
	return string(b[start:])
}

// tonnesOf is the emissions of wh watt-hours at ef kilograms per kWh, in
// tonnes, exactly: wh ÷ 1000 × ef ÷ 1000; zero, with no decimal
// arithmetic, when either is.
// When the product of wh and ef's coefficient fits in int64 (every
// factory's year at a published factor), it is made from that product,
// without decimal's multiplication.
func tonnesOf(wh int64, ef decimal.Decimal) decimal.Decimal {
	if wh == 0 || ef.IsZero() {
		return decimal.Decimal{}
	}
	if wh > 0 && ef.NumDigits() <= 18 {
		if c := ef.CoefficientInt64(); c > 0 {
			if hi, lo := bits.Mul64(uint64(wh), uint64(c)); hi == 0 && lo <= math.MaxInt64 {
				return decimal.New(int64(lo), ef.Exponent()-6)
			}
		}
	}
	return decimal.New(wh, -3).Mul(ef).Shift(-3)
}

// addExact is a + b, or one of them when the other is zero (the figures
// take their value, never their scale, from a decimal: String, Round,
// StringFixed).
func addExact(a, b decimal.Decimal) decimal.Decimal {
	switch {
	case b.IsZero():
		return a
	case a.IsZero():
		return b
	}
	return a.Add(b)
}

// decimalText is d.String(): "0" for zero, and written from the
// coefficient in int64 arithmetic when it has at most 18 digits and the
// exponent is negative (every exact figure of a factory), with no big.Int
// formatting.
func decimalText(d decimal.Decimal) string {
	if d.IsZero() {
		return "0"
	}
	exp := int(d.Exponent())
	if exp >= 0 || exp < -40 || d.NumDigits() > 18 {
		return d.String()
	}
	c := d.CoefficientInt64()
	var buf [64]byte
	b := buf[:0]
	if c < 0 {
		b, c = append(b, '-'), -c
	}
	var digits [20]byte
	ds := strconv.AppendInt(digits[:0], c, 10)
	places := -exp
	var frac []byte
	if len(ds) > places {
		b = append(b, ds[:len(ds)-places]...)
		frac = ds[len(ds)-places:]
	} else {
		b = append(b, '0')
		frac = ds
	}
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1] // as String: no trailing zeros
	}
	if len(frac) == 0 {
		return string(b)
	}
	b = append(b, '.')
	if len(ds) < places {
		for range places - len(ds) {
			b = append(b, '0')
		}
	}
	return string(append(b, frac...))
}

// whToKWh writes whole watt-hours as kilowatt-hours with three decimals,
// exactly, in integer arithmetic (it runs for every user, month and
// instrument); a negative figure, which no caller makes, goes through
// decimal.
func whToKWh(wh int64) string {
	if wh < 0 {
		return decimal.New(wh, -3).StringFixed(3)
	}
	var b [24]byte
	return string(appendKWh(b[:0], wh))
}

// Marshal encodes v (a Result, Outcome, Validation, Verification,
// Errors, or the head of a meter import) as indented JSON ending in a
// newline, two spaces a level, as encoding/json indents it, except that an array of numbers stays on one
// line: a year of hourly shares is 8,784 numbers, which one a line would
// make a long file and a slow one. The encoders are generated from the
// struct tags (codec_gen.go) and write what encoding/json wrote without
// HTML escaping; a value of another type is a defect, and panics.
func Marshal(v any) []byte {
	b := make([]byte, 0, 4096)
	switch v := v.(type) {
	case Result:
		b = encResult(b, &v)
	case Outcome:
		b = encOutcome(b, &v)
	case Validation:
		b = encValidation(b, &v)
	case Verification:
		b = encVerification(b, &v)
	case Errors:
		b = codec.List(b, v, encproblemError)
	case meterHead:
		b = encMeterHead(b, &v)
	default:
		if marshalOther == nil {
			panic(fmt.Sprintf("calc: Marshal: no encoder for %T", v))
		}
		b = marshalOther(v)
	}
	out := indent(append(b, '\n'))
	if watchMarshal != nil {
		watchMarshal(v, out)
	}
	return out
}

// marshalOther, when set (by the tests, to encoding/json), writes the
// values of other types compactly.
var marshalOther func(v any) []byte

// watchMarshal, when set (by the tests), sees every value Marshal writes
// and what it wrote.
var watchMarshal func(v any, out []byte)

// indent lays out compact JSON as Marshal promises. It copies strings
// verbatim and adds only spaces and newlines. It reads src twice, the
// first time for the size of the layout: a year of hourly figures laid
// out is several times its compact size, and growing the buffer as it
// fills was most of Marshal's time.
func indent(src []byte) []byte {
	_, n := layout(src, nil, true)
	out, _ := layout(src, make([]byte, 0, n), false)
	return out
}

// layout appends the layout of src to out, or with count only counts its
// bytes.
func layout(src, out []byte, count bool) ([]byte, int) {
	n := 0
	put := func(b ...byte) {
		if count {
			n += len(b)
			return
		}
		out = append(out, b...)
	}
	depth := 0
	newline := func() {
		if count {
			n += 1 + 2*depth
			return
		}
		out = append(out, '\n')
		for range depth {
			out = append(out, ' ', ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			j := i + 1
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\\' {
					j++
				}
			}
			put(src[i:min(j+1, len(src))]...)
			i = j
		case '{', '[':
			if end := scalars(src, i); end > 0 {
				put(src[i : end+1]...) // [] {} or [1,2,3]
				i = end
				continue
			}
			put(c)
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			put(c)
		case ',':
			put(c)
			newline()
		case ':':
			put(':', ' ')
		default:
			put(c)
		}
	}
	return out, n
}

// scalars returns the index of the bracket closing the empty object or
// array, or the array of numbers (or true, false, null), opening at src[i];
// 0 when it holds strings, arrays or objects.
func scalars(src []byte, i int) int {
	if src[i] == '{' {
		if i+1 < len(src) && src[i+1] == '}' {
			return i + 1
		}
		return 0
	}
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case ']':
			return j
		case '"', '[', '{':
			return 0
		}
	}
	return 0
}
