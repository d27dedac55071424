package site

import (
	"reflect"
	"regexp"
	"slices"
	"testing"
)

// TestPlantTexts: every shared-plant string is given in both languages,
// with the same {placeholders}.
func TestPlantTexts(t *testing.T) {
	ph := regexp.MustCompile(`\{\w+\}`)
	en, zh := reflect.ValueOf(enPlant), reflect.ValueOf(zhPlant)
	for i := range en.NumField() {
		name := en.Type().Field(i).Name
		e, z := en.Field(i).String(), zh.Field(i).String()
		if e == "" || z == "" {
			t.Errorf("%s: English %q, Chinese %q", name, e, z)
			continue
		}
		pe, pz := ph.FindAllString(e, -1), ph.FindAllString(z, -1)
		slices.Sort(pe)
		slices.Sort(pz)
		if !slices.Equal(pe, pz) {
			t.Errorf("%s: English names %v, Chinese %v", name, pe, pz)
		}
	}
}
