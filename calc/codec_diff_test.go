package calc

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/greenline-calc/greenline/calc/codec/codectest"
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/meter"
)

// TestMain has every Decode, DecodeStatement and Marshal of the package's
// tests (every test project and statement, built in Go or read from a
// file, every result and refusal) checked against the old code on
// encoding/json (oldjson_test.go), and every statement decoded written
// again both ways: a difference in a value, a problem or a byte panics in
// the test that met it. Benchmarks
// run without the check.
func TestMain(m *testing.M) {
	flag.Parse()
	marshalOther = func(v any) []byte { // a MeterImport, in interval_test.go
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			panic(err)
		}
		return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	}
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		watchDecode = func(data []byte, p Project, errs Errors) {
			if msg := diffDecode(data, p, errs); msg != "" {
				panic(msg)
			}
		}
		watchDecodeStatement = func(data []byte, s Statement, errs Errors) {
			if msg := diffDecodeStatement(data, s, errs); msg != "" {
				panic(msg)
			}
			if got, want := s.encode(s.SHA256), oldEncode(s, s.SHA256); !bytes.Equal(got, want) {
				panic(fmt.Sprintf("statement encoded\n%s\nencoding/json wrote\n%s", got, want))
			}
		}
		watchMarshal = func(v any, out []byte) {
			if want := oldMarshal(v); !bytes.Equal(out, want) {
				panic(fmt.Sprintf("Marshal(%T) wrote\n%s\nencoding/json wrote\n%s", v, out, want))
			}
		}
	}
	os.Exit(m.Run())
}

// diffDecode says how Decode's answer for data (p, errs) differs from the
// old decoder's, or "" when it does not.
func diffDecode(data []byte, p Project, errs Errors) string {
	op, oerr := oldDecode(data)
	return diffAnswers(data, oerr, errs, func() bool { return reflect.DeepEqual(op, p) }, op, p)
}

func diffDecodeStatement(data []byte, s Statement, errs Errors) string {
	os, oerr := oldDecodeStatement(data)
	return diffAnswers(data, oerr, errs, func() bool { return reflect.DeepEqual(os, s) }, os, s)
}

func diffAnswers(data []byte, oerr error, errs Errors, same func() bool, old, got any) string {
	show := string(data)
	if len(show) > 300 {
		show = show[:300] + "…"
	}
	if oerr == nil {
		if errs != nil {
			return fmt.Sprintf("input %q: encoding/json accepts it, the codec says %v", show, errs)
		}
		if !same() {
			return fmt.Sprintf("input %q: decoded\n%+v\nencoding/json decoded\n%+v", show, got, old)
		}
		return ""
	}
	oerrs, _ := oerr.(Errors)
	if !reflect.DeepEqual(oerrs, errs) {
		return fmt.Sprintf("input %q:\n got %#v\nwant %#v", show, errs, oerrs)
	}
	return ""
}

