package calc

import "testing"

func TestStatementFileName(t *testing.T) {
	for _, c := range []struct {
		i            int
		supply, user string
		want         string
	}{
		{0, "roof", "a", "001-roof-a.json"},
		{99, "park pv", "厂/1", "100-park_pv-__1.json"},
		{1233, "s.1", "b-2_x", "1234-s.1-b-2_x.json"},
	} {
		s := Statement{Supply: StatementSupply{ID: c.supply}, User: Party{Facility: c.user}}
		if got := StatementFileName(c.i, s); got != c.want {
			t.Errorf("StatementFileName(%d, %q, %q) = %q, want %q", c.i, c.supply, c.user, got, c.want)
		}
	}
}
