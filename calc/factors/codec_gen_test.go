package factors

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
// give; go generate ./calc/factors rewrites it.
func TestCodecGenerated(t *testing.T) {
	src := gen.Generate(gen.Config{Package: "factors", Path: reflect.TypeFor[Table]().PkgPath(),
		By: "TestCodecGenerated (codec_gen_test.go) from the struct tags", Lenient: true,
		Decode:    []reflect.Type{reflect.TypeFor[manifest](), reflect.TypeFor[fileManifest](), reflect.TypeFor[Signature]()},
		Anonymous: map[reflect.Type]bool{reflect.TypeFor[manifest](): true, reflect.TypeFor[fileManifest](): true, reflect.TypeFor[fileRef](): true}})
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
		t.Fatal("codec_gen.go is stale: run go generate ./calc/factors")
	}
}
