package factors

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// oneTable returns a directory holding the embedded cn-mee-2023 table
// under version, its CSV with old replaced by new.
func oneTable(t *testing.T, version, old, new string) fstest.MapFS {
	t.Helper()
	manifest, _ := fs.ReadFile(Files(), "manifest.json")
	csv, _ := fs.ReadFile(Files(), "cn-mee-2023.csv")
	m := string(manifest)
	start := strings.Index(m, `    {
      "id": "cn-mee-2023"`)
	end := strings.Index(m, `    {
      "id": "cn-mee-2022"`)
	entry := strings.TrimSuffix(strings.TrimSpace(m[start:end]), ",")
	entry = strings.Replace(entry, `"version": 1`, `"version": `+version, 1)
	return fstest.MapFS{
		"manifest.json":   {Data: []byte(`{"tables": [` + entry + `]}`)},
		"cn-mee-2023.csv": {Data: []byte(strings.Replace(string(csv), old, new, 1))},
	}
}

func TestWith(t *testing.T) {
	t.Run("newer version is the one Table returns", func(t *testing.T) {
		// Jiangsu's published 0.5827, changed to 0.5800 in a made-up version 2.
		extra, err := Load(oneTable(t, "2", "0.5827", "0.5800"))
		if err != nil {
			t.Fatal(err)
		}
		lib, err := Default().With(extra)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(lib.Tables), len(Default().Tables)+1; got != want {
			t.Errorf("tables = %d, want %d", got, want)
		}
		tb, _ := lib.Table("cn-mee-2023")
		r, _ := tb.Row("province-jiangsu")
		if tb.Version != 2 || r.Published != "0.5800" {
			t.Errorf("cn-mee-2023 = version %d, Jiangsu %s; want version 2, 0.5800", tb.Version, r.Published)
		}
		old, _ := Default().Table("cn-mee-2023")
		if r, _ := old.Row("province-jiangsu"); old.Version != 1 || r.Published != "0.5827" {
			t.Errorf("the default library changed: version %d, Jiangsu %s", old.Version, r.Published)
		}
	})
	t.Run("same version, same bytes is the same table", func(t *testing.T) {
		extra, err := Load(oneTable(t, "1", "", ""))
		if err != nil {
			t.Fatal(err)
		}
		lib, err := Default().With(extra)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(lib.Tables), len(Default().Tables); got != want {
			t.Errorf("tables = %d, want %d", got, want)
		}
	})
	t.Run("same version, other bytes is refused", func(t *testing.T) {
		extra, err := Load(oneTable(t, "1", "0.5827", "0.5800"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Default().With(extra)
		if err == nil || !strings.Contains(err.Error(), "table cn-mee-2023 version 1: cn-mee-2023.csv differs") {
			t.Errorf("err = %v, want cn-mee-2023 version 1 refused", err)
		}
	})
}

func TestFilesAreTheManifestAndItsTables(t *testing.T) {
	names, err := fs.Glob(Files(), "*")
	if err != nil {
		t.Fatal(err)
	}
	// manifest.json and the eight CSV files it names.
	if got, want := len(names), 9; got != want {
		t.Errorf("files = %v (%d), want %d", names, got, want)
	}
}
