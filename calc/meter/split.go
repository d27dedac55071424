package meter

import "bytes"

// MaxLineBytes bounds one line of input, without its line ending. A
// meter row is a few dozen bytes; a longer line is not meter data.
const MaxLineBytes = 4096

// nextLine splits the next line off data, without its line ending (LF or
// CRLF). A line longer than MaxLineBytes is reported as long, with no
// text. ok is false at the end: when data is empty, or holds only a final
// "\r". The line is a slice of data: nothing is copied.
func nextLine(data []byte) (line, rest []byte, long, ok bool) {
	if len(data) == 0 {
		return nil, nil, false, false
	}
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		line = data
	} else {
		line, rest = data[:i], data[i+1:]
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	switch {
	case i < 0 && len(line) == 0:
		return nil, nil, false, false
	case len(line) > MaxLineBytes:
		return nil, rest, true, true
	}
	return line, rest, false, true
}

// countLines returns how many lines nextLine would split data into.
func countLines(data []byte) int {
	n := bytes.Count(data, []byte{'\n'})
	tail := data[bytes.LastIndexByte(data, '\n')+1:]
	if len(tail) > 1 || len(tail) == 1 && tail[0] != '\r' {
		n++
	}
	return n
}

// A span is where a field lies in its line: line[from:to]. Spans hold no
// pointers, so keeping them costs the garbage collector nothing.
type span struct{ from, to int }

// splitFields appends the spans of the fields of line, delimited by delim,
// to dst and returns them. A field that starts with a double quote (after
// spaces) runs to its closing quote, so it may hold the delimiter; its
// span is the text between the quotes; a doubled quote inside stands for
// one and is left doubled, which no date or number contains; only spaces
// may follow the closing quote. On a malformed quote it returns the
// 0-based index of the field and the problem.
func splitFields(dst []span, line []byte, delim byte) ([]span, int, *Error) {
	i := 0
	for {
		j := i
		for j < len(line) && line[j] == ' ' {
			j++
		}
		if j < len(line) && line[j] == '"' {
			start := j + 1
			k := start
			for {
				q := bytes.IndexByte(line[k:], '"')
				if q < 0 {
					return dst, len(dst), fault(CodeQuoteOpen, "a quoted field is not closed on its line (a field may not span lines)")
				}
				k += q
				if k+1 < len(line) && line[k+1] == '"' {
					k += 2
					continue
				}
				break
			}
			dst = append(dst, span{start, k})
			k++
			for k < len(line) && line[k] == ' ' {
				k++
			}
			if k == len(line) {
				return dst, 0, nil
			}
			if line[k] != delim {
				return dst, len(dst) - 1, fault(CodeQuoteText, "there is text after the closing quote of a quoted field")
			}
			i = k + 1
			continue
		}
		k := bytes.IndexByte(line[i:], delim)
		if k < 0 {
			return append(dst, span{i, len(line)}), 0, nil
		}
		dst = append(dst, span{i, i + k})
		i += k + 1
	}
}

// blank reports whether line holds nothing but spaces and delimiters, as
// the empty rows a spreadsheet writes at the end of a sheet.
func blank(line []byte, delim byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != delim {
			return false
		}
	}
	return true
}
