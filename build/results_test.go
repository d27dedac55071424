package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The result view is checked against the CLI's own output for the worked
// example docs/examples/park-direct-line.json: every expected value below
// is read from the JSON the CLI printed (or is hand-worked in
// docs/examples/README.md), never from the rendering code.

// resultJSON is the part of calc.Result the test reads, as the CLI prints it.
type resultJSON struct {
	LocationBased figJSON `json:"location_based"`
	MarketBased   figJSON `json:"market_based"`
	Facilities    []struct {
		ID            string  `json:"id"`
		LocationBased figJSON `json:"location_based"`
		MarketBased   figJSON `json:"market_based"`
		Monthly       []struct {
			Month        string `json:"month"`
			Load         string `json:"load"`
			Direct       string `json:"direct"`
			PPA          string `json:"ppa"`
			Certificates string `json:"certificates"`
			Supplier     string `json:"supplier"`
			Grid         string `json:"grid"`
		} `json:"monthly"`
		HourlyShare *struct {
			Start    string `json:"start"`
			Permille []int  `json:"permille"`
		} `json:"hourly_share"`
	} `json:"facilities"`
	Supplies []struct {
		ID     string `json:"id"`
		Ratios []struct {
			Metric string `json:"metric"`
			Checks []struct {
				Met bool `json:"met"`
			} `json:"checks"`
		} `json:"ratios"`
	} `json:"supplies"`
}

type figJSON struct {
	Value string `json:"value"`
	Trace []struct {
		Factor *struct {
			Table    string `json:"table"`
			Citation string `json:"citation"`
		} `json:"factor"`
	} `json:"trace"`
}

// decimalUnits reads a plain decimal string as an integer count of 10⁻³
// units (energy in the result has three decimals), exactly.
func decimalUnits(t *testing.T, s string) *big.Int {
	t.Helper()
	intPart, frac, _ := strings.Cut(s, ".")
	if len(frac) > 3 || strings.Trim(intPart+frac, "0123456789") != "" || intPart == "" {
		t.Fatalf("%q is not a decimal with at most 3 places", s)
	}
	n, ok := new(big.Int).SetString(intPart+frac+strings.Repeat("0", 3-len(frac)), 10)
	if !ok {
		t.Fatalf("%q: not a number", s)
	}
	return n
}

