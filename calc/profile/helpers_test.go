package profile

import (
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"
)

// runs writes hours as runs of equal values: "0×8 6579×8 0×8".
func runs(hours []int64) string {
	var b strings.Builder
	for i := 0; i < len(hours); {
		j := i
		for j < len(hours) && hours[j] == hours[i] {
			j++
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.FormatInt(hours[i], 10) + "×" + strconv.Itoa(j-i))
		i = j
	}
	return b.String()
}

// calendar makes a DayKinds from dates written as "2006-01-02".
func calendar(kinds map[string]DayKind) DayKinds {
	return func(date time.Time) DayKind { return kinds[date.Format(time.DateOnly)] }
}

// china2025 is the part of China's official 2025 calendar (国办发明电〔2024〕12号,
// as in shared/data/policy/cn-holidays.csv) that the tests use.
var china2025 = calendar(map[string]DayKind{
	"2025-01-26": MakeUpWorkday,
	"2025-01-28": Holiday, "2025-01-29": Holiday, "2025-01-30": Holiday, "2025-01-31": Holiday,
	"2025-02-01": Holiday, "2025-02-02": Holiday, "2025-02-03": Holiday, "2025-02-04": Holiday,
	"2025-02-08": MakeUpWorkday,
})

// day returns the 24 hours of date in a profile of the period from start.
func day(profile []int64, start Month, date string) []int64 {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		panic(err)
	}
	first := time.Date(start.Year, start.Month, 1, 0, 0, 0, 0, time.UTC)
	i := int(d.Sub(first).Hours())
	return profile[i : i+24]
}

// monthSums adds up a profile month by month.
func monthSums(profile []int64, start Month) [12]int64 {
	var sums [12]int64
	pos := 0
	for i := range 12 {
		y, mo := start.nth(i)
		for _, v := range profile[pos : pos+24*daysIn(y, mo)] {
			sums[i] += v
		}
		pos += 24 * daysIn(y, mo)
	}
	return sums
}

// refSplit is the slow, obviously correct largest-remainder split: exact
// big-integer shares, then one watt-hour each to the hours with the largest
// remainders, taken in an order sorted by remainder with a stable sort, so
// equal remainders keep the earliest hour first.
func refSplit(total int64, w []int64) []int64 {
	out := make([]int64, len(w))
	if total == 0 {
		return out
	}
	sum := new(big.Int)
	for _, v := range w {
		sum.Add(sum, big.NewInt(v))
	}
	rems := make([]*big.Int, len(w))
	given := int64(0)
	for i, v := range w {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(big.NewInt(total), big.NewInt(v)), sum, new(big.Int))
		out[i] = q.Int64()
		rems[i] = r
		given += out[i]
	}
	order := make([]int, len(w))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rems[order[a]].Cmp(rems[order[b]]) > 0 })
	for _, i := range order[:total-given] {
		out[i]++
	}
	return out
}
