package calc

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestDecodeStrict holds Decode to what encoding/json alone lets pass or
// words in Go's terms: each case is refused with its code, the path of
// the offending key (or of its object, for an unknown field) and its
// params.
func TestDecodeStrict(t *testing.T) {
	const fac = `"facilities":[{"id":"a","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"1"}}]`
	tests := []struct {
		name, in            string
		code, field, params string
	}{
		{"duplicate key", `{"format":1,"name":"a","name":"b",` + fac + `}`, CodeDuplicateKey, "name", "name=name"},
		{"duplicate deep", `{"format":1,"facilities":[{"id":"a","id":"b"}]}`, CodeDuplicateKey, "facilities[0].id", "name=id"},
		{"duplicate after a case twin", `{"format":1,"name":"a","NAME":"b","name":"c"}`, CodeKeyCase, "NAME", "field=name name=NAME"},
		{"keys differing in case", `{"format":1,"name":"a","NAME":"b",` + fac + `}`, CodeKeyCase, "NAME", "field=name name=NAME"},
		{"a field in the wrong case alone", `{"Format":1,` + fac + `}`, CodeKeyCase, "Format", "field=format name=Format"},
		{"Kelvin sign folds to k", `{"format":1,"facilities":[{"id":"a","grid":{"table":"cn-mee-2023","\u212aey":"national"}}]}`, CodeKeyCase, "facilities[0].grid.\u212aey", "field=key name=\u212aey"},
		{"unknown field names its object", `{"format":1,"facilities":[{"id":"a","electricity":{"see":1}}]}`, CodeUnknownField, "facilities[0].electricity", "name=see"},
		{"unknown field at the top", `{"format":1,"nope":1}`, CodeUnknownField, "", "name=nope"},
		{"array at the top", `[1]`, CodeNotObject, "", "found=array"},
		{"string at the top", `"x"`, CodeNotObject, "", "found=string"},
		{"null at the top", `null`, CodeNotObject, "", "found=null"},
		{"newer format", `{"format":7,"novelty":{"x":1}}`, CodeFormatNewer, "format", "format=7 supported=1"},
		{"newer format given late", `{"novelty":[1,2],"format":2}`, CodeFormatNewer, "format", "format=2 supported=1"},
		{"older format", `{"format":0,` + fac + `}`, CodeFormat, "format", "format=0 supported=1"},
		{"syntax column", `{"format":1,}`, CodeJSON, "", "column=13 line=1"},
		{"syntax column after Chinese", "{\"format\":1,\n \"名称\":x}", CodeJSON, "", "column=7 line=2"},
		{"type error in words", `{"format":"1"}`, CodeType, "format", "expected=integer found=string"},
		{"type error of a fraction", `{"format":1.5}`, CodeType, "format", "expected=integer found=number"},
		{"type error deep", `{"format":1,"facilities":[{"id":"a"},{"id":"b","electricity":{"hourly":{"step_minutes":"60"}}}]}`, CodeType, "facilities[1].electricity.hourly.step_minutes", "expected=integer found=string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := Validate([]byte(tt.in)).Errors
			if len(errs) == 0 {
				t.Fatalf("accepted, want %s at %q", tt.code, tt.field)
			}
			e := errs[0]
			if e.Code != tt.code || e.Field != tt.field || params(e.Params) != tt.params {
				t.Errorf("got %s at %q (%s), want %s at %q (%s): %s", e.Code, e.Field, params(e.Params), tt.code, tt.field, tt.params, e.Message)
			}
			for _, w := range []string{"calc.", "Go ", "struct", "json:"} {
				if strings.Contains(e.Message, w) {
					t.Errorf("message %q speaks Go (%q)", e.Message, w)
				}
			}
		})
	}
}

