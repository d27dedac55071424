package calc

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/greenline-calc/greenline/calc/codec/gen"
)

var update = flag.Bool("update", false, "rewrite codec_gen.go from the struct tags")

// decodeRoots are the types read from JSON (Decode, DecodeStatement).
var decodeRoots = []reflect.Type{reflect.TypeFor[Project](), reflect.TypeFor[Statement]()}

// encodeRoots are the types written as JSON (Marshal, the statements).
var encodeRoots = []reflect.Type{reflect.TypeFor[Result](), reflect.TypeFor[Outcome](), reflect.TypeFor[Validation](),
	reflect.TypeFor[Verification](), reflect.TypeFor[Statement]()}

// custom are the types with a decoder written by hand.
var custom = map[reflect.Type]string{reflect.TypeFor[KWhSeries](): "decKWhSeries"}

// customEnc are the types with an encoder written by hand.
var customEnc = map[reflect.Type]string{reflect.TypeFor[KWhSeries](): "appendSeries"}

// TestCodecGenerated fails when codec_gen.go is not what the struct tags
// give; go test -run TestCodecGenerated -update rewrites it.
func TestCodecGenerated(t *testing.T) {
	src := gen.Generate(gen.Config{Package: "calc", Path: reflect.TypeFor[Project]().PkgPath(),
		By: "TestCodecGenerated (codec_gen_test.go) from the struct tags", Decode: decodeRoots, Encode: encodeRoots,
		Custom: custom, CustomEnc: customEnc})
	if *update {
		if err := os.WriteFile("codec_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile("codec_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, src) {
		t.Fatal("codec_gen.go is stale: run go generate ./calc")
	}
}
