package meter

import (
	"strconv"
	"time"
)

// Times inside the parser are civil minutes: minutes since 1970-01-01 00:00
// of wall-clock time, with no zone. Every day has 1440 of them, so the
// quarter, half and whole hours are multiples of 15, 30 and 60.

const (
	minYear = 1970
	maxYear = 9999
)

// A stamp is a date and time of day as read from a row.
type stamp struct {
	min     int64 // civil minutes
	offGrid bool  // seconds or a fraction of a second that are not zero
	zoned   bool  // the text carried a UTC offset
	offset  int64 // that offset in minutes east of UTC
}

// A dayCache remembers the civil day of the last date read, since
// consecutive rows nearly always share it.
type dayCache struct {
	y, m, d int
	day     int64
	text    [10]byte // the date as written, when it took ten bytes
	hasText bool
}

// quick reads the commonest stamps, "2024-01-31 00:15" (or with 'T', or
// with ":00" seconds), whose date is the one read last, as parseStamp
// would read them; ok is false for anything else, which parseStamp then
// reads.
func (c *dayCache) quick(b []byte) (min int64, ok bool) {
	if len(b) != 16 && (len(b) != 19 || b[16] != ':' || b[17] != '0' || b[18] != '0') {
		return 0, false
	}
	if !c.hasText || string(b[:10]) != string(c.text[:]) || (b[10] != ' ' && b[10] != 'T') || b[13] != ':' {
		return 0, false
	}
	h1, h2, m1, m2 := b[11]-'0', b[12]-'0', b[14]-'0', b[15]-'0' // above 9 when not digits
	if h1 > 2 || h2 > 9 || m1 > 5 || m2 > 9 || h1 == 2 && h2 > 3 {
		return 0, false
	}
	return c.day*1440 + int64(h1)*600 + int64(h2)*60 + int64(m1)*10 + int64(m2), true
}

