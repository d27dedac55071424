package site

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/a-h/templ"
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/policy"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// testAssets stand in for the content-hashed names of a real build.
var testAssets = Assets{CSS: "assets/style.css", App: "assets/app/main.js", Worker: "assets/worker.js", Boot: "assets/boot.js", Factors: "assets/factors.js", Root: "assets/root.js"}

// TestPagesGolden renders every page and compares it byte for byte with
// testdata/*.golden. After an intended change, review the diff and run
// go test ./site -update.
func TestPagesGolden(t *testing.T) {
	pages := map[string]templ.Component{
		"root.html.golden": RootPage(testAssets),
	}
	for _, l := range Langs {
		pages["calc-"+string(l)+".html.golden"] = CalcPage(NewCalcView(l, testAssets, factors.Default(), "test"))
		pages["factors-"+string(l)+".html.golden"] = FactorsPage(NewFactorsView(l, testAssets, factors.Default()))
		pages["method-"+string(l)+".html.golden"] = MethodPage(NewMethodView(l, testAssets, factors.Default(), policy.Default()))
		pages["embed-"+string(l)+".html.golden"] = EmbedPage(NewEmbedView(l, testAssets))
	}
	for name, c := range pages {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := c.Render(context.Background(), &b); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./site -update to create it)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs from the rendered page; review and run go test ./site -update", path)
			}
		})
	}
}

func TestCalcViewOffersEveryGridRegion(t *testing.T) {
	lib := factors.Default()
	tb := GridTable(lib)
	if tb == nil || tb.ID != "cn-mee-2023" {
		t.Fatalf("GridTable = %v, want cn-mee-2023 (newest Chinese grid-average table)", tb)
	}
	v := NewCalcView(ZH, testAssets, lib, "test")
	// cn-mee-2023: 30 provinces, 7 regional grids, 1 national average.
	want := map[string]int{"省级": 30, "区域电网": 7, "全国": 1}
	for _, g := range v.Groups {
		if got := len(g.Options); got != want[g.Label] {
			t.Errorf("group %s: %d options, want %d", g.Label, got, want[g.Label])
		}
	}
	labels := map[string]string{}
	for _, g := range NewCalcView(EN, testAssets, lib, "test").Groups {
		for _, o := range g.Options {
			labels[o.Key] = o.Label
		}
	}
	for _, g := range v.Groups {
		for _, o := range g.Options {
			labels[o.Key+"/zh"] = o.Label
		}
	}
	for key, want := range map[string]string{
		"province-jiangsu": "Jiangsu", "province-jiangsu/zh": "江苏",
		"region-east": "East China", "region-east/zh": "华东",
		"national": "National", "national/zh": "全国平均",
	} {
		if labels[key] != want {
			t.Errorf("label of %s = %q, want %q", key, labels[key], want)
		}
	}
}
