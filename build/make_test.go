package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMakeServeAddr checks that make serve hands ADDR to the server.
func TestMakeServeAddr(t *testing.T) {
	out, err := exec.Command("make", "-C", moduleRoot(), "-n", "serve", "ADDR=127.0.0.1:9123").CombinedOutput()
	if err != nil {
		t.Fatalf("make -n serve: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "serve -addr 127.0.0.1:9123") {
		t.Errorf("make serve ADDR=127.0.0.1:9123 runs\n%s\nwant the server started with -addr 127.0.0.1:9123", out)
	}
}

// TestMakeToolsNamesWhatIsMissing runs make tools with a PATH that has
// make, a shell and Go but no Node.js, and checks that it stops at once
// with one message naming what is missing.
func TestMakeToolsNamesWhatIsMissing(t *testing.T) {
	bin := t.TempDir()
	for _, name := range []string{"make", "sh", "id", "grep", "printf"} {
		p, err := exec.LookPath(name)
		if err != nil {
			t.Fatalf("%s is not on this machine: make test itself runs through it", name)
		}
		if err := os.Symlink(p, filepath.Join(bin, name)); err != nil {
			t.Fatal(err)
		}
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(bin, "make"), "-C", moduleRoot(), "-s", "tools", "GO="+goBin)
	cmd.Env = append(os.Environ(), "PATH="+bin)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("make tools passed without Node.js on the PATH:\n%s", out)
	}
	for _, want := range []string{"make test needs these", "Node.js 20 with npm"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("make tools said\n%s\nwant it to say %q", out, want)
		}
	}
	if strings.Contains(string(out), "Go 1.26") {
		t.Errorf("make tools names Go as missing although GO is set:\n%s", out)
	}
}

// TestMakeTemplCheckQuiet checks that the templ part of make check prints
// nothing when the generated code is current: make check says only what
// is wrong.
func TestMakeTemplCheckQuiet(t *testing.T) {
	out, err := exec.Command("make", "-C", moduleRoot(), "-s", "templ-check").CombinedOutput()
	if err != nil {
		t.Fatalf("make templ-check: %v\n%s", err, out)
	}
	if len(out) != 0 {
		t.Errorf("make templ-check printed\n%s\nwant nothing", out)
	}
}
