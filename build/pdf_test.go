package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The print tests print a page as the browser's "Save as PDF" does and read
// the PDF back with Poppler's pdftotext (Debian's poppler-utils, which make
// test installs), so that what a user prints is tested as text.

// printPDF prints the page ctx shows on A4 paper (8.27 × 11.69 in), with
// its backgrounds, and returns the PDF.
func printPDF(t *testing.T, ctx context.Context) []byte {
	t.Helper()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(
		chromedp.PDFPaper(chromedp.PaperA4),
		chromedp.PDFPrintBackground(),
	))
	if err != nil {
		t.Fatalf("print to PDF: %v", err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("the browser printed %d bytes that are not a PDF: %.20q", len(pdf), pdf)
	}
	return pdf
}

// pdfText returns the text of a PDF as pdftotext -layout reads it: pages
// separated by form feeds, lines as they stand on the page. It fails, never
// skips, when pdftotext is missing: make test installs it.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	path, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatal("pdftotext is not installed: run make test (it installs Debian's poppler-utils) or apt-get install poppler-utils")
	}
	cmd := exec.Command(path, "-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, stderr.Bytes())
	}
	return string(out)
}

// mediaBox matches the page sizes a PDF declares, in points.
var mediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s*\]`)

// words joins a text's words with single spaces, so that text wrapped on
// the printed page compares with text read from the DOM.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestPDF(t *testing.T) {
	s := serveBuild(t)
	ctx := newBrowser(t)

	do(t, ctx, chromedp.Navigate(s.url+"/en/method/"), chromedp.WaitReady(chromedp.ID("direct")))
	heading := eval[string](t, ctx, `document.querySelector("#direct h2").textContent`)
	citation := eval[string](t, ctx, `document.querySelector("#direct ul.follows li").textContent`)
	if words(heading) == "" || words(citation) == "" {
		t.Fatalf("the method page has no heading (%q) or citation (%q) to look for", heading, citation)
	}

	pdf := printPDF(t, ctx)
	text := pdfText(t, pdf)
	pages := strings.Count(strings.TrimRight(text, "\f"), "\f") + 1
	t.Logf("/en/method/ prints on %d A4 pages (%d bytes)", pages, len(pdf))
	flat := words(text)
	for _, want := range []string{heading, citation} {
		if !strings.Contains(flat, words(want)) {
			t.Errorf("the printed PDF lacks %q\nits text begins: %.600s", words(want), flat)
		}
	}

	boxes := mediaBox.FindAllSubmatch(pdf, -1)
	if len(boxes) == 0 {
		t.Fatal("the PDF declares no /MediaBox")
	}
	t.Logf("found %q and %q in the text; first MediaBox %s", words(heading), words(citation), boxes[0][0])
	if dir := os.Getenv("GREENLINE_PDF_DIR"); dir != "" {
		// Keep the PDF to look at: GREENLINE_PDF_DIR=/tmp go test -run TestPDF ./build
		if err := os.WriteFile(filepath.Join(dir, "method-en.pdf"), pdf, 0o644); err != nil {
			t.Error(err)
		}
	}
	for _, b := range boxes {
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(string(b[i+1]), 64)
		}
		w, h := v[2]-v[0], v[3]-v[1]
		// A4 is 210 × 297 mm: 595.3 × 841.9 pt.
		if w < 594 || w > 596 || h < 841 || h > 843 {
			t.Errorf("MediaBox %s is %.2f × %.2f pt, want A4 (595 × 842 pt, ±1)", b[0], w, h)
		}
	}
}
