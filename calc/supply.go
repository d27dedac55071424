package calc

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// A Supply is a renewable plant or microgrid that feeds one or several
// users over a direct line (发改能源〔2025〕650号 for one user, 〔2026〕688号
// for several). Each hour its generation is split among the users' loads by
// Rule; what no user takes is exported to the grid or curtailed, and is
// claimable by nobody.
type Supply struct {
	ID         string        `json:"id"`
	Name       string        `json:"name,omitempty"`
	Kind       string        `json:"kind"`       // "direct-line" or "microgrid"
	Technology string        `json:"technology"` // "solar", "wind", "hydro", "biomass" or "mixed"
	Unit       string        `json:"unit"`       // unit of the generation readings: kWh or MWh
	Generation *Series       `json:"generation,omitempty"`
	Solar      *SolarProfile `json:"solar,omitempty"`   // instead of Generation: synthesized, an estimate
	Factor     *CustomFactor `json:"factor,omitempty"`  // the generator's rate: required for "mixed", none for a renewable plant
	Rule       string        `json:"rule"`              // RuleProRata, RuleFixedShares or RulePriority
	Reoffer    bool          `json:"reoffer,omitempty"` // fixed shares: re-offer what users leave
	Surplus    string        `json:"surplus"`           // "exported" or "curtailed"
	Users      []SupplyUser  `json:"users"`
	// The plant's place, its provincial export cap and the periods the
	// province marks for curtailment: see operator.go.
	Location    string       `json:"location,omitempty"`
	ExportCap   string       `json:"export_cap,omitempty"`
	Curtailment *Curtailment `json:"curtailment,omitempty"`
}

// A SupplyUser is a facility that draws from a supply. In an operator's
// project (the responsible unit's, 主责单位) its facility is another
// company's metered load, named by Entity.
type SupplyUser struct {
	Facility string `json:"facility"`           // a facility id
	Share    string `json:"share,omitempty"`    // fixed shares: fraction of the generation, 0–1, at most 6 decimals
	Priority int    `json:"priority,omitempty"` // priority: 1 is served first
	Entity   string `json:"entity,omitempty"`   // the user's legal-entity name; empty: the reporting organisation itself
	USCC     string `json:"uscc,omitempty"`     // the entity's unified social credit code (统一社会信用代码)
}

var (
	supplyKinds  = map[string]bool{"direct-line": true, "microgrid": true}
	technologies = map[string]bool{"solar": true, "wind": true, "hydro": true, "biomass": true, "mixed": true}
	rules        = map[string]bool{RuleProRata: true, RuleFixedShares: true, RulePriority: true}
)

// maxUsers bounds the users of one supply.
const maxUsers = 5000

// A feed is a checked supply: its generation by hour and its users as
// indexes into the checked facilities.
type feed struct {
	Supply
	gen      []int64
	users    []int           // site indexes
	shares   []int64         // ppm per user, then the uncontracted rest
	order    []int           // user positions by priority
	estimate bool            // generation synthesized
	ef       decimal.Decimal // generator rate, kg/kWh; zero for renewables
	operator                 // entities, export cap and curtailment hours (operator.go)
}

