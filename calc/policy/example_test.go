package policy_test

import (
	"fmt"

	"github.com/greenline-calc/greenline/calc/policy"
	"github.com/shopspring/decimal"
)

func ExampleLibrary_Classify() {
	lib := policy.Default()
	for _, cn := range []string{"7605 11 00", "8504 33 00", "72022100", "8481 80 99"} {
		c, err := lib.Classify(cn)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c)
	}
	// Output:
	// CN 7605 11 00: covered by CBAM Annex I entry 7605 (aluminium); direct emissions only (Annex II)
	// CN 8504 33 00: not covered today; proposed as entry 8504 33 00 (combined-metal-products) by COM(2025) 989 final, 2025/0419(COD)
	// CN 7202 21 00: not covered; Annex I entry 72 excepts 7202 2 (Ferro-silicon)
	// CN 8481 80 99: not covered
}

func ExampleLibrary_RatioThresholds() {
	ts, err := policy.Default().RatioThresholds(policy.MultiUser, "2026-07-01")
	if err != nil {
		fmt.Println(err)
		return
	}
	// A project that used 58 % of its available generation on site.
	used := decimal.RequireFromString("58")
	for _, t := range ts {
		if t.Metric == "self_consumed_share_of_available_generation" {
			fmt.Printf("%s %s %s: met %v (%s)\n", t.Comparator, t.Value, t.Unit, t.Met(used), t.Document.Number)
		}
	}
	// Output: >= 60 %: met false (发改能源〔2026〕688号)
}

func ExampleLibrary_DayKind() {
	lib := policy.Default()
	for _, date := range []string{"2026-10-01", "2026-02-14", "2026-03-02", "2027-01-01"} {
		k, err := lib.DayKind(date)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(date, k)
	}
	// Output:
	// 2026-10-01 holiday
	// 2026-02-14 workday
	// 2026-03-02 ordinary
	// 2027-01-01: outside the years the holiday notices cover (2024, 2025, 2026)
}
