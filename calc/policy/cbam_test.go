package policy

import (
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	// Each expectation is "coverage sector emissions_counted entry", with
	// "-" for an empty field, and the excepted code when an exception of
	// Annex I decides. The comment names the row that makes it so.
	tests := []struct{ cn, want string }{
		// cbam-goods.csv row 23, heading 7308 (structures of iron or steel), Annex II.
		{"7308 90 98", "covered iron-steel direct-only 7308"},
		// cbam-goods.csv row 32, heading 7605 (aluminium wire), Annex II.
		{"7605 11 00", "covered aluminium direct-only 7605"},
		{"76052100", "covered aluminium direct-only 7605"},
		// cbam-goods.csv row 14, chapter 72: 7202 11 is not in its EXCEPT list.
		{"7202 11 20", "covered iron-steel direct-only 72"},
		// Row 14's EXCEPT list: "7202 2 (Ferro-silicon)" covers 7202 21 00.
		{"7202 21 00", "not-covered - - - except 7202 2"},
		// Row 14's EXCEPT list names both 7202 99 and 7202 99 10; the longer decides.
		{"7202 99 10", "not-covered - - - except 7202 99 10"},
		// Row 14's EXCEPT list: "7204 (Ferrous waste and scrap; …)".
		{"7204 41 10", "not-covered - - - except 7204"},
		// cbam-goods.csv row 13, heading 3105, EXCEPT 3105 60 00.
		{"3105 60 00", "not-covered - - - except 3105 60 00"},
		{"3105 20 10", "covered fertilisers direct-and-indirect 3105"},
		// cbam-goods.csv row 2, "ex 2507 00 80": only part of the code is covered.
		{"2507 00 80", "partly-covered cement direct-and-indirect ex 2507 00 80"},
		// cbam-goods.csv row 8, electricity, in Annex II since Regulation (EU) 2025/2083.
		{"2716 00 00", "covered electricity direct-only 2716 00 00"},
		// cbam-goods.csv row 43, hydrogen, Annex II.
		{"2804 10 00", "covered hydrogen direct-only 2804 10 00"},
		// cbam-goods.csv row 5, Portland cement: not in Annex II.
		{"2523 29 00", "covered cement direct-and-indirect 2523 29 00"},
		// cbam-goods.csv row 15, agglomerated iron ore: iron-steel but not in Annex II.
		{"2601 12 00", "covered iron-steel direct-and-indirect 2601 12 00"},
		// cbam-downstream-proposal.csv row 77, transformers > 16 kVA ≤ 500 kVA.
		{"8504 33 00", "proposed combined-metal-products - 8504 33 00"},
		// cbam-downstream-proposal.csv row 85, ex 8544 49 93 "containing steel or aluminium".
		{"8544 49 93", "partly-proposed combined-metal-products - ex 8544 49 93"},
		{"85444993", "partly-proposed combined-metal-products - ex 8544 49 93"},
		// cbam-downstream-proposal.csv row 2, 7312 10, a new iron-and-steel entry.
		{"7312 10 20", "proposed iron-steel - 7312 10"},
		// No row: only 8504 31 80, 8504 33 00 and ex 8504 50 00 of heading 8504 are proposed.
		{"8504 40 30", "not-covered - - -"},
		// No row: 8544 42 is not among the proposed 8544 codes.
		{"8544 42 90", "not-covered - - -"},
		// No row in either file falls above 8481 80 99.
		{"8481 80 99", "not-covered - - -"},
		// Spaces anywhere are ignored.
		{" 8481 8099 ", "not-covered - - -"},
	}
	lib := Default()
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	for _, tt := range tests {
		t.Run(tt.cn, func(t *testing.T) {
			c, err := lib.Classify(tt.cn)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join([]string{string(c.Coverage), dash(c.Sector), dash(c.EmissionsCounted), dash(c.Entry)}, " ")
			if c.Excepted != nil {
				got += " except " + c.Excepted.Code
			}
			if got != tt.want {
				t.Errorf("Classify(%q) = %q, want %q", tt.cn, got, tt.want)
			}
			if c.Entry != "" && (c.Document == nil || c.Verification == "") {
				t.Errorf("Classify(%q): no citation", tt.cn)
			}
		})
	}
}

