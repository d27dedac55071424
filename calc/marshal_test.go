package calc

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestMarshalLayout checks Marshal against encoding/json's own indentation
// where they agree, and the one-line number arrays where they do not.
func TestMarshalLayout(t *testing.T) {
	same := []any{
		map[string]any{"a": "x", "b": []string{"p", "q"}, "c": map[string]any{}, "d": []string{}},
		map[string]any{"s": `quote " and \ backslash, {brackets} [too]: colon`, "n": map[string]any{"deep": []any{map[string]any{"k": "v"}}}},
		[]any{},
		"plain",
	}
	for _, v := range same {
		want, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		if got := Marshal(v); !bytes.Equal(got, want) {
			t.Errorf("Marshal(%v) =\n%s\nwant (encoding/json)\n%s", v, got, want)
		}
	}
	v := map[string]any{"permille": []int{-1, 0, 1000}, "flags": []string{"estimate"}, "none": []int{}}
	want := "{\n  \"flags\": [\n    \"estimate\"\n  ],\n  \"none\": [],\n  \"permille\": [-1,0,1000]\n}\n"
	if got := string(Marshal(v)); got != want {
		t.Errorf("Marshal(%v) =\n%s\nwant\n%s", v, got, want)
	}
	// The result is the same JSON value.
	var back map[string]any
	if err := json.Unmarshal(Marshal(v), &back); err != nil || len(back["permille"].([]any)) != 3 {
		t.Errorf("Marshal's output does not read back: %v", err)
	}
}