// A file that repeats one key many times is refused with a capped list.
func TestDecodeManyDuplicates(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"format":1`)
	for range 10000 {
		b.WriteString(`,"name":"x"`)
	}
	b.WriteString("}")
	_, err := Decode([]byte(b.String()))
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("accepted a file with 10000 names: %v", err)
	}
	if len(errs) != maxStrictProblems+1 {
		t.Fatalf("%d problems, want %d and one that counts the rest", len(errs), maxStrictProblems+1)
	}
	if last := errs[len(errs)-1]; last.Code != CodeMore || last.Params["count"] != strconv.Itoa(9999-maxStrictProblems) {
		t.Errorf("last = %s %v, want %s count %d", last.Code, last.Params, CodeMore, 9999-maxStrictProblems)
	}
}

func params(p map[string]string) string {
	var out []string
	for k, v := range p {
		out = append(out, k+"="+v)
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// Ids are identifiers: letters (Chinese ones too), digits, "-", "_" and
// ".", starting with a letter or digit, at most 64 characters; every list
// with ids holds to it.
func TestIDs(t *testing.T) {
	tests := []struct{ id, code, params string }{
		{"f1", "", ""},
		{"gec-2024_001.a", "", ""},
		{"苏州工厂", "", ""},
		{strings.Repeat("a", 64), "", ""},
		{strings.Repeat("厂", 65), CodeIDTooLong, "length=65 max=64"},
		{"=cmd|' /C calc'!A0", CodeIDCharacter, "character='='"},
		{"@SUM(1+1)", CodeIDCharacter, "character='@'"},
		{"-1", CodeIDStart, "character='-'"},
		{"_a", CodeIDStart, "character='_'"},
		{"a b", CodeIDCharacter, `character=' '`},
		{"a<script>", CodeIDCharacter, "character='<'"},
		{"a\u202eb", CodeIDCharacter, `character='\u202e'`},
	}
	lists := []struct{ list, json string }{
		{"facilities", `"facilities":[{"id":%q,"grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"1"}}]`},
		{"certificates", `"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"1"}}],"certificates":[{"id":%q,"scheme":"GEC","mwh":"1","market":"CN","vintage":{"from":"2024-01","to":"2024-12"},"facility":"f"}]`},
		{"contracts", `"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"1"}}],"contracts":[{"id":%q,"facility":"f","mwh":"1","technology":"solar","market":"CN","evidence":"x"}]`},
		{"products", `"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"1"}}],"products":[{"id":%q,"facility":"f","units":"1","key":"units"}]`},
		{"supplies", `"period":{"start":"2024-01"},"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"1"}}],"supplies":[{"id":%q}]`},
	}
	for _, l := range lists {
		for _, tt := range tests {
			t.Run(l.list+"/"+tt.id, func(t *testing.T) {
				in := `{"format":1,` + strings.Replace(l.json, "%q", strconv.Quote(tt.id), 1) + `}`
				var got []string
				for _, e := range Validate([]byte(in)).Errors {
					if e.Field == l.list+"[0].id" {
						got = append(got, e.Code+" "+params(e.Params))
					}
				}
				want := []string{}
				if tt.code != "" {
					want = []string{tt.code + " " + tt.params}
				}
				if strings.Join(got, "|") != strings.Join(want, "|") {
					t.Errorf("id %q: problems %q, want %q", tt.id, got, want)
				}
			})
		}
	}
}

// A name longer than text takes is a text problem, not a number's.
func TestNameTooLong(t *testing.T) {
	in := `{"format":1,"facilities":[{"id":"f","name":"` + strings.Repeat("名", 201) + `","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"kWh","annual":"1"}}]}`
	errs := Validate([]byte(in)).Errors
	if len(errs) != 1 || errs[0].Code != CodeTextTooLong || errs[0].Field != "facilities[0].name" || params(errs[0].Params) != "length=201 max=200" {
		t.Errorf("errors %v, want one text.too_long at facilities[0].name, length=201 max=200", errs)
	}
}

// A statement is read as strictly as a project: a duplicated or re-cased
// key could make two readers see two different statements.
func TestDecodeStatementStrict(t *testing.T) {
	for in, want := range map[string]string{
		`{"statement_format":1,"statement_format":1}`:                           CodeDuplicateKey + " statement_format",
		`{"statement_format":1,"period":{"start":"2025-01","START":"2024-01"}}`: CodeKeyCase + " period.START",
		`{"statement_format":1,"period":{"see":1}}`:                             CodeUnknownField + " period",
	} {
		_, err := DecodeStatement([]byte(in))
		var errs Errors
		if !errors.As(err, &errs) || len(errs) == 0 || errs[0].Code+" "+errs[0].Field != want {
			t.Errorf("%s: %v, want %s", in, err, want)
		}
	}
}

// Text that is not JSON is a syntax error, whatever letter it begins with.
func TestDecodeNotJSON(t *testing.T) {
	for _, in := range []string{"not json", "nul", "trueish", "[1,", `"x`, "-"} {
		errs := Validate([]byte(in)).Errors
		if len(errs) != 1 || errs[0].Code != CodeJSON {
			t.Errorf("%q: %v, want one %s", in, errs, CodeJSON)
		}
	}
}
