package calc

import (
	"strings"
	"testing"

	"github.com/greenline-calc/greenline/calc/factors"
)

func TestMarketBasedInstruments(t *testing.T) {
	org := "Example Cable Co."
	cert := func(id, scheme, mwh, market, retired, from, to string) Certificate {
		return Certificate{ID: id, Scheme: scheme, MWh: mwh, Market: market, RetiredFor: retired, Facility: "f",
			Vintage: Vintage{From: from, To: to}, Technology: "wind"}
	}
	p := Project{
		Format: 1, Organisation: org, Period: &Period{Start: "2024-01"},
		Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "province-zhejiang"},
			Electricity: Electricity{Unit: "MWh", Annual: "1000"}}},
		Certificates: []Certificate{
			cert("gec-ok", "GEC", "300", "CN", org, "2024-01", "2024-06"),
			cert("gec-other-company", "GEC", "100", "CN", "Someone Else Ltd.", "2024-01", "2024-06"),
			cert("gec-old", "GEC", "100", "CN", org, "2021-01", "2021-12"),
			cert("irec-cn", "I-REC", "100", "CN", org, "2024-01", "2024-06"),
		},
		Contracts: []Contract{{ID: "ppa-1", Facility: "f", MWh: "200", Technology: "wind", Market: "CN", Evidence: "PPA 2023-17"}},
	}
	p.Facilities[0].Supplier = &CustomFactor{Value: "0.45", Unit: "kgCO2/kWh", Source: "Example Power supply contract 2024, disclosed rate"}
	r, err := Calculate(p, factors.Default())
	if err != nil {
		t.Fatal(err)
	}
	f := r.Facilities[0]
	var got []string
	for _, in := range f.Instruments {
		got = append(got, in.Kind+":"+in.ID+":"+strings.TrimSuffix(in.Covered.Value, ".000")+":"+map[bool]string{true: "ok", false: "refused"}[in.Accepted])
	}
	// 1,000 MWh: the one valid GEC covers 300 MWh; three certificates are
	// refused (retired for another company, vintage 2021, an I-REC in
	// China); the PPA covers 200 MWh; the supplier rate the other 500 MWh.
	want := []string{"certificate:gec-ok:300000:ok", "certificate:gec-other-company:0:refused", "certificate:gec-old:0:refused",
		"certificate:irec-cn:0:refused", "ppa:ppa-1:200000:ok", "supplier::500000:ok"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("instruments:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	reasons := map[string]string{}
	for _, in := range f.Instruments {
		for _, r := range in.Reasons {
			reasons[in.ID] += r.Status + " " + r.Code + ": " + r.Message + " | "
		}
	}
	for id, want := range map[string]string{
		"gec-other-company": "failed qc.not_retired: retired for the reporter",
		"gec-old":           "failed qc.vintage_out: vintage",
		"irec-cn":           "failed qc.not_gec: in China the GEC is the sole proof",
	} {
		if !strings.Contains(reasons[id], want) {
			t.Errorf("%s reasons = %q, want %q", id, reasons[id], want)
		}
	}
	// Emissions: 300 MWh × 0 + 200 MWh × 0 + 500,000 kWh × 0.45 kg = 225,000 kg = 225 t.
	if f.MarketBased.Exact != "225" || f.MarketBased.Value != "225.000" {
		t.Errorf("market-based = %s (%s), want 225 (225.000)", f.MarketBased.Exact, f.MarketBased.Value)
	}
	if !strings.Contains(strings.Join(f.MarketBased.Flags, ","), FlagCustomFactor) {
		t.Errorf("flags = %v, want custom-factor (the supplier rate)", f.MarketBased.Flags)
	}
	// Annual matching: 500 MWh of 1,000 covered by green instruments; no
	// direct line, so nothing is matched hour by hour.
	if f.Matching == nil || f.Matching.Annual.Percent != "50.00" || f.Matching.Hourly.Percent != "0.00" {
		t.Errorf("matching = %+v, want annual 50.00, hourly 0.00", f.Matching)
	}
	// Location-based is untouched by instruments: 1,000,000 kWh × 0.4974 (Zhejiang) = 497.4 t.
	if f.LocationBased.Exact != "497.4" {
		t.Errorf("location-based = %s, want 497.4", f.LocationBased.Exact)
	}
}

func TestCertificateFormErrors(t *testing.T) {
	p := Project{Format: 1, Facilities: []Facility{{ID: "f", Grid: FactorRef{Table: "cn-mee-2023", Key: "national"}, Electricity: Electricity{Unit: "kWh", Annual: "1"}}},
		Certificates: []Certificate{
			{ID: "c", Scheme: "GEC", MWh: "1", Market: "CN", Facility: "f", Vintage: Vintage{From: "2024-01", To: "2024-02"}, Serials: "A1-A9"},
			{ID: "c", Scheme: "XYZ", MWh: "-1", Market: "CN", Facility: "g", Vintage: Vintage{From: "2024-13", To: "2024-02"}, Serials: "A1-A9"},
		}}
	var got []string
	for _, e := range Check(p, factors.Default()) {
		got = append(got, e.Code+" "+e.Field)
	}
	want := "id.duplicate certificates[1].id; certificate.serials certificates[1].serials; value.unknown certificates[1].scheme; " +
		"number.negative certificates[1].mwh; date.month certificates[1].vintage.from; facility.unknown certificates[1].facility"
	if strings.Join(got, "; ") != want {
		t.Errorf("errors = %s\nwant %s", strings.Join(got, "; "), want)
	}
}
