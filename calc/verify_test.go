package calc

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// issued returns the park's project file and its statements as files.
func issued(t *testing.T) ([]byte, []Statement, []string, [][]byte) {
	t.Helper()
	op := threeCompanies(RuleProRata, false, []SupplyUser{user("a"), user("b"), user("c")})
	data, _ := json.Marshal(op)
	sts, err := Statements(data, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	var files [][]byte
	for _, st := range sts {
		names = append(names, st.User.Facility+".json")
		files = append(files, EncodeStatement(st))
	}
	return data, sts, names, files
}

func codesOf(es Errors) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Code+"@"+e.Field)
	}
	return out
}

func TestVerifyStatements(t *testing.T) {
	project, sts, names, files := issued(t)
	v, err := VerifyStatements(project, names, files, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	// Hand-worked (TestThreeCompanies): 131 kWh generated, 121 allocated, 10 exported.
	if !v.OK || len(v.Supplies) != 1 || v.Supplies[0] != (SupplyBalance{ID: "roof", Generation: "131.000", Green: "121.000", Surplus: "10.000", Balanced: true}) {
		t.Fatalf("the issued statements: %+v", v)
	}

	// A careful forger moves one kWh to Alpha in hour 1 and fixes the
	// month, the year and the hash: only the project shows it.
	forged := sts[0]
	forged.Hourly.Green = slices.Clone(forged.Hourly.Green)
	forged.Hourly.Green[1] += 1000
	forged.Monthly = slices.Clone(forged.Monthly)
	forged.Monthly[0].Green = "61.333"
	forged.Annual = totals(61333, 80000)
	forged.Seal()
	if es := forged.Check(""); len(es) > 0 {
		t.Fatalf("the forgery is not consistent: %v", es)
	}
	bad := slices.Clone(files)
	bad[0] = EncodeStatement(forged)
	v, _ = VerifyStatements(project, names, bad, factors.Default())
	if got := codesOf(v.Files[0].Errors); v.OK || !slices.Equal(got, []string{CodeStatementSplit + "@hourly.green[1]"}) {
		t.Errorf("forged hour: %v, want %s at hourly.green[1]", got, CodeStatementSplit)
	}
	if b := v.Supplies[0]; b.Balanced || b.Unbalanced != 1 || b.FirstHour != "2025-01-01T01:00" || b.Green != "122.000" {
		t.Errorf("forged hour: balance %+v, want hour 2025-01-01T01:00 unbalanced, 122 kWh green", b)
	}
	if !strings.Contains(v.Files[0].Errors[0].Message, "gives 11.333 kWh in hour 1; the project's split gives 10.333 kWh") {
		t.Errorf("message %q does not say which hour and what the split gives", v.Files[0].Errors[0].Message)
	}

	// A naive edit of one hour breaks the statement's own hash too.
	bad[0] = []byte(strings.Replace(string(files[0]), `"10.333"`, `"11.333"`, 1))
	v, _ = VerifyStatements(project, names, bad, factors.Default())
	if got := codesOf(v.Files[0].Errors); !slices.Contains(got, CodeStatementHash+"@statement_sha256") || !slices.Contains(got, CodeStatementSplit+"@hourly.green[1]") {
		t.Errorf("edited hour: %v, want the hash and the split refused", got)
	}

	// A statement missing, one given twice.
	v, _ = VerifyStatements(project, []string{"a.json", "a-again.json"}, [][]byte{files[0], files[0]}, factors.Default())
	if got := codesOf(v.Missing); v.OK || !slices.Equal(got, []string{CodeStatementMissing + "@supplies[0].users[1]", CodeStatementMissing + "@supplies[0].users[2]"}) {
		t.Errorf("missing: %v", got)
	}
	if got := codesOf(v.Files[1].Errors); !slices.Equal(got, []string{CodeStatementTwice + "@"}) {
		t.Errorf("twice: %v", got)
	}

	// Another project file (one byte more) did not issue these statements.
	v, _ = VerifyStatements(append(project, '\n'), names, files, factors.Default())
	for _, f := range v.Files {
		if got := codesOf(f.Errors); !slices.Equal(got, []string{CodeStatementProject + "@project_sha256"}) {
			t.Errorf("%s from another project: %v", f.Name, got)
		}
	}

	// Not a statement at all.
	v, _ = VerifyStatements(project, []string{"x.json"}, [][]byte{[]byte(`{"statement_format":1,"extra":1}`)}, factors.Default())
	if got := codesOf(v.Files[0].Errors); v.OK || len(got) != 1 || got[0] != CodeUnknownField+"@" {
		t.Errorf("not a statement: %v", got)
	}
}
