package site

import (
	"reflect"
	"strings"
	"testing"
)

// TestResultsTextComplete checks that every string of the result view is
// given, in every language, nested structs included.
func TestResultsTextComplete(t *testing.T) {
	for _, l := range Langs {
		var walk func(path string, v reflect.Value)
		walk = func(path string, v reflect.Value) {
			switch v.Kind() {
			case reflect.String:
				if strings.TrimSpace(v.String()) == "" {
					t.Errorf("%s: %s is empty", l, path)
				}
			case reflect.Struct:
				for i := range v.NumField() {
					walk(path+"."+v.Type().Field(i).Name, v.Field(i))
				}
			default:
				t.Errorf("%s: %s is a %s; keep the result texts strings and structs", l, path, v.Kind())
			}
		}
		walk("ResultsText", reflect.ValueOf(resultsText(l)))
	}
	if en, zh := resultsText(EN), resultsText(ZH); en.Report.Title == zh.Report.Title || en.Heading == zh.Heading {
		t.Error("the Chinese texts repeat the English ones")
	}
}