// codecCorpus is every project and statement file of the repository (the
// examples, the Worker's store, the fuzz seeds of Decode, Run and
// Statement), and the statements the examples issue.
func codecCorpus(t testing.TB) (projects, statements [][]byte) {
	for _, pattern := range []string{"../docs/examples/*.json", "../worker/testdata/store/*/*/*.json", "testdata/fuzz/*/*", "../site/testdata/*.json"} {
		names, _ := filepath.Glob(pattern)
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			projects = append(projects, b)
		}
	}
	for _, s := range []string{
		`{"format":1,"name":"a","NAME":"b"}`, `{"format":1,"n\u0061me":"a","name":"b"}`,
		`{"format":1,"facilities":[{"id":"a","id":"a"}]}`, `{"format":9,"x":{}}`, `{"Format":1}`, `[{"format":1}]`,
		`{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","\u212aey":"national"},"electricity":{"unit":"kWh","annual":"1"}}]}`,
		`{"format":1,"period":{"start":"2024-02"},"facilities":[{"id":"a","grid":{"country":"CN","key":"national"},"electricity":{"unit":"kWh","monthly":["1","2","3","4","5","6","7","8","9","10","11","12"],"profile":{"shifts":3,"days":"every-day"}}}],"supplies":[{"id":"s","kind":"microgrid","technology":"solar","unit":"kWh","rule":"pro-rata","surplus":"exported","solar":{"capacity_kw":"10","latitude":"31","longitude":"121","utc_offset_hours":8,"monthly_yield":["1","1","1","1","1","1","1","1","1","1","1","1"]},"users":[{"facility":"a"}]}]}`,
		`{"format":1,"organisation":"X","facilities":[{"id":"a","grid":{"custom":{"value":"0.5","unit":"kgCO2/kWh","source":"s"}},"electricity":{"unit":"MWh","annual":"1"}}],"certificates":[{"id":"c","scheme":"GEC","mwh":"1","market":"CN","vintage":{"from":"2024-01","to":"2024-01"},"retired_for":"X","facility":"a"}],"products":[{"id":"p","facility":"a","cn":"7308 90 98","tonnes":"1","key":"mass"}],"fuels":[{"facility":"a","fuel":"diesel","gj":"3"}]}`,
		``, ` `, `{`, `}`, `[`, `"x"`, `1`, `-`, `null`, `true`, `{"format":1}`, `{"format":1} x`, `{"format":1}}`, "\xef\xbb\xbf{}",
		`{"format":2.0}`, `{"format":"2"}`, `{"format":2,"format":1}`, `{"form\u0061t":3}`, `{"format":1,"facilities":{}}`,
		`{"format":1,"facilities":[{"id":1}]}`, `{"format":1,"facilities":[{"grid":[]}]}`, `{"format":1,"facilities":[1,"a",true,null,{}]}`,
		`{"format":1e400}`, `{"format":99999999999999999999}`, `{"format":-0}`, `{"format":1,"options":{"hourly":"yes"}}`,
		`{"format":1,"name":"\ud800x\udc00\u00e9\xff"}`, `{"format":1,"x\xff":1}`, `{"format":1,"a":{"b":1,"B":2,"b":3}}`,
		`{"format":1,"facilities":[{"id":"a","ID":"b","Id":"c"}]}`, `{"format":1,"facilities":[{"id":"a"}],"facilities":[]}`,
	} {
		projects = append(projects, []byte(s))
	}
	for _, name := range []string{"../docs/examples/park-direct-line.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		_, files, err := IssueStatements(b, factors.Default())
		if err != nil {
			t.Fatal(err)
		}
		statements = append(statements, files...)
	}
	op := threeCompanies(RuleFixedShares, true, []SupplyUser{withShare(user("a"), "0.2"), withShare(user("b"), "0.5"), withShare(user("c"), "0.3")})
	data, _ := json.Marshal(op)
	_, files, err := IssueStatements(data, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	statements = append(statements, files...)
	for _, s := range []string{
		`{"statement_format":1,"period":{"start":"2025-02","first_hour":"2025-02-01T00:00","hours":8760},"hourly":{"green":["1"],"load":["0"],"unit":"kWh"}}`,
		`{"statement_format":1,"period":{"start":"9999-99"}}`, `null`, `[]`, `1`, `"x"`, `{"hourly":{"green":null}}`,
		`{"hourly":{"green":"1"}}`, `{"hourly":{"green":{}}}`, `{"hourly":{"green":[1,"x"]}}`, `{"hourly":{"green":["1",[],{}]}}`,
		`{"hourly":{"green":["-1"]}}`, `{"hourly":{"green":["1"],"load":[true]}}`, `{"hourly":{"green":["x"]},"user":1}`,
		`{"user":1,"hourly":{"green":[1]}}`, "{\n  \"hourly\": {\"green\": [\"1\", 2]}}", `{"statement_format":1} {}`,
	} {
		statements = append(statements, []byte(s))
	}
	return projects, statements
}

// TestCodecAgainstEncodingJSON decodes every project and statement of the
// repository, and hundreds of variants of each, with Decode and
// DecodeStatement and with the old decoder on encoding/json, and demands
// the same values and the same problems, byte for byte.
func TestCodecAgainstEncodingJSON(t *testing.T) {
	projects, statements := codecCorpus(t)
	r := rand.New(rand.NewPCG(13, 1))
	perFile := 300
	if testing.Short() {
		perFile = 40
	}
	n := 0
	for _, b := range projects {
		for _, in := range append([][]byte{b}, codectest.Mutate(b, perFile, r)...) {
			p, err := Decode(in)
			errs, _ := err.(Errors)
			if msg := diffDecode(in, p, errs); msg != "" {
				t.Fatal(msg)
			}
			n++
		}
	}
	for _, b := range statements {
		for _, in := range append([][]byte{b}, codectest.Mutate(b, perFile/10, r)...) {
			s, err := DecodeStatement(in)
			errs, _ := err.(Errors)
			if msg := diffDecodeStatement(in, s, errs); msg != "" {
				t.Fatal(msg)
			}
			n++
		}
	}
	t.Logf("%d inputs decoded alike", n)
}

