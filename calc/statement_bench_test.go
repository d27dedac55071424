package calc

import (
	"crypto/sha256"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

// BenchmarkStatements times what an operator's "issue statements" asks of
// the core for a year of hourly meters of 100 companies on one plant: read
// the project file, check it, allocate every hour, and write all 100
// statement files (each with its canonical form hashed).
func BenchmarkStatements(b *testing.B) {
	p := benchProject(100)
	p.Organisation = "Park Operator Co."
	for u := range p.Supplies[0].Users {
		p.Supplies[0].Users[u].Entity = "Company " + strconv.Itoa(u)
	}
	data, _ := json.Marshal(p)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var size int
	for b.Loop() {
		_, files, err := IssueStatements(data, factors.Default())
		if err != nil {
			b.Fatal(err)
		}
		size = 0
		for _, f := range files {
			size += len(f)
		}
	}
	b.ReportMetric(float64(size), "statement-bytes")
}

// BenchmarkStatementsChecked is BenchmarkStatements from the checked
// project (file read, readings parsed): allocation and the 100 statement
// files only.
func BenchmarkStatementsChecked(b *testing.B) {
	p := benchProject(100)
	p.Organisation = "Park Operator Co."
	for u := range p.Supplies[0].Users {
		p.Supplies[0].Users[u].Entity = "Company " + strconv.Itoa(u)
	}
	m, errs := check(p, factors.Default())
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	b.ReportAllocs()
	for b.Loop() {
		m.statements("0000000000000000000000000000000000000000000000000000000000000000")
	}
}

// BenchmarkDecodeYear100 times reading the project file of
// BenchmarkStatements alone (JSON to Project, readings still text).
func BenchmarkDecodeYear100(b *testing.B) {
	data, _ := json.Marshal(benchProject(100))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStatementsHash times hashing the canonical forms of the 100
// statements of BenchmarkStatements alone (16.9 MB): the part of issuing
// them that no layout of the text can avoid.
func BenchmarkStatementsHash(b *testing.B) {
	p := benchProject(100)
	data, _ := json.Marshal(p)
	sts, err := Statements(data, factors.Default())
	if err != nil {
		b.Fatal(err)
	}
	var canon [][]byte
	size := 0
	for _, st := range sts {
		canon = append(canon, st.Canonical())
		size += len(canon[len(canon)-1])
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, c := range canon {
			sha256.Sum256(c)
		}
	}
}