func (c *dayCache) days(y, m, d int) int64 {
	if y != c.y || m != c.m || d != c.d {
		c.y, c.m, c.d = y, m, d
		c.day = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400
	}
	return c.day
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number reads 1 to max digits from b at i; n is how many it read.
func number(b []byte, i, max int) (v, n int) {
	for n < max && i+n < len(b) && isDigit(b[i+n]) {
		v = v*10 + int(b[i+n]-'0')
		n++
	}
	return v, n
}

const timeExample = "write it as 2024-01-31 00:15 (year first; 2024/1/31 0:15 and 2024-01-31T00:15:00 are read too)"

// notTime is the problem of b, which is not a date and time.
func notTime(b []byte) *Error {
	return fault(CodeTime, "\"{value}\" is not a date and time; "+timeExample, "value", text(b))
}

// parseDate reads YYYY-MM-DD at the start of b, the separator being '-',
// '/' or '.', used the same both times, and months and days of one or two
// digits. It returns the civil day, how many bytes it read, and the problem
// when b does not start with a valid date.
func parseDate(b []byte, cache *dayCache) (int64, int, *Error) {
	y, n := number(b, 0, 4)
	if n != 4 || len(b) < 5 || (b[4] != '-' && b[4] != '/' && b[4] != '.') {
		return 0, 0, notTime(b)
	}
	sep := b[4]
	m, nm := number(b, 5, 2)
	i := 5 + nm
	if nm == 0 || i >= len(b) || b[i] != sep {
		return 0, 0, notTime(b)
	}
	d, nd := number(b, i+1, 2)
	i += 1 + nd
	switch {
	case nd == 0:
		return 0, 0, notTime(b)
	case y < minYear || y > maxYear:
		return 0, 0, fault(CodeTimeYear, "\"{value}\" has the year {year}; years from {min_year} are read",
			"value", text(b), "year", strconv.Itoa(y), "min_year", strconv.Itoa(minYear))
	case m < 1 || m > 12 || d < 1 || d > daysIn(y, m):
		return 0, 0, fault(CodeTimeDay, "\"{value}\" is not a date: {year} has no day {day} in month {month}",
			"value", text(b), "year", strconv.Itoa(y), "day", strconv.Itoa(d), "month", strconv.Itoa(m))
	}
	day := cache.days(y, m, d)
	if cache.hasText = i == 10; i == 10 {
		copy(cache.text[:], b)
	}
	return day, i, nil
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// parseClock reads H:MM, HH:MM or either with :SS and an optional
// fraction of a second, then an optional UTC offset ("Z", "+08:00",
// "+0800", "+08", "-05:00", alone or after one space), and nothing else.
// whole is the full field text, for messages.
func parseClock(b, whole []byte) (stamp, *Error) {
	h, nh := number(b, 0, 2)
	if nh == 0 || nh >= len(b) || b[nh] != ':' {
		return stamp{}, notTime(whole)
	}
	mi, nmi := number(b, nh+1, 2)
	if nmi != 2 {
		return stamp{}, notTime(whole)
	}
	var st stamp
	i := nh + 3
	if i < len(b) && b[i] == ':' {
		s, ns := number(b, i+1, 2)
		if ns != 2 || s > 59 {
			return stamp{}, notTime(whole)
		}
		st.offGrid = s != 0
		i += 3
		if i < len(b) && b[i] == '.' {
			j := i + 1
			for ; j < len(b) && isDigit(b[j]); j++ {
				st.offGrid = st.offGrid || b[j] != '0'
			}
			if j == i+1 {
				return stamp{}, notTime(whole)
			}
			i = j
		}
	}
	if h > 23 || mi > 59 {
		if h == 24 && mi == 0 {
			return stamp{}, fault(CodeTime24, "\"{value}\" has the hour 24; each row gives the start of its interval, so write 00:00 of the next day", "value", text(whole))
		}
		return stamp{}, notTime(whole)
	}
	st.min = int64(h*60 + mi)
	if i < len(b) && b[i] == ' ' && i+1 < len(b) && (b[i+1] == '+' || b[i+1] == '-' || b[i+1] == 'Z') {
		i++
	}
	if i == len(b) {
		return st, nil
	}
	off, ok := parseOffset(b[i:])
	if !ok {
		return stamp{}, fault(CodeTimeOffset, "\"{value}\" is not a date and time; "+timeExample+", with an offset such as +08:00 or Z if any", "value", text(whole))
	}
	st.zoned, st.offset = true, off
	return st, nil
}

// parseOffset reads a whole UTC offset: "Z", or a sign and hours of two
// digits with optional minutes, with or without a colon.
func parseOffset(b []byte) (int64, bool) {
	if len(b) == 1 && b[0] == 'Z' {
		return 0, true
	}
	if len(b) < 3 || (b[0] != '+' && b[0] != '-') {
		return 0, false
	}
	h, nh := number(b, 1, 2)
	if nh != 2 {
		return 0, false
	}
	rest := b[3:]
	if len(rest) > 0 && rest[0] == ':' {
		rest = rest[1:]
		if len(rest) == 0 {
			return 0, false
		}
	}
	m := 0
	if len(rest) > 0 {
		var nm int
		m, nm = number(rest, 0, 2)
		if nm != 2 || len(rest) != 2 {
			return 0, false
		}
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	off := int64(h*60 + m)
	if b[0] == '-' {
		off = -off
	}
	return off, true
}

// parseStamp reads a date and time in one field.
func parseStamp(b []byte, cache *dayCache) (stamp, *Error) {
	b = trimSpace(b)
	day, n, e := parseDate(b, cache)
	if e != nil {
		return stamp{}, e
	}
	rest := b[n:]
	switch {
	case len(rest) == 0:
		return stamp{}, fault(CodeTimeNoClock, "\"{value}\" has no time of day; Greenline reads 15-, 30- and 60-minute intervals, each row giving the date and time its interval starts", "value", text(b))
	case rest[0] == 'T':
		rest = rest[1:]
	case rest[0] == ' ':
		for len(rest) > 0 && rest[0] == ' ' {
			rest = rest[1:]
		}
	default:
		return stamp{}, notTime(b)
	}
	st, e := parseClock(rest, b)
	st.min += day * 1440
	return st, e
}

// timeOnly reports whether b (trimmed) starts as a time of day, one or
// two digits and a colon, rather than a date.
func timeOnly(b []byte) bool {
	b = trimSpace(b)
	_, n := number(b, 0, 2)
	return n > 0 && n < len(b) && b[n] == ':'
}

// formatMin writes civil minutes as "2006-01-02 15:04".
func formatMin(m int64) string {
	return time.Unix(m*60, 0).UTC().Format("2006-01-02 15:04")
}

// clockMin writes the time of day of civil minutes as "15:04".
func clockMin(m int64) string {
	return time.Unix(m*60, 0).UTC().Format("15:04")
}