// exampleResult runs the CLI on the worked example, with the hourly share
// of every facility asked for (options.hourly_share), and returns
// the project file given, its result and the result decoded.
func exampleResult(t *testing.T, s testSite) (project, out []byte, r resultJSON) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(moduleRoot(), "docs", "examples", "park-direct-line.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p map[string]json.RawMessage
	if err := json.Unmarshal(src, &p); err != nil {
		t.Fatal(err)
	}
	p["options"] = json.RawMessage(`{"hourly_share": true}`)
	withShare, _ := json.Marshal(p)
	run := func(b []byte) []byte {
		file := filepath.Join(t.TempDir(), "project.json")
		if err := os.WriteFile(file, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command(s.cli, "calc", file).Output()
		return out
	}
	project, out = withShare, run(withShare)
	if bytes.Contains(out, []byte(`"errors"`)) {
		t.Fatalf("the core refuses options.hourly_share: %.300s", out)
	}
	if err := json.Unmarshal(out, &r); err != nil || len(r.Facilities) == 0 {
		t.Fatalf("CLI output: %v\n%.300s", err, out)
	}
	return project, out, r
}

func TestResults(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)
	project, out, r := exampleResult(t, s)
	sum := sha256.Sum256(project)
	hash := hex.EncodeToString(sum[:])
	jsString := func(b []byte) string { q, _ := json.Marshal(string(b)); return string(q) }

	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			do(t, ctx, chromedp.Navigate(s.url+"/"+lang+"/"), chromedp.WaitReady(chromedp.ID("results-i18n")))
			eval[bool](t, ctx, `import(new URL("results.js", document.querySelector("script[type=module]").src)).then((results) => {
				const text = JSON.parse(document.getElementById("results-i18n").textContent);
				const result = JSON.parse(`+jsString(out)+`), project = JSON.parse(`+jsString(project)+`);
				const meta = {inputHash: `+strconv.Quote(hash)+`, appVersion: "test-build", generated: "2026-02-01"};
				for (const id of ["gl-test-results", "gl-test-report"]) { const old = document.getElementById(id); if (old) old.remove(); }
				const a = document.createElement("div"); a.id = "gl-test-results"; document.body.appendChild(a);
				results.render(a, {result, project, text, meta});
				const b = document.createElement("div"); b.id = "gl-test-report"; document.body.appendChild(b);
				results.report(b, {result, project, text, meta});
				return true; })`)
			text := eval[map[string]any](t, ctx, `JSON.parse(document.getElementById("results-i18n").textContent)`)

			// Figures as the JSON gives them, grouped in thousands at most.
			shown := func(id string) (value, data string) {
				t.Helper()
				q := strconv.Quote(`#gl-test-results [data-figure="` + id + `"]`)
				got := eval[[]string](t, ctx, `(() => { const e = document.querySelector(`+q+`);
					return e ? [e.querySelector(".gl-value").textContent, e.dataset.value] : ["", ""]; })()`)
				return strings.ReplaceAll(got[0], ",", ""), got[1]
			}
			check := func(id, want string) {
				t.Helper()
				if v, d := shown(id); v != want || d != want {
					t.Errorf("%s shows %q (data-value %q), want %q from the CLI", id, v, d, want)
				}
			}
			check("org:location_based", r.LocationBased.Value)
			check("org:market_based", r.MarketBased.Value)
			for _, f := range r.Facilities {
				check("facility:"+f.ID+":location_based", f.LocationBased.Value)
				check("facility:"+f.ID+":market_based", f.MarketBased.Value)
			}
			// Hand-worked in docs/examples/README.md: 30.711 and 3.082 tCO2.
			check("facility:transformers:location_based", "30.711")
			check("facility:transformers:market_based", "3.082")

			// Monthly chart: each month's segments add up to its load.
			for _, f := range r.Facilities {
				if len(f.Monthly) != 12 {
					t.Errorf("%s: the CLI gives %d months, want 12 (a facility with hourly data over 2024)", f.ID, len(f.Monthly))
				}
				segs := eval[[][]string](t, ctx, `[...document.querySelectorAll('#gl-test-results svg[data-chart=monthly][data-facility=`+f.ID+`] rect[data-month]')]
					.map(r => [r.dataset.month, r.dataset.source, r.dataset.kwh])`)
				byMonth := map[string]*big.Int{}
				parts := map[string]string{}
				for _, sg := range segs {
					if byMonth[sg[0]] == nil {
						byMonth[sg[0]] = new(big.Int)
					}
					byMonth[sg[0]].Add(byMonth[sg[0]], decimalUnits(t, sg[2]))
					parts[sg[0]+"/"+sg[1]] = sg[2]
				}
				if len(byMonth) != len(f.Monthly) {
					t.Errorf("%s: the monthly chart has %d months, the result %d", f.ID, len(byMonth), len(f.Monthly))
				}
				for _, m := range f.Monthly {
					got, want := byMonth[m.Month], decimalUnits(t, m.Load)
					if got == nil || got.Cmp(want) != 0 {
						t.Errorf("%s %s: segments add up to %v thousandths of a kWh, want the load %s kWh", f.ID, m.Month, got, m.Load)
					}
					for src, want := range map[string]string{"direct": m.Direct, "ppa": m.PPA, "certificates": m.Certificates, "supplier": m.Supplier, "grid": m.Grid} {
						if got := parts[m.Month+"/"+src]; got != want {
							t.Errorf("%s %s %s: segment %q, want %q", f.ID, m.Month, src, got, want)
						}
					}
				}
			}

			// Hand-worked in docs/examples/README.md: the transformer works
			// in January, load 4,464 kWh = direct 3,188.784 + GEC 846.995 +
			// residual mix 428.221.
			jan := eval[[]string](t, ctx, `[...document.querySelectorAll('#gl-test-results svg[data-chart=monthly][data-facility=transformers] rect[data-month="2024-01"]')]
				.map(r => r.dataset.source + "=" + r.dataset.kwh)`)
			if got, want := strings.Join(jan, " "), "direct=3188.784 ppa=0.000 certificates=846.995 supplier=0.000 grid=428.221"; got != want {
				t.Errorf("transformer works, January: segments %q, want %q", got, want)
			}

			// Heat map: 24 cells a day; 2024 is a leap year of 366 days
			// (8,784 hours, docs/examples/README.md).
			for _, f := range r.Facilities {
				if f.HourlyShare == nil {
					t.Errorf("%s: the CLI gives no hourly share with options.hourly_share", f.ID)
					continue
				}
				// Each band is one path of 2-wide squares, one per hour; read
				// the squares back into hours and check each hour's band
				// against its permille, banded here by hand: none for no
				// load, 0 for 0, then below 250, 500, 750, 1000, and 1000.
				type square struct {
					x, y int
					band string
				}
				var squares []square
				paths := eval[[][]string](t, ctx, `[...document.querySelectorAll('#gl-test-results svg[data-chart=heatmap][data-facility=`+f.ID+`] path[data-band]')].map((p) => [p.dataset.band, p.getAttribute("d")])`)
				for _, p := range paths {
					for _, m := range regexp.MustCompile(`M(\d+) (\d+)h`).FindAllStringSubmatch(p[1], -1) {
						x, _ := strconv.Atoi(m[1])
						y, _ := strconv.Atoi(m[2])
						squares = append(squares, square{x, y, p[0]})
					}
				}
				if len(squares) != 366*24 || len(squares) != len(f.HourlyShare.Permille) {
					t.Errorf("%s: heat map has %d squares, want 366 days × 24 = %d (%d hours in the result)", f.ID, len(squares), 366*24, len(f.HourlyShare.Permille))
					continue
				}
				xs, ys := map[int]bool{}, map[int]bool{}
				for _, q := range squares {
					xs[q.x], ys[q.y] = true, true
				}
				rank := func(set map[int]bool) map[int]int {
					keys := make([]int, 0, len(set))
					for k := range set {
						keys = append(keys, k)
					}
					sort.Ints(keys)
					r := map[int]int{}
					for i, k := range keys {
						r[k] = i
					}
					return r
				}
				day, hour := rank(xs), rank(ys)
				band := func(p int) string {
					switch {
					case p < 0:
						return "none"
					case p == 0:
						return "0"
					case p < 250:
						return "1"
					case p < 500:
						return "2"
					case p < 750:
						return "3"
					case p < 1000:
						return "4"
					}
					return "5"
				}
				wrong := 0
				for _, q := range squares {
					h := day[q.x]*24 + hour[q.y]
					if want := band(f.HourlyShare.Permille[h]); q.band != want {
						wrong++
						if wrong < 4 {
							t.Errorf("%s: hour %d (permille %d) is drawn in band %s, want %s", f.ID, h, f.HourlyShare.Permille[h], q.band, want)
						}
					}
				}
			}

			// Policy ratios: pass or fail in words, as the result says.
			met, notMet := text["met"].(string), text["notMet"].(string)
			n := 0
			for _, sp := range r.Supplies {
				for _, ratio := range sp.Ratios {
					for i, c := range ratio.Checks {
						sel := strconv.Quote(`#gl-test-results tr[data-check="` + sp.ID + "/" + ratio.Metric + "/" + strconv.Itoa(i) + `"] td.gl-result`)
						got := eval[string](t, ctx, `(() => { const e = document.querySelector(`+sel+`); return e ? e.textContent : "missing"; })()`)
						want := notMet
						if c.Met {
							want = met
						}
						if got != want {
							t.Errorf("%s %s check %d: shows %q, want %q (met=%v)", sp.ID, ratio.Metric, i, got, want, c.Met)
						}
						n++
					}
				}
			}
			if n == 0 {
				t.Error("the example has no threshold checks: the worked example changed")
			}

			// A trace opened from the keyboard shows the factor's citation.
			var citation string
			for _, st := range r.Facilities[0].LocationBased.Trace {
				if st.Factor != nil {
					citation = st.Factor.Citation
				}
			}
			fig := `#gl-test-results [data-figure="facility:` + r.Facilities[0].ID + `:location_based"] > details.gl-trace`
			do(t, ctx, chromedp.SendKeys(chromedp.CSS(fig+" > summary"), kb.Enter))
			if open := eval[bool](t, ctx, `document.querySelector(`+strconv.Quote(fig)+`).open`); !open {
				t.Error("Enter on the trace's summary does not open it")
			}
			if got := eval[string](t, ctx, `document.querySelector(`+strconv.Quote(fig+" .gl-citation")+`).innerText`); citation == "" || got != citation {
				t.Errorf("opened trace shows citation %q, want %q", got, citation)
			}

			// The report, as printed: only it shows, with the input hash,
			// the citations and the table versions.
			if shown := eval[string](t, ctx, `getComputedStyle(document.getElementById("gl-test-report")).display`); shown != "none" {
				t.Errorf("the report shows on the screen (display %s) before it is asked for", shown)
			}
			do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
				return err
			}))
			defer do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
				return err
			}))
			if d := eval[string](t, ctx, `getComputedStyle(document.getElementById("gl-test-report")).display`); d == "none" {
				t.Error("the report does not print")
			}
			if d := eval[string](t, ctx, `getComputedStyle(document.getElementById("gl-test-results")).display`); d != "none" {
				t.Errorf("the screen result prints beside the report (display %s)", d)
			}
			printed := eval[string](t, ctx, `document.getElementById("gl-test-report").innerText`)
			want := []string{hash}
			for _, f := range r.Facilities {
				for _, fg := range []figJSON{f.LocationBased, f.MarketBased} {
					for _, st := range fg.Trace {
						if st.Factor != nil {
							want = append(want, st.Factor.Citation)
							if strings.Contains(st.Factor.Table, "@") {
								want = append(want, st.Factor.Table)
							}
						}
					}
				}
			}
			want = append(want, "cn-mee-2023@1", "GEC-2024-0000001 to GEC-2024-0000010", "Example Transformer Co.")
			for _, w := range want {
				if !strings.Contains(printed, w) {
					t.Errorf("the printed report lacks %.120q", w)
				}
			}
		})
	}
}