// FuzzCodec holds Decode and DecodeStatement equal to the old decoder on
// encoding/json, value and problems, for any bytes.
func FuzzCodec(f *testing.F) {
	projects, statements := codecCorpus(f)
	for _, b := range projects {
		f.Add(b)
	}
	for _, b := range statements[len(statements)-17:] {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data)
		errs, _ := err.(Errors)
		if msg := diffDecode(data, p, errs); msg != "" {
			t.Fatal(msg)
		}
		s, err := DecodeStatement(data)
		errs, _ = err.(Errors)
		if msg := diffDecodeStatement(data, s, errs); msg != "" {
			t.Fatal(msg)
		}
	})
}

// Marshal writes what encoding/json wrote, byte for byte, for values with
// every kind of string escape, nil and empty lists, empty maps and
// omitted fields.
func TestMarshalAgainstEncodingJSON(t *testing.T) {
	odd := []string{"", "plain", "quote\" back\\ slash/", "\b\f\n\r\t\x00\x01\x1f\x7f", "<&>", "\u2028\u2029\u00e9中文",
		"bad \xff\xfe utf8 \xe4\xb8", "\U0001F600", "\ufffd"}
	for i, s := range odd {
		e := Errors{{Code: s, Field: s, Row: i, Column: -i, Cell: s, Params: map[string]string{s: s, "b" + s: "", "a": s}, Message: s}}
		for _, v := range []any{e, Outcome{Errors: e}, Outcome{}, Outcome{Errors: Errors{}}, Validation{Errors: e, Warnings: Errors{{}}},
			Errors(nil), Errors{}, Verification{ProjectSHA256: s, Files: []FileVerdict{{Name: s, Errors: e}}, Missing: e},
			Result{Facilities: []FacilityResult{{ID: s, Name: s, Instruments: []Instrument{}, Matching: &UserMatch{Flags: []string{s}}, HourlyShare: &HourlyShare{Start: s, Permille: []int{-1, 0, 1000}}}},
				Scope1: Figure{Value: s, Flags: []string{}, Trace: []Step{{Code: s, Params: map[string]string{}, Factor: &FactorUse{NameZH: s}}}}}} {
			if got, want := Marshal(v), oldMarshal(v); !bytes.Equal(got, want) {
				t.Errorf("%q: Marshal(%T) wrote\n%s\nencoding/json wrote\n%s", s, v, got, want)
			}
		}
		cst := time.FixedZone("CST", 8*3600)
		for _, h := range []meterHead{{}, {Summary: meter.Summary{Delimiter: s, Header: []string{s, ""}, DateColumn: 2, TotalWh: -5,
			First: time.Date(2024, 1, 1, 0, 15, 0, 0, cst), Last: time.Date(2024, 12, 31, 23, 0, 0, 500, time.UTC)}}} {
			if got, want := Marshal(h), oldMarshal(h); !bytes.Equal(got, want) {
				t.Errorf("%q: Marshal(meter head) wrote\n%s\nencoding/json wrote\n%s", s, got, want)
			}
		}
		st := Statement{Flags: []string{s}, Operator: Party{Name: s}, Plant: StatementPlant{Checks: []StatementCheck{{Clause: s}}},
			Hourly: StatementHours{Green: KWhSeries{1, -2}}, Supply: StatementSupply{Factor: &StatementFactor{Source: s}}}
		if got, want := st.encode(s), oldEncode(st, s); !bytes.Equal(got, want) {
			t.Errorf("%q: statement encoded\n%s\nencoding/json wrote\n%s", s, got, want)
		}
	}
}

// BenchmarkCodec times the codec beside encoding/json in one run (so under
// one load): reading the project of BenchmarkDecodeYear100 (a year of
// hourly data for 100 supply users, 9 MB), and writing its result, hourly
// outputs included, with Marshal.
func BenchmarkCodec(b *testing.B) {
	p := benchProject(100)
	p.Options = Options{Hourly: true, HourlyShare: true}
	data, _ := json.Marshal(p)
	r, err := Calculate(p, factors.Default())
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"decode/codec", func() { Decode(data) }},
		{"decode/encoding_json", func() { oldDecode(data) }},
		{"marshal/codec", func() { Marshal(r) }},
		{"marshal/encoding_json", func() { oldMarshal(r) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.f()
			}
		})
	}
}
