package factors

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds arbitrary bytes to the table reader as the CSV file of a
// real manifest entry. Load must refuse what it cannot read with an error,
// never panic, and every row of a table it accepts must carry a value.
func FuzzLoad(f *testing.F) {
	sub, _ := fs.Sub(embedded, "tables")
	manifest, err := fs.ReadFile(sub, "manifest.json")
	if err != nil {
		f.Fatal(err)
	}
	names, _ := fs.Glob(sub, "*.csv")
	for _, n := range names {
		b, _ := fs.ReadFile(sub, n)
		f.Add(b)
	}
	f.Add([]byte("key,name_en,name_zh,value,unit,notes\n"))
	f.Add([]byte("key,name_en,name_zh,value,unit,notes\nnational,x,y,-1,kgCO2/kWh,\n"))
	f.Add([]byte("key,name_en,name_zh,value,unit,notes\nnational,x,y,\"1e9\",kgCO2/kWh,\n"))
	f.Fuzz(func(t *testing.T, csv []byte) {
		fsys := fstest.MapFS{"manifest.json": {Data: manifest}}
		for _, n := range names {
			fsys[n] = &fstest.MapFile{Data: csv}
		}
		lib, err := Load(fsys)
		if err != nil {
			return
		}
		for _, tb := range lib.Tables {
			for _, r := range tb.Rows {
				if r.Key == "" || r.Published == "" {
					t.Fatalf("%s: accepted a row without key or value: %+v", tb.ID, r)
				}
			}
		}
	})
}