func checkSupplies(errs *Errors, org string, supplies []Supply, sites []site, sp *span) []feed {
	if len(supplies) > 0 && sp == nil {
		errs.Add(CodePeriodSupply, "period.start", "give the reporting period: supplies are computed hour by hour over it")
		return nil
	}
	byID := map[string]int{}
	for i, s := range sites {
		byID[s.ID] = i
	}
	taken := map[int]string{} // site → supply id
	ids := map[string]int{}
	var feeds []feed
	for i, s := range supplies {
		at := index("supplies", i)
		f := feed{Supply: s}
		ok := true
		bad := func(code, field, english string, params ...string) {
			errs.Add(code, at+field, english, params...)
			ok = false
		}
		switch {
		case s.ID == "":
			bad(CodeRequired, ".id", "give the supply an id")
		case hasKey(ids, s.ID):
			bad(CodeDuplicateID, ".id", "\"{id}\" is already the id of {other}", "id", s.ID, "other", "supplies["+strconv.Itoa(ids[s.ID])+"]")
		}
		if _, dup := ids[s.ID]; !dup {
			ids[s.ID] = i
		}
		if s.ID != "" {
			checkID(errs, at+".id", s.ID)
		}
		checkText(errs, at+".name", s.Name)
		if !supplyKinds[s.Kind] {
			bad(CodeUnknown, ".kind", "\"{value}\": choose direct-line or microgrid", "value", s.Kind)
		}
		if !technologies[s.Technology] {
			bad(CodeUnknown, ".technology", "\"{value}\": choose solar, wind, hydro, biomass or mixed", "value", s.Technology)
		}
		if s.Factor != nil {
			if g, fine := customFactor(errs, at+".factor", *s.Factor); fine {
				f.ef, _ = g.row.Unit.PerKWh(g.row.Value)
			} else {
				ok = false
			}
		} else if s.Technology == "mixed" {
			bad(CodeRequired, ".factor", "give the generator's emission rate: a mixed plant is not zero-emission")
		}
		if s.Surplus != "exported" && s.Surplus != "curtailed" {
			bad(CodeUnknown, ".surplus", "\"{value}\": say whether energy no user takes is exported or curtailed", "value", s.Surplus)
		}
		if !rules[s.Rule] {
			bad(CodeUnknown, ".rule", "\"{value}\": choose pro-rata, fixed-shares or priority", "value", s.Rule)
		}
		if s.Reoffer && s.Rule != RuleFixedShares {
			bad(CodeReoffer, ".reoffer", "only fixed shares can be re-offered")
		}
		if _, known := energyUnits[s.Unit]; !known {
			bad(CodeEnergyUnit, ".unit", "\"{unit}\" is not an energy unit here; choose kWh or MWh", "unit", s.Unit)
		} else if (s.Generation == nil) == (s.Solar == nil) {
			bad(CodeGeneration, ".generation", "give the hourly generation, or a solar profile to synthesize it (not both)")
		} else if sp != nil && s.Generation != nil {
			if f.gen = hourly(errs, at+".generation", s.Generation, s.Unit, *sp); f.gen == nil {
				ok = false
			}
		} else if sp != nil {
			if f.gen, f.estimate = synthSolar(errs, at+".solar", *s.Solar, *sp), true; f.gen == nil {
				ok = false
			}
		}
		switch n := len(s.Users); {
		case n == 0:
			bad(CodeRequired, ".users", "add at least one user")
		case n > maxUsers:
			bad(CodeTooMany, ".users", "has {count} users; at most {max} are accepted", "count", strconv.Itoa(n), "max", strconv.Itoa(maxUsers))
			continue
		}
		var shareSum int64
		prio := map[int]int{}
		for u, user := range s.Users {
			uat := "." + index("users", u)
			si, found := byID[user.Facility]
			switch {
			case user.Facility == "":
				bad(CodeRequired, uat+".facility", "name the facility that draws from this supply")
			case !found:
				bad(CodeFacilityUnknown, uat+".facility", "\"{id}\" is not the id of a facility", "id", user.Facility)
			case taken[si] != "":
				bad(CodeTwoSupplies, uat+".facility", "\"{facility}\" already draws from supply \"{supply}\"; a facility draws from one supply", "facility", sites[si].label(), "supply", taken[si])
			case sites[si].hours == nil:
				bad(CodeUserHours, uat+".facility", "\"{facility}\" needs hourly electricity data (electricity.hourly), or bills with a profile to synthesize hours, to share a supply hour by hour", "facility", sites[si].label())
			default:
				taken[si] = s.ID
				f.users = append(f.users, si)
			}
			if user.Share != "" && s.Rule != RuleFixedShares {
				bad(CodeShareRule, uat+".share", "a share applies only to the fixed-shares rule; this supply's rule is {rule}", "rule", s.Rule)
			}
			if user.Priority != 0 && s.Rule != RulePriority {
				bad(CodePriorityRule, uat+".priority", "a priority applies only to the priority rule; this supply's rule is {rule}", "rule", s.Rule)
			}
			switch s.Rule {
			case RuleFixedShares:
				ppm, e := parseShare(user.Share)
				if e != nil {
					errs.Put(at+uat+".share", *e)
					ok = false
				}
				f.shares = append(f.shares, ppm)
				shareSum += ppm
			case RulePriority:
				if user.Priority < 1 {
					bad(CodeRequired, uat+".priority", "give a priority of 1 or more (1 is served first)")
				} else if prev, dup := prio[user.Priority]; dup {
					bad(CodePriorityTwice, uat+".priority", "{priority} is also the priority of {other}; priorities must differ", "priority", strconv.Itoa(user.Priority), "other", index("users", prev))
				} else {
					prio[user.Priority] = u
				}
			}
		}
		if !checkOperator(errs, at, org, s, sp, &f) {
			ok = false
		}
		if s.Rule == RuleFixedShares && shareSum > shareUnit {
			bad(CodeSharesSum, ".users", "the shares add up to {sum}, more than 1", "sum", decimal.New(shareSum, -6).String())
		}
		if !ok {
			continue
		}
		if s.Rule == RuleFixedShares {
			f.shares = append(f.shares, shareUnit-shareSum)
		}
		if s.Rule == RulePriority {
			f.order = priorityOrder(s.Users)
		}
		feeds = append(feeds, f)
	}
	return feeds
}

// priorityOrder lists user positions from the first served to the last.
func priorityOrder(users []SupplyUser) []int {
	order := make([]int, len(users))
	for i := range order {
		order[i] = i
	}
	for i := 1; i < len(order); i++ { // insertion sort: few users, stable
		for j := i; j > 0 && users[order[j]].Priority < users[order[j-1]].Priority; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	return order
}

// parseShare reads a contracted share between 0 and 1 with at most six
// decimals as parts per million.
func parseShare(s string) (int64, *Error) {
	d, e := parseDecimal(s)
	switch {
	case e != nil:
		return 0, e
	case d.GreaterThan(decimal.NewFromInt(1)):
		return 0, fault(CodeRange, "{value} must be between {min} and {max}", "value", strings.TrimSpace(s), "min", "0", "max", "1")
	}
	ppm := d.Shift(6)
	if !ppm.IsInteger() {
		return 0, fault(CodePlaces, "{value} has more than {places} decimal places", "value", strings.TrimSpace(s), "places", "6")
	}
	return ppm.IntPart(), nil
}
