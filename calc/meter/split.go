package meter

import (
	"bufio"
	"bytes"
)

const (
	// MaxLineBytes bounds one line of input, without its line ending. A
	// meter row is a few dozen bytes; a longer line is not meter data.
	MaxLineBytes = 4096
	readBuffer   = 2 * MaxLineBytes
)

// readLine returns the next line without its line ending (LF or CRLF). A
// line longer than MaxLineBytes is consumed whole and reported as long,
// with no text. err is io.EOF with the last line or after it.
func readLine(br *bufio.Reader) (line []byte, long bool, err error) {
	line, err = br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		for err == bufio.ErrBufferFull {
			_, err = br.ReadSlice('\n')
		}
		return nil, true, err
	}
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	if len(line) > MaxLineBytes {
		return nil, true, err
	}
	return line, false, err
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
// 0-based index of the field and a message.
func splitFields(dst []span, line []byte, delim byte) ([]span, int, string) {
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
					return dst, len(dst), "a quoted field is not closed on its line (a field may not span lines)"
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
				return dst, 0, ""
			}
			if line[k] != delim {
				return dst, len(dst) - 1, "there is text after the closing quote of a quoted field"
			}
			i = k + 1
			continue
		}
		k := bytes.IndexByte(line[i:], delim)
		if k < 0 {
			return append(dst, span{i, len(line)}), 0, ""
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
