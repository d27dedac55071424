package site

import (
	"os"
	"strings"
	"testing"
)

// TestPlacesAreFields keeps the words of a project file's parts
// (WizardText.Places) to names the project format has: a word for a
// field that does not exist would never be shown, and a renamed field
// would lose its word.
func TestPlacesAreFields(t *testing.T) {
	doc, err := os.ReadFile("../docs/project-format.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []Lang{EN, ZH} {
		for name, word := range wizardText(l).Places {
			if !strings.Contains(string(doc), "| `"+name+"` |") {
				t.Errorf("%s: Places[%q] = %q, but docs/project-format.md has no field %q", l, name, word, name)
			}
			if l == ZH && !hasHan(word) {
				t.Errorf("zh: Places[%q] = %q has no Chinese", name, word)
			}
		}
	}
}
