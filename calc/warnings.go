package calc

// warningFields is the field of a certificate or contract that a failed
// Quality Criterion points at: where the user would change something for
// the instrument to count.
var warningFields = map[string]string{
	CodeQCNotRetired:  ".retired_for",
	CodeQCOtherMarket: ".market",
	CodeQCNotGEC:      ".scheme",
	CodeQCOldVintage:  ".vintage",
	CodeQCNoPeriod:    ".vintage",
	CodeQCNoEvidence:  ".evidence",
}

// warnings lists what the calculation of a checked project would leave
// out: every certificate and contract that fails a Scope 2 Quality
// Criterion, so can never count, one warning per failed criterion. A
// warning is an Error whose code is the criterion's reason code (the same
// code and params the instrument's reasons carry in the result) at the
// field to change, such as "certificates[0].retired_for".
func warnings(m model) Errors {
	country := map[string]string{}
	for _, s := range m.sites {
		country[s.ID] = s.country()
	}
	var out Errors
	add := func(at string, cl claim) {
		for _, r := range cl.reasons {
			if r.Status == StatusFailed {
				out = append(out, Error{Code: r.Code, Field: at + warningFields[r.Code], Params: r.Params, Message: "never counts: " + r.Message})
			}
		}
	}
	for i, c := range m.Certificates {
		add(index("certificates", i), judgeCertificate(c, m.Organisation, country[c.Facility], m.span))
	}
	for i, c := range m.Contracts {
		add(index("contracts", i), judgeContract(c, country[c.Facility]))
	}
	return out
}
