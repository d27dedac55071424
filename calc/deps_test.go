//go:build !js

package calc

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencyRule enforces the rule of the house: the core, and every
// package of this module it imports, uses only the standard library and
// shopspring/decimal, and never the browser, the network or templ.
func TestDependencyRule(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	const module = "github.com/greenline-calc/greenline/calc"
	for _, p := range strings.Fields(string(out)) {
		if p != module && !strings.HasPrefix(p, module+"/") && p != "github.com/shopspring/decimal" {
			t.Errorf("calc depends on %s; it may import only the standard library and shopspring/decimal", p)
		}
	}
	out, err = exec.Command("go", "list", "-deps", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, p := range strings.Fields(string(out)) {
		switch p {
		case "syscall/js", "net/http":
			t.Errorf("calc depends on %s", p)
		}
	}
}
