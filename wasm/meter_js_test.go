//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"
	"testing"

	"github.com/greenline-calc/greenline/calc"
)

// TestJSMeter drives greenline.meter through the real syscall/js boundary
// under Node: the head is calc.ImportMeterHours's, the hours its numbers
// in one Float64Array, from bytes as from text; bad arguments and a
// refused file answer errors and no hours.
func TestJSMeter(t *testing.T) {
	register()
	g := js.Global().Get("greenline")
	// Two meters, 15-minute readings summed into hours by hand:
	// A: 0.25 + 0.5 + 0.75 + 1 = 2.5 kWh, then 4 × 0.001 = 0.004 kWh;
	// B: 4 × 1000 = 4000 kWh, then 0 (in MWh: 1 MWh a quarter hour).
	csv := "Meter,Start,MWh\n"
	rows := []string{
		"A,2024-01-01 00:00,0.00025", "B,2024-01-01 00:00,1", "A,2024-01-01 00:15,0.0005", "B,2024-01-01 00:15,1",
		"A,2024-01-01 00:30,0.00075", "B,2024-01-01 00:30,1", "A,2024-01-01 00:45,0.001", "B,2024-01-01 00:45,1",
		"A,2024-01-01 01:00,0.000001", "B,2024-01-01 01:00,0", "A,2024-01-01 01:15,0.000001", "B,2024-01-01 01:15,0",
		"A,2024-01-01 01:30,0.000001", "B,2024-01-01 01:30,0", "A,2024-01-01 01:45,0.000001", "B,2024-01-01 01:45,0",
	}
	csv += strings.Join(rows, "\n") + "\n"
	bytes := js.Global().Get("Uint8Array").New(len(csv))
	js.CopyBytesToJS(bytes, []byte(csv))
	wantHead, _, _ := calc.ImportMeterHours([]byte(csv), "")
	for _, in := range []any{bytes, csv} {
		a := g.Call("meter", in)
		if got := a.Get("head").String(); got != string(wantHead) {
			t.Errorf("head = %.300s\nwant %.300s", got, wantHead)
		}
		h := a.Get("hours")
		if !h.InstanceOf(js.Global().Get("Float64Array")) {
			t.Fatalf("hours is %s, want a Float64Array", h.Type())
		}
		var got []float64
		for i := range h.Length() {
			got = append(got, h.Index(i).Float())
		}
		if want := []float64{2500, 4, 4_000_000, 0}; len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] || got[3] != want[3] {
			t.Errorf("hours = %v, want %v", got, want)
		}
	}
	// The unit beside the file, for a header naming none.
	if a := g.Call("meter", "timestamp,energy\n2024-01-01 00:00,1.5\n2024-01-01 01:00,2\n", "kWh"); a.Get("hours").Length() != 2 || a.Get("hours").Index(0).Float() != 1500 {
		t.Errorf("with the unit kWh: %s", a.Get("head").String())
	}
	for name, args := range map[string][]any{
		"no unit":        {"timestamp,energy\n2024-01-01 00:00,1.5\n2024-01-01 01:00,2\n"},
		"no input":       {},
		"a number":       {42},
		"unit not text":  {csv, 3},
		"too many":       {csv, "kWh", "x"},
		"a bad value":    {"timestamp,kWh\n2024-01-01 00:00,abc\n"},
		"an empty input": {""},
	} {
		a := g.Call("meter", args...)
		if errorCode(t, a.Get("head").String()) == "" || !a.Get("hours").IsUndefined() {
			t.Errorf("%s: answered %.200s with hours %s", name, a.Get("head").String(), a.Get("hours").Type())
		}
	}
}
