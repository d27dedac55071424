package policy

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/greenline-calc/greenline/calc/codec/gen"
)

var update = flag.Bool("update", false, "rewrite codec_gen.go from the struct tags")

// TestCodecGenerated fails when codec_gen.go is not what the struct tags
// give; go generate ./calc/policy rewrites it.
func TestCodecGenerated(t *testing.T) {
	src := gen.Generate(gen.Config{Package: "policy", Path: reflect.TypeFor[Source]().PkgPath(),
		By: "TestCodecGenerated (codec_gen_test.go) from the struct tags", Lenient: true,
		Decode: []reflect.Type{reflect.TypeFor[manifest]()}, Anonymous: map[reflect.Type]bool{reflect.TypeFor[manifest](): true}})
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
		t.Fatal("codec_gen.go is stale: run go generate ./calc/policy")
	}
}
