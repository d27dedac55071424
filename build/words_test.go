package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// rawPath is a project file's field path as the core gives it
// ("facilities[0].id"): a refusal names the place in the user's words.
var rawPath = regexp.MustCompile(`[a-z_]+\[\d+\]|\b(?:facilities|supplies|users|electricity)\b`)

// brokenWorkbook is workbook(t) with its first data row's energy cell
// turned into a reference to a shared string the file does not hold.
func brokenWorkbook(t *testing.T) []byte {
	t.Helper()
	good, err := os.ReadFile(workbook(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/worksheets/sheet1.xml" {
			body = bytes.Replace(body, []byte(`<c r="C3"><v>1.5</v></c>`), []byte(`<c r="C3" t="s"><v>7</v></c>`), 1)
		}
		w, _ := z.Create(f.Name)
		w.Write(body)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestRefusalsInTheirLanguage opens a workbook the reader refuses and
// project files the core refuses, on a phone, in Chinese and in English:
// each refusal is said in the page's language (in Chinese, no Latin-script
// sentence apart from the file's and the user's names) and names its place
// by card and label, never by the core's field path.
func TestRefusalsInTheirLanguage(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)
	failOnThrow(t, ctx)
	good, err := os.ReadFile(workbook(t))
	if err != nil {
		t.Fatal(err)
	}
	books := []struct {
		name    string
		data    []byte
		en, zh  string // what the refusal says, in part
		allowed []string
	}{
		{"cut-short.xlsx", good[:len(good)/2], "The file is incomplete", "文件不完整", nil},
		{"legacy.xlsx", []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0}, "Excel 97–2003", "Excel 97–2003 工作簿", []string{"Excel", "LibreOffice"}},
		{"lost-text.xlsx", brokenWorkbook(t), `Cell C3 of the sheet "用电" refers to a text`, "工作表“用电”的单元格 C3 引用了文件中不存在的文本", nil},
	}
	// Refused projects: unknown fields and a key in the wrong case
	// (decoding), a number where text belongs (a type), ids that are no
	// ids (checking), more problems than are listed. Names are Chinese in
	// the Chinese page's files.
	project := func(name1, name2 string) []struct{ name, body string } {
		q := strconv.Quote
		return []struct{ name, body string }{
			{"fields.json", `{"format":1,"period":{"start":"2024-01"},"facilities":[{"id":"f1","name":` + q(name1) + `,"grid":{"key":"province-jiangsu"},"electricity":{"unit":"kWh","annual":"1"},"colour":"green"},{"id":"f2","Name":` + q(name2) + `,"grid":{"key":"province-jiangsu"},"electricity":{"unit":"kWh","annual":"1"}}],` +
				`"supplies":[{"id":"s1","kind":"direct-line","technology":"solar","unit":"kWh","rule":"pro-rata","surplus":"exported","users":[{"facility":"f1","weight":"2"}]}]}`},
			{"type.json", `{"format":1,"period":{"start":"2024-01"},"facilities":[{"id":"f1","name":` + q(name1) + `,"grid":{"key":"province-jiangsu"},"electricity":{"unit":"kWh","annual":1200}}]}`},
			{"ids.json", `{"format":1,"period":{"start":"2024-01"},"facilities":[{"id":"f 1","name":` + q(name1) + `,"grid":{"key":"province-jiangsu"},"electricity":{"unit":"kWh","annual":"1"}},{"id":"f 1","grid":{"key":"province-jiangsu"},"electricity":{"unit":"kWh","annual":"1"}}]}`},
			{"many.json", `{"format":1,"period":{"start":"2024-01"},"facilities":[` + strings.Repeat(`{"id":"a b","grid":{"key":"province-jiangsu"},"electricity":{"unit":"kWh","annual":"1"}},`, 7) +
				`{"id":"a b","grid":{"key":"province-jiangsu"},"electricity":{"unit":"kWh","annual":"1"}}]}`},
		}
	}
	for _, c := range []struct {
		lang              string
		names             [2]string
		facility, idWord  string
		annual            string
		user, other, more string
	}{
		{"zh", [2]string{"一号厂房", "二号厂房"}, "设施 1", "编号", "报告期用电量", "电站 1 · 用户 1", "已被 设施 1: 一号厂房 使用", "个问题未列出"},
		{"en", [2]string{"Workshop One", "Workshop Two"}, "Facility 1", "ID", "Electricity used in the period", "Plant 1 · User 1", "the id of Facility 1: Workshop One", "more."},
	} {
		t.Run(c.lang, func(t *testing.T) {
			open(t, ctx, s, c.lang)
			do(t, ctx, viewport(screen{390, 844}))
			defer do(t, ctx, viewport(screen{1280, 900}))
			// said checks a refusal's text in the page's language.
			said := func(t *testing.T, what, msg string, allowed ...string) {
				t.Helper()
				t.Logf("%s: %s", what, msg)
				if rawPath.MatchString(msg) {
					t.Errorf("%s names a field by its path: %q", what, msg)
				}
				if c.lang == "zh" {
					if l := latin(msg, append(append(allowed, zhAllowed...), c.names[:]...)); len(l) > 0 {
						t.Errorf("%s: the Chinese page shows %q in %q", what, l, msg)
					}
				} else if strings.IndexFunc(strings.ReplaceAll(msg, "用电", ""), func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
					t.Errorf("%s: the English page shows Chinese in %q", what, msg)
				}
			}

			press(t, ctx, `.steps [data-goto="electricity"]`)
			for _, b := range books {
				importFile(t, ctx, writeFile(t, b.name, b.data), "refused")
				msg := eval[string](t, ctx, `document.getElementById("meter-file-err").textContent`)
				want := b.en
				if c.lang == "zh" {
					want = b.zh
				}
				if !strings.Contains(msg, want) || !strings.Contains(msg, b.name) {
					t.Errorf("%s: the refusal says %q, want the file's name and %q", b.name, msg, want)
				}
				said(t, b.name, msg, append(b.allowed, b.name)...)
				fits(t, ctx, "workbook refused ("+b.name+", "+c.lang+") at 390 px")
			}

			files := project(c.names[0], c.names[1])
			wants := [][]string{
				{c.facility + ": " + c.names[0] + ": ", c.user + ": ", "colour", "weight", "Name"},
				{c.facility + ": " + c.names[0] + " · " + c.annual + ": "},
				// the other item of a duplicate id is named as a place is
				{c.facility + ": " + c.names[0] + " · " + c.idWord + ": ", c.other},
				// five problems, then how many more
				{strings.Replace(c.facility, "1", "5", 1) + " · " + c.idWord + ": ", c.more},
			}
			for i, f := range files {
				n := eval[float64](t, ctx, st(`s.fileRefused || 0`))
				openProjectFile(t, ctx, writeFile(t, f.name, []byte(f.body)))
				waitFor(t, ctx, st(`s.fileRefused > `+strconv.Itoa(int(n))))
				msg := eval[string](t, ctx, `document.getElementById("project-file-err").textContent`)
				if !strings.Contains(msg, f.name) {
					t.Errorf("%s: the refusal %q does not name the file", f.name, msg)
				}
				for _, w := range wants[i] {
					if !strings.Contains(msg, w) {
						t.Errorf("%s: the refusal says %q, want %q in it", f.name, msg, w)
					}
				}
				said(t, f.name, msg, f.name, "colour", "weight", "Name", "name")
				fits(t, ctx, "project file refused ("+f.name+", "+c.lang+") at 390 px")
			}
		})
	}
}
