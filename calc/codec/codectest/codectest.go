// Package codectest changes JSON documents a little, in many ways, for
// the tests that hold codec equal to encoding/json.
package codectest

import (
	"math/rand/v2"
	"regexp"
	"strings"
)

var (
	stringValue = regexp.MustCompile(`:\s*"[^"\\]*"`)
	numberValue = regexp.MustCompile(`:\s*-?[0-9][0-9.eE+-]*`)
	aKey        = regexp.MustCompile(`"[a-z_]+"\s*:`)
)

// Mutate returns n variants of b, each changed a little, the way a hand,
// a tool or a cut-off download changes a file.
func Mutate(b []byte, n int, r *rand.Rand) [][]byte {
	values := []string{`1`, `1.5`, `-0`, `1e400`, `99999999999999999999`, `true`, `null`, `[]`, `{}`, `["a"]`, `[1]`, `{"a":1}`, `"x"`, `""`, `{"a":1,"a":2}`, `{"a":1,"A":2}`}
	tokens := []string{`"`, `\`, `{`, `}`, `[`, `]`, `,`, `:`, `null`, `1.5`, `-`, `tru`, `"x":1,`, `\u00e9`, "\x00", "\xff", " ", "\n", `e`, `0`, `"\ud800"`, `1.`, `01`, `"a\qb"`, `"\u12"`, "\t"}
	var out [][]byte
	pick := func(re *regexp.Regexp) []int {
		locs := re.FindAllIndex(b, 200)
		if len(locs) == 0 {
			return nil
		}
		return locs[r.IntN(len(locs))]
	}
	splice := func(at, end int, s string) []byte {
		return append(append(append([]byte(nil), b[:at]...), s...), b[end:]...)
	}
	for len(out) < n && len(b) > 0 {
		switch r.IntN(8) {
		case 0:
			out = append(out, append([]byte(nil), b[:r.IntN(len(b))]...))
		case 1:
			i := r.IntN(len(b))
			out = append(out, splice(i, i+1, ""))
		case 2:
			i := r.IntN(len(b) + 1)
			out = append(out, splice(i, i, tokens[r.IntN(len(tokens))]))
		case 3:
			if loc := pick(stringValue); loc != nil {
				out = append(out, splice(loc[0], loc[1], ":"+values[r.IntN(len(values))]))
			}
		case 4:
			if loc := pick(numberValue); loc != nil {
				out = append(out, splice(loc[0], loc[1], ":"+values[r.IntN(len(values))]))
			}
		case 5: // a key given twice, or in capitals
			if loc := pick(aKey); loc != nil {
				key := string(b[loc[0]:loc[1]])
				switch r.IntN(3) {
				case 0:
					out = append(out, splice(loc[0], loc[0], key+"null,"))
				case 1:
					out = append(out, splice(loc[0], loc[1], strings.ToUpper(key)))
				default:
					out = append(out, splice(loc[0], loc[0], `"zz_unknown":{"a":1,"a":2},`))
				}
			}
		case 6:
			i := r.IntN(len(b))
			out = append(out, splice(i, i+1, string(rune(r.IntN(128)))))
		case 7:
			out = append(out, append(append([]byte(nil), b...), []byte(tokens[r.IntN(len(tokens))])...))
		}
	}
	return out
}
