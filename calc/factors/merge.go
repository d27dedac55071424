package factors

import (
	"bytes"
	"fmt"
)

// With returns a library holding the tables of l and of extra, for a
// project computed with tables fetched after Greenline was built (a newer
// version of a table, or an association's own table). A table version in
// both must be the same file byte for byte: a published version is never
// edited, so a different file under the same version is refused.
func (l *Library) With(extra *Library) (*Library, error) {
	have := map[string]*Table{}
	for _, t := range l.Tables {
		have[t.Ref()] = t
	}
	tables := append([]*Table(nil), l.Tables...)
	for _, t := range extra.Tables {
		old, ok := have[t.Ref()]
		if !ok {
			tables = append(tables, t)
			continue
		}
		if !bytes.Equal(old.raw, t.raw) {
			return nil, fmt.Errorf("table %s version %d: %s differs from the table of the same version already loaded; a published table is never edited, so a change needs a new version", t.ID, t.Version, t.File)
		}
	}
	return build(tables)
}