func TestClassifyString(t *testing.T) {
	tests := []struct{ cn, want string }{
		{"7605 11 00", "CN 7605 11 00: covered by CBAM Annex I entry 7605 (aluminium); direct emissions only (Annex II)"},
		{"2507 00 80", "CN 2507 00 80: partly covered (ex code): check the description of Annex I entry ex 2507 00 80 (cement): Other kaolinic clays except non-calcined kaolinic clays; direct and indirect emissions"},
		{"8504 33 00", "CN 8504 33 00: not covered today; proposed as entry 8504 33 00 (combined-metal-products) by COM(2025) 989 final, 2025/0419(COD)"},
		{"7202 21 00", "CN 7202 21 00: not covered; Annex I entry 72 excepts 7202 2 (Ferro-silicon)"},
		{"8481 80 99", "CN 8481 80 99: not covered"},
	}
	for _, tt := range tests {
		t.Run(tt.cn, func(t *testing.T) {
			c, err := Default().Classify(tt.cn)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.String(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestClassifyRejects(t *testing.T) {
	for _, cn := range []string{"", "8544", "8544 4", "8544 49 9", "8544 49 930", "8544.49.93", "ex 8544 49 93", "8544 49 9x", "８５４４４９９３"} {
		t.Run(cn, func(t *testing.T) {
			if c, err := Default().Classify(cn); err == nil {
				t.Errorf("Classify(%q) = %v, want an error", cn, c)
			}
		})
	}
}

func TestParseCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"72", "72"},
		{"2814", "2814"},
		{"7202 2", "72022"},
		{"7303 00", "730300"},
		{"2523 10 00", "25231000"},
		{"ex 2507 00 80", "ex 25070080"},
		{"ex 8424 89", "ex 842489"},
		{"725", "error"},
		{"7303  00", "error"},
		{"7303 0", "73030"},
		{"25 23 10 00", "error"},
		{"2523 10 0", "error"},
		{"EX 2507 00 80", "error"},
		{"", "error"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			digits, ex, err := parseCode(tt.in)
			got := digits
			if ex {
				got = "ex " + got
			}
			if err != nil {
				got = "error"
			}
			if got != tt.want {
				t.Errorf("parseCode(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseExceptions(t *testing.T) {
	tests := []struct{ name, note, under, want string }{
		{"none", "Greenhouse gas(es) per Annex I: Carbon dioxide.", "7301", ""},
		{"one", "Covered. EXCEPT (not covered): 3105 60 00 (Mineral fertilisers).", "3105", "3105 60 00=Mineral fertilisers"},
		{"semicolon inside", "EXCEPT (not covered): 7202 2 (Ferro-silicon); 7204 (Ferrous waste and scrap; remelting scrap ingots and steel).", "72",
			"7202 2=Ferro-silicon | 7204=Ferrous waste and scrap; remelting scrap ingots and steel"},
		{"nested brackets", "EXCEPT (not covered): 7204 (Waste (and scrap)).", "72", "7204=Waste (and scrap)"},
		{"outside the entry", "EXCEPT (not covered): 7301 (Sheet piling).", "72", "error"},
		{"the entry itself", "EXCEPT (not covered): 72 (Iron and steel).", "72", "error"},
		{"ex code", "EXCEPT (not covered): ex 7204 (Scrap).", "72", "error"},
		{"no description", "EXCEPT (not covered): 7204.", "72", "error"},
		{"empty description", "EXCEPT (not covered): 7204 ().", "72", "error"},
		{"unclosed", "EXCEPT (not covered): 7204 (Scrap.", "72", "error"},
		{"bad separator", "EXCEPT (not covered): 7204 (Scrap), 7202 2 (Ferro-silicon).", "72", "error"},
		{"twice", "EXCEPT (not covered): 7204 (Scrap). EXCEPT (not covered): 7202 2 (Ferro-silicon).", "72", "error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := parseExceptions(tt.note, tt.under)
			var parts []string
			for _, e := range es {
				parts = append(parts, e.Code+"="+e.Description)
			}
			got := strings.Join(parts, " | ")
			if err != nil {
				got = "error"
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestChapter72Exceptions checks that every exception the notes of the
// chapter-72 row list is parsed: thirteen codes.
func TestChapter72Exceptions(t *testing.T) {
	for _, g := range Default().Goods {
		if g.Code != "72" {
			continue
		}
		var got []string
		for _, e := range g.Exceptions {
			got = append(got, e.Code)
		}
		want := "7202 2, 7202 30 00, 7202 50 00, 7202 70 00, 7202 80 00, 7202 91 00, 7202 92 00, 7202 93 00, 7202 99, 7202 99 10, 7202 99 30, 7202 99 80, 7204"
		if strings.Join(got, ", ") != want {
			t.Errorf("exceptions = %s, want %s", strings.Join(got, ", "), want)
		}
		return
	}
	t.Fatal("no chapter-72 row")
}

// TestClassifyHS6 checks 6-digit HS codes, as buyers send them: the code
// decides when no entry of either list, nor an exception, lies below it,
// and otherwise the answer names the entries that split it.
func TestClassifyHS6(t *testing.T) {
	tests := []struct{ hs, coverage, entry, candidates string }{
		// cbam-goods.csv row 32, heading 7605: every CN code under 7605 11 is covered alike.
		{"7605 11", "covered", "7605", ""},
		// cbam-goods.csv row 23, heading 7308, written without spaces.
		{"730890", "covered", "7308", ""},
		// cbam-downstream-proposal.csv row 2, 7312 10 itself is the proposed entry.
		{"7312 10", "proposed", "7312 10", ""},
		// cbam-downstream-proposal.csv rows 83–87: five "ex" codes lie below 8544 49.
		{"8544 49", "needs-cn8", "", "ex 8544 49 20; ex 8544 49 91; ex 8544 49 93; ex 8544 49 95; ex 8544 49 99"},
		// cbam-goods.csv row 14, chapter 72 EXCEPT 7202 99, and 7202 99 10, 30, 80 below it:
		// excepted too, so every CN code under 7202 99 is out alike and the HS code decides.
		{"7202 99", "not-covered", "", ""},
		// No row falls above or below 8481 80.
		{"8481 80", "not-covered", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.hs, func(t *testing.T) {
			c, err := Default().Classify(tt.hs)
			if err != nil {
				t.Fatal(err)
			}
			if !c.HS6 || string(c.Coverage) != tt.coverage || c.Entry != tt.entry || strings.Join(c.Candidates, "; ") != tt.candidates {
				t.Errorf("Classify(%q) = HS6 %v, %s, entry %q, below %q; want HS6, %s, entry %q, below %q",
					tt.hs, c.HS6, c.Coverage, c.Entry, strings.Join(c.Candidates, "; "), tt.coverage, tt.entry, tt.candidates)
			}
		})
	}
	for _, bad := range []string{"8544 4", "8544 499", "854449930", "8544 4x"} {
		if _, err := Default().Classify(bad); err == nil {
			t.Errorf("Classify(%q) accepted; want an error (8 or 6 digits)", bad)
		}
	}
}
