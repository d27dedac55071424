package calc

import (
	"strings"
	"testing"
)

// TestValidateWarnings: validate says which certificates and contracts
// can never count, by the failed criterion's code at the field to change;
// one that counts gives no warning, and a refused project none at all.
func TestValidateWarnings(t *testing.T) {
	const fac = `"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","key":"national"},"electricity":{"unit":"MWh","annual":"10"}}]`
	cert := func(extra string) string {
		return `"certificates":[{"id":"c","scheme":"GEC","mwh":"1","market":"CN","vintage":{"from":"2024-01","to":"2024-12"},"facility":"f"` + extra + `}]`
	}
	tests := []struct{ name, project, want string }{
		{"counts", `"organisation":"Co","period":{"start":"2024-01"},` + fac + `,` + cert(`,"retired_for":"Co"`), ""},
		{"no organisation, no period", fac + `,` + cert(""), "qc.not_retired certificates[0].retired_for|qc.no_period certificates[0].vintage"},
		{"retired for another", `"organisation":"Co","period":{"start":"2024-01"},` + fac + `,` + cert(`,"retired_for":"Other"`), "qc.not_retired certificates[0].retired_for"},
		{"old vintage", `"organisation":"Co","period":{"start":"2026-01"},` + fac + `,` + cert(`,"retired_for":"Co"`), "qc.vintage_out certificates[0].vintage"},
		{"I-REC in China, another market", `"organisation":"Co","period":{"start":"2024-01"},` + fac + `,` +
			strings.Replace(strings.Replace(cert(`,"retired_for":"Co"`), `"GEC"`, `"I-REC"`, 1), `"market":"CN"`, `"market":"VN"`, 1),
			"qc.other_market certificates[0].market|qc.not_gec certificates[0].scheme"},
		{"contract without evidence", fac + `,"contracts":[{"id":"p","facility":"f","mwh":"1","technology":"solar","market":"CN"}]`, "qc.no_evidence contracts[0].evidence"},
		{"refused project", `"facilities":[]`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Validate([]byte(`{"format":1,` + tt.project + `}`))
			var got []string
			for _, w := range v.Warnings {
				got = append(got, w.Code+" "+w.Field)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("warnings %q, want %q (errors %v)", got, tt.want, v.Errors)
			}
			if v.Warnings == nil || v.Errors == nil {
				t.Error("a list is null; both are always present")
			}
		})
	}
}
