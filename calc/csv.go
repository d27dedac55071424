package calc

import (
	"bytes"
	"encoding/csv"
	"strings"
	"time"
)

// CSV writes the figures of r as a table, one figure a row: what it
// belongs to, which figure, the reported value, its unit, the exact value
// and its flags. It is the spreadsheet view of the same Result. A
// facility's monthly breakdown follows its figures, one row per month and
// source, with the entity "facility:ID/month:YYYY-MM" and the figures
// load, certificates, direct, ppa, supplier and grid in kWh, so the table
// keeps its six columns. The hourly share is not in it. A cell that
// holds the user's text is neutralised against formula injection (see
// cell); figures are written as Greenline formats them.
func CSV(r Result) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"entity", "figure", "value", "unit", "exact", "flags"})
	fig := func(entity, name string, f Figure) {
		w.Write([]string{cell(entity), name, f.Value, f.Unit, f.Exact, strings.Join(f.Flags, " ")})
	}
	qty := func(entity, name string, q Quantity) {
		w.Write([]string{cell(entity), name, q.Value, q.Unit, q.Value, ""})
	}
	share := func(entity, name string, s Share, flags []string) {
		w.Write([]string{cell(entity), name, s.Percent, "%", s.Part.Value + "/" + s.Whole.Value, strings.Join(flags, " ")})
	}
	fig("organisation", "scope1", r.Scope1)
	fig("organisation", "scope2_location_based", r.LocationBased)
	fig("organisation", "scope2_market_based", r.MarketBased)
	for _, f := range r.Facilities {
		e := "facility:" + f.ID
		qty(e, "electricity", f.Energy)
		fig(e, "scope1", f.Scope1)
		fig(e, "scope2_location_based", f.LocationBased)
		fig(e, "scope2_market_based", f.MarketBased)
		if f.Matching != nil {
			share(e, "hourly_matched", f.Matching.Hourly, f.Matching.Flags)
			share(e, "annual_matched", f.Matching.Annual, f.Matching.Flags)
			if f.Matching.CFE != nil {
				w.Write([]string{cell(e), "cfe_score", f.Matching.CFE.Percent, "%", f.Matching.CFE.Clean.Value + "/" + f.Matching.CFE.Load.Value, strings.Join(f.Matching.Flags, " ")})
			}
		}
		for _, m := range f.Monthly {
			me := e + "/month:" + m.Month
			for _, x := range [...]struct{ name, kwh string }{{"load", m.Load}, {"certificates", m.Certificates},
				{"direct", m.Direct}, {"ppa", m.PPA}, {"supplier", m.Supplier}, {"grid", m.Grid}} {
				qty(me, x.name, Quantity{Value: x.kwh, Unit: "kWh"})
			}
		}
	}
	for _, s := range r.Supplies {
		e := "supply:" + s.ID
		qty(e, "generation", s.Generation)
		qty(e, "allocated", s.Allocated)
		qty(e, "surplus_"+s.Fate, s.Surplus)
		share(e, "hourly_matched", s.Matching.Hourly, s.Flags)
		share(e, "annual_matched", s.Matching.Annual, s.Flags)
		for _, x := range s.Ratios {
			share(e, x.Metric, x.Share, s.Flags)
		}
		for _, u := range s.Users {
			ue := e + "/user:" + u.Facility
			qty(ue, "green", u.Green)
			qty(ue, "residual", u.Residual)
			share(ue, "hourly_matched", u.Matched, s.Flags)
		}
	}
	for _, p := range r.Products {
		e := "product:" + p.ID
		qty(e, "electricity", p.Electricity)
		fig(e, "scope1", p.Scope1)
		fig(e, "scope2_location_based", p.LocationBased)
		fig(e, "scope2_market_based", p.MarketBased)
		for _, in := range []*Intensity{p.PerUnit, p.PerTonne} {
			if in != nil {
				w.Write([]string{cell(e), "intensity_location_based", in.LocationBased, in.Unit, "", ""})
				w.Write([]string{cell(e), "intensity_market_based", in.MarketBased, in.Unit, "", ""})
			}
		}
		if c := p.CBAM; c != nil {
			w.Write([]string{cell(e), "cbam_see_direct", c.SEEDirect, "tCO2e/t", "", c.Coverage})
			w.Write([]string{cell(e), "cbam_see_indirect", c.SEEIndirect, "tCO2e/t", "", c.Coverage})
			w.Write([]string{cell(e), "cbam_see", c.SEE, "tCO2e/t", "", c.Coverage})
		}
	}
	w.Flush()
	return b.Bytes()
}

// HourlyCSV writes every hour of every supply user, one row an hour and
// user: the hour's local start, the supply, the facility, and its green
// and grid energy in kWh. It needs a result computed with options.hourly.
// Ids are neutralised against formula injection (see cell).
func HourlyCSV(r Result) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"hour_start", "supply", "facility", "green_kwh", "residual_kwh"})
	for _, s := range r.Supplies {
		for _, u := range s.Users {
			if u.Hours == nil {
				continue
			}
			start, err := time.Parse("2006-01-02T15:04", u.Hours.Start)
			if err != nil {
				continue
			}
			for h := range u.Hours.Green {
				w.Write([]string{start.Add(time.Duration(h) * time.Hour).Format("2006-01-02T15:04"), cell(s.ID), cell(u.Facility), u.Hours.Green[h], u.Hours.Residual[h]})
			}
		}
	}
	w.Flush()
	return b.Bytes()
}

// cell neutralises a cell of text the user wrote (an id) against formula
// injection, by the OWASP rule: a cell that begins with "=", "+", "-",
// "@", a tab or a carriage return gets an apostrophe in front, so that a
// spreadsheet shows it as text rather than running it. Figures are not
// cells of the user's: Greenline formats them, and a negative one stays a
// number.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
