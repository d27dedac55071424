package calc

import (
	"strconv"
	"strings"
)

// StatementFileName is the file name of the i-th statement (from 0) of a
// project, as the CLI and the page both write it:
// NNN-<supply>-<facility>.json, with any character of the ids other than
// a letter, a digit, dot, dash or underscore written as _.
func StatementFileName(i int, s Statement) string {
	n := strconv.Itoa(i + 1)
	if len(n) < 3 {
		n = strings.Repeat("0", 3-len(n)) + n
	}
	return n + "-" + safeName(s.Supply.ID) + "-" + safeName(s.User.Facility) + ".json"
}

func safeName(id string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, id)
}
