package calc

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"time"

	"github.com/greenline-calc/greenline/calc/codec"
	"github.com/greenline-calc/greenline/calc/factors"
)

// A Verification is what an auditor learns from an operator's project file
// and the statements issued from it: for every statement whether it is
// exactly the project's split, for every supply whether the statements'
// green energy plus the surplus is the generation in every hour, and which
// users have no statement.
type Verification struct {
	ProjectSHA256 string          `json:"project_sha256"`
	Files         []FileVerdict   `json:"files"`
	Supplies      []SupplyBalance `json:"supplies"`
	Missing       Errors          `json:"missing,omitempty"` // users without a statement
	OK            bool            `json:"ok"`
}

// A FileVerdict is the verdict on one statement file.
type FileVerdict struct {
	Name     string `json:"name"`
	Supply   string `json:"supply,omitempty"`
	Facility string `json:"facility,omitempty"`
	SHA256   string `json:"statement_sha256,omitempty"`
	Errors   Errors `json:"errors,omitempty"`
}

// A SupplyBalance checks one supply's hours: the green energy of its
// statements plus the surplus the project computes against the
// generation, to the watt-hour.
type SupplyBalance struct {
	ID         string `json:"id"`
	Generation string `json:"generation"` // kWh over the period
	Green      string `json:"green"`      // Σ the statements' green energy
	Surplus    string `json:"surplus"`
	Balanced   bool   `json:"balanced"`             // green + surplus = generation in every hour
	Unbalanced int    `json:"unbalanced,omitempty"` // hours where it is not
	FirstHour  string `json:"first_unbalanced,omitempty"`
}

// VerifyStatements checks statement files (names and their bytes) against
// the operator's project file they claim to come from. It returns an error
// only when the project itself is refused.
func VerifyStatements(project []byte, names []string, files [][]byte, lib *factors.Library) (Verification, error) {
	p, err := Decode(project)
	if err != nil {
		return Verification{}, err
	}
	m, errs := check(p, lib)
	if len(errs) > 0 {
		return Verification{}, errs
	}
	sum := sha256.Sum256(project)
	v := Verification{ProjectSHA256: hex.EncodeToString(sum[:]), OK: true}
	want, _ := m.statements(v.ProjectSHA256)
	type key struct{ supply, facility string }
	byKey := map[key]int{}
	for i, st := range want {
		byKey[key{st.Supply.ID, st.User.Facility}] = i
	}
	got := make([]*Statement, len(want)) // the statement given for each expected one
	for n, data := range files {
		fv := FileVerdict{Name: names[n]}
		st, err := DecodeStatement(data)
		if err != nil {
			var es Errors
			if !errors.As(err, &es) {
				es.Add(CodeUnreadable, "", "the statement cannot be read: {detail}", "detail", err.Error())
			}
			fv.Errors = es
			v.Files, v.OK = append(v.Files, fv), false
			continue
		}
		fv.Supply, fv.Facility, fv.SHA256 = st.Supply.ID, st.User.Facility, st.SHA256
		fv.Errors = st.Check("")
		if st.ProjectSHA256 != v.ProjectSHA256 {
			fv.Errors.Add(CodeStatementProject, "project_sha256", "is {value}, but the project file hashes to {want}: the statement was issued from another project file",
				"value", st.ProjectSHA256, "want", v.ProjectSHA256)
		}
		i, known := byKey[key{st.Supply.ID, st.User.Facility}]
		switch {
		case !known:
			fv.Errors.Add(CodeStatementUnknown, "user.facility", "the project has no user {facility} of supply {supply}", "facility", st.User.Facility, "supply", st.Supply.ID)
		case got[i] != nil:
			fv.Errors.Add(CodeStatementTwice, "", "a second statement for user {facility} of supply {supply}", "facility", st.User.Facility, "supply", st.Supply.ID)
		default:
			got[i] = &st
			if e, differs := splitDiff(st, want[i]); differs {
				fv.Errors = append(fv.Errors, e)
			}
		}
		if len(fv.Errors) > 0 {
			v.OK = false
		}
		v.Files = append(v.Files, fv)
	}
	// Users without a statement, and each supply's hourly balance.
	k := 0
	for fi, f := range m.feeds {
		hours := m.span.hours
		green := make([]int64, hours)
		expected := make([]int64, hours)
		for u := range f.users {
			if got[k] == nil {
				v.Missing.Add(CodeStatementMissing, index("supplies", fi)+"."+index("users", u), "user {facility} ({name}) of supply {supply} has no statement",
					"facility", want[k].User.Facility, "name", want[k].User.Name, "supply", f.ID)
			} else if len(got[k].Hourly.Green) == hours {
				for h, g := range got[k].Hourly.Green {
					green[h] += g
				}
			}
			for h, g := range want[k].Hourly.Green {
				expected[h] += g
			}
			k++
		}
		b := SupplyBalance{ID: f.ID, Balanced: true}
		var gen, gr, sur int64
		for h := range hours {
			surplus := f.gen[h] - expected[h]
			gen, gr, sur = gen+f.gen[h], gr+green[h], sur+surplus
			if green[h]+surplus != f.gen[h] {
				if b.Balanced {
					b.FirstHour = m.span.start.Add(time.Duration(h) * time.Hour).Format("2006-01-02T15:04")
				}
				b.Balanced = false
				b.Unbalanced++
			}
		}
		b.Generation, b.Green, b.Surplus = whToKWh(gen), whToKWh(gr), whToKWh(sur)
		v.OK = v.OK && b.Balanced
		v.Supplies = append(v.Supplies, b)
	}
	v.OK = v.OK && len(v.Missing) == 0
	return v, nil
}

