package calc

import (
	"encoding/json"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// FuzzStatement feeds arbitrary bytes to the statement reader, its own
// check and a user's assessment that claims it: each must refuse with
// named problems or compute, never panic.
func FuzzStatement(f *testing.F) {
	op := threeCompanies(RuleFixedShares, true, []SupplyUser{withShare(user("a"), "0.2"), withShare(user("b"), "0.5"), withShare(user("c"), "0.3")})
	data, _ := json.Marshal(op)
	sts, files, err := IssueStatements(data, factors.Default())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(files[0])
	f.Add([]byte(`{"statement_format":1,"period":{"start":"2025-02","first_hour":"2025-02-01T00:00","hours":8760},"hourly":{"green":["1"],"load":["0"],"unit":"kWh"}}`))
	f.Add([]byte(`{"statement_format":1,"period":{"start":"9999-99"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := DecodeStatement(b)
		if err != nil {
			if _, ok := err.(Errors); !ok {
				t.Fatalf("refusal is not Errors: %v", err)
			}
			return
		}
		st.Check("")
		p := userProject(op, sts[0].User.Facility, &st)
		Calculate(p, factors.Default())
	})
}
