package calc

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzRun feeds arbitrary bytes to the whole path a browser request takes.
// Run recovers panics into an "internal" error, so the property is that no
// input ever produces one: every refusal is a named, expected error.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("../docs/examples/*.json")
	for _, name := range files {
		if !strings.HasSuffix(name, ".result.json") {
			b, _ := os.ReadFile(name)
			f.Add(b)
		}
	}
	f.Add([]byte(`{"format":1,"period":{"start":"2024-02"},"facilities":[{"id":"a","grid":{"country":"CN","key":"national"},"electricity":{"unit":"kWh","monthly":["1","2","3","4","5","6","7","8","9","10","11","12"],"profile":{"shifts":3,"days":"every-day"}}}],"supplies":[{"id":"s","kind":"microgrid","technology":"solar","unit":"kWh","rule":"pro-rata","surplus":"exported","solar":{"capacity_kw":"10","latitude":"31","longitude":"121","utc_offset_hours":8,"monthly_yield":["1","1","1","1","1","1","1","1","1","1","1","1"]},"users":[{"facility":"a"}]}]}`))
	f.Add([]byte(`{"format":1,"organisation":"X","facilities":[{"id":"a","grid":{"custom":{"value":"0.5","unit":"kgCO2/kWh","source":"s"}},"electricity":{"unit":"MWh","annual":"1"}}],"certificates":[{"id":"c","scheme":"GEC","mwh":"1","market":"CN","vintage":{"from":"2024-01","to":"2024-01"},"retired_for":"X","facility":"a"}],"products":[{"id":"p","facility":"a","cn":"7308 90 98","tonnes":"1","key":"mass"}],"fuels":[{"facility":"a","fuel":"diesel","gj":"3"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, ok := Run(data)
		if ok {
			return
		}
		var o Outcome
		if err := json.Unmarshal(out, &o); err != nil {
			t.Fatalf("refusal is not JSON: %v", err)
		}
		for _, e := range o.Errors {
			if e.Code == CodeInternal {
				t.Fatalf("internal error (a recovered panic): %s", e.Message)
			}
		}
	})
}

// FuzzDecode holds Decode's strictness against a slow reference written
// with json.Decoder.Token: a project Decode accepts has no object with a
// key given twice, even up to case, and at most one value at the top.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"format":1,"name":"a","NAME":"b"}`, `{"format":1,"n\u0061me":"a","name":"b"}`,
		`{"format":1,"facilities":[{"id":"a","id":"a"}]}`, `{"format":9,"x":{}}`, `{"Format":1}`, `[{"format":1}]`,
		`{"format":1,"facilities":[{"id":"f","grid":{"table":"cn-mee-2023","\u212aey":"national"},"electricity":{"unit":"kWh","annual":"1"}}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := Decode(data); err != nil {
			return
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		var stack []map[string]bool // keys folded for case, per open object
		wantKey := []bool{}
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			switch v := tok.(type) {
			case json.Delim:
				switch v {
				case '{':
					stack, wantKey = append(stack, map[string]bool{}), append(wantKey, true)
					continue
				case '[':
					stack, wantKey = append(stack, nil), append(wantKey, false)
					continue
				default:
					stack, wantKey = stack[:len(stack)-1], wantKey[:len(wantKey)-1]
				}
			case string:
				if n := len(stack); n > 0 && stack[n-1] != nil && wantKey[n-1] {
					k := strings.ToLower(strings.ToUpper(v))
					if stack[n-1][k] {
						t.Fatalf("accepted a key given twice (up to case): %q in %q", v, data)
					}
					stack[n-1][k] = true
					wantKey[n-1] = false
					continue
				}
			}
			if n := len(stack); n > 0 && stack[n-1] != nil {
				wantKey[n-1] = true // a value read: a key comes next
			}
		}
	})
}