// splitDiff compares a statement with the one the project issues for the
// same user and names the first place they differ.
func splitDiff(got, want Statement) (Error, bool) {
	got.SHA256, want.SHA256 = "", ""
	got.ProjectSHA256 = want.ProjectSHA256 // reported apart, as statement.project
	if bytes.Equal(got.Canonical(), want.Canonical()) {
		return Error{}, false
	}
	var errs Errors
	if len(got.Hourly.Green) == len(want.Hourly.Green) {
		for h, g := range got.Hourly.Green {
			if w := want.Hourly.Green[h]; g != w {
				errs.Add(CodeStatementSplit, "hourly.green["+strconv.Itoa(h)+"]", "gives {got} kWh in hour {hour}; the project's split gives {want} kWh",
					"got", whToKWh(g), "hour", strconv.Itoa(h), "want", whToKWh(w))
				return errs[0], true
			}
		}
	}
	parts := []struct {
		field string
		enc   func(b []byte, s *Statement) []byte
	}{
		{"hourly", func(b []byte, s *Statement) []byte { return encStatementHours(b, &s.Hourly) }},
		{"annual", func(b []byte, s *Statement) []byte { return encStatementTotals(b, &s.Annual) }},
		{"monthly", func(b []byte, s *Statement) []byte {
			if s.Monthly == nil {
				return append(b, "null"...)
			}
			for i := range s.Monthly {
				b = encStatementMonth(append(b, ','), &s.Monthly[i])
			}
			return b
		}},
		{"user", func(b []byte, s *Statement) []byte { return encParty(b, &s.User) }},
		{"operator", func(b []byte, s *Statement) []byte { return encParty(b, &s.Operator) }},
		{"supply", func(b []byte, s *Statement) []byte { return encStatementSupply(b, &s.Supply) }},
		{"rule", func(b []byte, s *Statement) []byte { return encStatementRule(b, &s.Rule) }},
		{"period", func(b []byte, s *Statement) []byte { return encStatementPeriod(b, &s.Period) }},
		{"plant", func(b []byte, s *Statement) []byte { return encStatementPlant(b, &s.Plant) }},
		{"flags", func(b []byte, s *Statement) []byte { return codec.AppendStrings(b, s.Flags) }},
	}
	for _, x := range parts {
		// Compared as JSON, as the statement file gives them.
		if !bytes.Equal(x.enc(nil, &got), x.enc(nil, &want)) {
			errs.Add(CodeStatementDiffers, x.field, "differs from what the project issues for this user in {part}", "part", x.field)
			return errs[0], true
		}
	}
	errs.Add(CodeStatementDiffers, "", "differs from what the project issues for this user in {part}", "part", "the statement")
	return errs[0], true
}
