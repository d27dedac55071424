package calc

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// maxIDLen is the most characters an id may have.
const maxIDLen = 64

// checkID refuses an id that is not an identifier: letters (Chinese
// characters included) and digits, with "-", "_" and "." between them,
// starting with a letter or a digit, at most maxIDLen characters. Free
// text belongs in the name; an id is what other parts of the project,
// the result and its tables refer to. An empty id is the caller's to
// report.
func checkID(errs *Errors, field, id string) {
	if !utf8.ValidString(id) {
		errs.Add(CodeTextEncoding, field, "is not valid UTF-8 text")
		return
	}
	if n := utf8.RuneCountInString(id); n > maxIDLen {
		errs.Add(CodeIDTooLong, field, "is {length} characters long; an id has at most {max} (free text belongs in the name)",
			"length", strconv.Itoa(n), "max", strconv.Itoa(maxIDLen))
		return
	}
	for i, r := range id {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		case i > 0 && (r == '-' || r == '_' || r == '.'):
		case i == 0 && (r == '-' || r == '_' || r == '.'):
			errs.Add(CodeIDStart, field, "starts with {character}; an id starts with a letter or a digit", "character", strconv.QuoteRuneToASCII(r))
			return
		default:
			errs.Add(CodeIDCharacter, field, "holds {character}; an id is made of letters, digits, \"-\", \"_\" and \".\" (free text belongs in the name)",
				"character", strconv.QuoteRuneToASCII(r))
			return
		}
	}
}
