package codec

import (
	"bytes"
	"strings"
)

// Loose reads the first value of data, an object, along t as calc's
// strict reading did before encoding/json decoded it: byte by byte and
// loosely, so that it may find the keys it refuses in a document that is
// not quite JSON. It returns the problems it found (at most MaxProblems,
// more counting the rest), the raw text of every value of the top-level
// key watch, and whether the value was well-formed as far as it looks.
// A Reader stopped by bytes that are not JSON says no more than that; Loose
// is what is said then.
func Loose(data []byte, t *Type, watch string) (problems []Problem, more int, watched []string, ok bool) {
	s := loose{data: data, watch: watch}
	s.space()
	ok = s.value(t)
	return s.problems, s.more, s.watched, ok
}

type loose struct {
	data     []byte
	i        int
	path     []string // keys, and indexes written "[n]"
	problems []Problem
	more     int
	watch    string
	watched  []string
}

func (s *loose) at(key string) string {
	var b strings.Builder
	for _, st := range s.path {
		if strings.HasPrefix(st, "[") {
			b.WriteString(st[1:])
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(st[1:])
	}
	if key != "" {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(key)
	}
	return b.String()
}

func (s *loose) add(p Problem) {
	if len(s.problems) >= MaxProblems {
		s.more++
		return
	}
	s.problems = append(s.problems, p)
}

func (s *loose) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *loose) value(t *Type) bool {
	s.space()
	if s.i == len(s.data) {
		return false
	}
	switch s.data[s.i] {
	case '{':
		s.i++
		return s.object(t)
	case '[':
		s.i++
		var elem *Type
		if t != nil && t.Kind == Slice {
			elem = t.Elem
		}
		s.space()
		if s.i < len(s.data) && s.data[s.i] == ']' {
			s.i++
			return true
		}
		s.path = append(s.path, "")
		defer func() { s.path = s.path[:len(s.path)-1] }()
		for n := 0; ; n++ {
			s.path[len(s.path)-1] = "[[" + itoa(n) + "]"
			if !s.value(elem) {
				return false
			}
			s.space()
			if s.i == len(s.data) {
				return false
			}
			s.i++
			switch s.data[s.i-1] {
			case ']':
				return true
			case ',':
			default:
				return false
			}
		}
	case '"':
		_, ok := s.str(false)
		return ok
	}
	start := s.i
	for s.i < len(s.data) && !strings.ContainsRune(",]} \t\n\r", rune(s.data[s.i])) {
		s.i++
	}
	lit := s.data[start:s.i]
	switch string(lit) {
	case "true", "false", "null":
		return true
	}
	return len(lit) > 0 && len(bytes.Trim(lit, "0123456789+-.eE")) == 0 && (lit[0] == '-' || lit[0] >= '0' && lit[0] <= '9')
}

func (s *loose) str(keep bool) (string, bool) {
	start := s.i
	s.i++
	escaped := false
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case '\\':
			escaped = true
			s.i += 2
			continue
		case '"':
			s.i++
			raw := s.data[start:s.i]
			if !keep {
				return "", !escaped || validString(raw)
			}
			if !escaped {
				return string(raw[1 : len(raw)-1]), true
			}
			if !validString(raw) {
				return "", false
			}
			v, _ := Unquote(raw)
			return string(v), true
		}
		s.i++
	}
	return "", false
}

func (s *loose) object(t *Type) bool {
	var fields *Type
	if t != nil && t.Kind == Struct {
		fields = t
	}
	seen := map[string]bool{}
	folded := map[string]string{}
	s.space()
	if s.i < len(s.data) && s.data[s.i] == '}' {
		s.i++
		return true
	}
	for {
		s.space()
		if s.i == len(s.data) || s.data[s.i] != '"' {
			return false
		}
		key, ok := s.str(true)
		if !ok {
			return false
		}
		fold := foldCase(key)
		prev, caseDup := folded[fold]
		if !caseDup {
			folded[fold] = key
		}
		var ft *Type
		n := -1
		if fields != nil {
			n = fields.Index([]byte(key))
		}
		switch {
		case seen[key]:
			s.add(Problem{Kind: Duplicate, Field: s.at(key), Name: key})
		case n >= 0:
			ft = fields.Fields[n]
		case fields != nil:
			if name := fold1(fields, key); name != "" {
				s.add(Problem{Kind: Case, Field: s.at(key), Name: key, Other: name})
			} else {
				s.add(Problem{Kind: Unknown, Field: s.at(""), Name: key})
			}
		case caseDup:
			s.add(Problem{Kind: CaseTwice, Field: s.at(key), Name: key, Other: prev})
		}
		seen[key] = true
		s.space()
		if s.i == len(s.data) || s.data[s.i] != ':' {
			return false
		}
		s.i++
		s.space()
		start := s.i
		s.path = append(s.path, "."+key)
		ok = s.value(ft)
		s.path = s.path[:len(s.path)-1]
		if !ok {
			return false
		}
		if s.watch != "" && len(s.path) == 0 && key == s.watch {
			s.watched = append(s.watched, string(s.data[start:s.i]))
		}
		s.space()
		if s.i == len(s.data) {
			return false
		}
		s.i++
		switch s.data[s.i-1] {
		case '}':
			return true
		case ',':
		default:
			return false
		}
	}
}

func fold1(t *Type, key string) string { return fold(t, key) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}
