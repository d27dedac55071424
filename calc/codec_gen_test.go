package calc

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
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
	src := generateCodec()
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

// A tagField is a struct field as encoding/json names it.
type tagField struct {
	name  string
	field reflect.StructField
	omit  bool // omitempty
	zero  bool // omitzero
}

func tagFieldsOf(t reflect.Type) []tagField {
	var out []tagField
	for f := range t.Fields() {
		if f.Anonymous {
			panic("codec: embedded field " + t.Name() + "." + f.Name + " is not supported")
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" && opts == "" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		o := strings.Split(opts, ",")
		if slices.Contains(o, "string") {
			panic("codec: ,string on " + t.Name() + "." + f.Name + " is not supported")
		}
		out = append(out, tagField{name: name, field: f, omit: slices.Contains(o, "omitempty"), zero: slices.Contains(o, "omitzero")})
	}
	return out
}

type gen struct {
	b       bytes.Buffer
	structs []reflect.Type // with a decoder, in order of discovery
	done    map[reflect.Type]bool
	encs    []reflect.Type // with an encoder
	encDone map[reflect.Type]bool
	vars    int
}

// codecName is the suffix of t's decoder and encoder.
func codecName(t reflect.Type) string { return strings.ReplaceAll(goName(t), ".", "") }

// walkEnc collects the struct types reachable from t for encoding.
func (g *gen) walkEnc(t reflect.Type) {
	if _, ok := customEnc[t]; ok {
		return
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		g.walkEnc(t.Elem())
	case reflect.Map:
		if t.Key().Kind() != reflect.String || t.Elem().Kind() != reflect.String {
			panic("codec: map " + t.String() + " is not supported")
		}
	case reflect.Struct:
		if g.encDone[t] {
			return
		}
		if _, ok := t.MethodByName("MarshalJSON"); ok {
			panic("codec: " + t.String() + " has a MarshalJSON method")
		}
		g.encDone[t] = true
		g.encs = append(g.encs, t)
		for _, f := range tagFieldsOf(t) {
			g.walkEnc(f.field.Type)
		}
	case reflect.String, reflect.Int, reflect.Int64, reflect.Bool:
	default:
		panic("codec: " + t.String() + " is not supported")
	}
}

// empty is the Go condition that omitempty leaves x of type t out on.
func empty(t reflect.Type, x string) string {
	switch t.Kind() {
	case reflect.String, reflect.Slice, reflect.Map:
		return "len(" + x + ") == 0"
	case reflect.Int, reflect.Int64:
		return x + " == 0"
	case reflect.Bool:
		return "!" + x
	case reflect.Pointer:
		return x + " == nil"
	}
	return "false"
}

// enc writes the statements that append x, of type t, to b.
func (g *gen) enc(t reflect.Type, x string) {
	if fn, ok := customEnc[t]; ok {
		g.p("b = %s(b, %s)", fn, x)
		return
	}
	switch t.Kind() {
	case reflect.String:
		g.p("b = codec.AppendString(b, %s)", x)
	case reflect.Int, reflect.Int64:
		g.p("b = strconv.AppendInt(b, int64(%s), 10)", x)
	case reflect.Bool:
		g.p("b = strconv.AppendBool(b, %s)", x)
	case reflect.Struct:
		g.p("b = enc%s(b, &%s)", codecName(t), x)
	case reflect.Pointer:
		g.p("if %s == nil {\nb = append(b, \"null\"...)\n} else {", x)
		g.enc(t.Elem(), "(*"+x+")")
		g.p("}")
	case reflect.Map:
		g.p("b = codec.AppendMap(b, %s)", x)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.String && t.Elem().Name() == "string" {
			g.p("b = codec.AppendStrings(b, %s)", x)
			return
		}
		g.vars++
		i := fmt.Sprintf("i%d", g.vars)
		g.p("if %s == nil {\nb = append(b, \"null\"...)\n} else {", x)
		g.p("b = append(b, '[')")
		g.p("for %s := range %s {", i, x)
		g.p("if %s > 0 {\nb = append(b, ',')\n}", i)
		g.enc(t.Elem(), x+"["+i+"]")
		g.p("}\nb = append(b, ']')\n}")
	}
}

func (g *gen) p(format string, args ...any) { fmt.Fprintf(&g.b, format+"\n", args...) }

// goName is how codec_gen.go, in package calc, writes t.
func goName(t reflect.Type) string { return strings.ReplaceAll(t.String(), "calc.", "") }

// walk collects the struct types reachable from t.
func (g *gen) walk(t reflect.Type) {
	if _, ok := custom[t]; ok {
		return
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		g.walk(t.Elem())
	case reflect.Map:
		if t.Key().Kind() != reflect.String || t.Elem().Kind() != reflect.String {
			panic("codec: map " + t.String() + " is not supported")
		}
	case reflect.Struct:
		if g.done[t] {
			return
		}
		g.done[t] = true
		g.structs = append(g.structs, t)
		for _, f := range tagFieldsOf(t) {
			g.walk(f.field.Type)
		}
	case reflect.String, reflect.Int, reflect.Bool:
	default:
		panic("codec: " + t.String() + " is not supported")
	}
}

// typeRef is the codec.Type of t for the strict reading: nil for what
// holds no struct.
func typeRef(t reflect.Type) string {
	if _, ok := custom[t]; ok {
		return "nil"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return typeRef(t.Elem())
	case reflect.Slice:
		if e := typeRef(t.Elem()); e != "nil" {
			return "&codec.Type{Kind: codec.Slice, Elem: " + e + "}"
		}
	case reflect.Struct:
		return "&ty" + t.Name()
	}
	return "nil"
}

// dec writes the statements that decode into x, of type t.
func (g *gen) dec(t reflect.Type, x string, depth int) {
	if fn, ok := custom[t]; ok {
		g.p("%s(r, &%s)", fn, x)
		return
	}
	switch t.Kind() {
	case reflect.String:
		g.p("r.String(&%s)", x)
	case reflect.Int:
		g.p("r.Int(&%s)", x)
	case reflect.Bool:
		g.p("r.Bool(&%s)", x)
	case reflect.Struct:
		g.p("dec%s(r, &%s)", t.Name(), x)
	case reflect.Pointer:
		g.p("if r.Null() {\n%s = nil\n} else {", x)
		g.p("if %s == nil {\n%s = new(%s)\n}", x, x, goName(t.Elem()))
		g.dec(t.Elem(), "(*"+x+")", depth+1)
		g.p("}")
	case reflect.Slice:
		elem := goName(t.Elem())
		g.p("if r.Null() {\n%s = nil\n} else if r.Array() {", x)
		g.p("%s = %s[:0]", x, x)
		g.p("for r.Next() {")
		g.p("%s = append(%s, *new(%s))", x, x, elem)
		g.dec(t.Elem(), fmt.Sprintf("%s[len(%s)-1]", x, x), depth+1)
		g.p("}")
		g.p("if %s == nil {\n%s = %s{}\n}", x, x, goName(t))
		g.p("}")
	case reflect.Map:
		g.p("if r.Null() {\n%s = nil\n} else if r.Object(nil) {", x)
		g.p("if %s == nil {\n%s = map[string]string{}\n}", x, x)
		g.p("for r.More() {")
		g.p("if r.Key() < 0 {\nr.Skip()\ncontinue\n}")
		g.p("var s string\nr.String(&s)\n%s[r.MapKey()] = s", x)
		g.p("}\n}")
	}
}

func generateCodec() []byte {
	g := &gen{done: map[reflect.Type]bool{}}
	for _, t := range decodeRoots {
		g.walk(t)
	}
	g.p("// Code generated by TestCodecGenerated (codec_gen_test.go) from the struct tags; DO NOT EDIT.\n")
	g.p("package calc\n")
	g.p("import (\n\"strconv\"\n\n\"github.com/greenline-calc/greenline/calc/internal/codec\"\n\"github.com/greenline-calc/greenline/calc/internal/problem\"\n)")
	for _, t := range g.structs {
		fields := tagFieldsOf(t)
		var names, types []string
		for _, f := range fields {
			names = append(names, fmt.Sprintf("%q", f.name))
			types = append(types, typeRef(f.field.Type))
		}
		g.p("\nvar ty%s = codec.Type{Kind: codec.Struct, Names: []string{%s}, Fields: []*codec.Type{%s}, Index: index%s}",
			t.Name(), strings.Join(names, ", "), strings.Join(types, ", "), t.Name())
		g.p("\nfunc index%s(key []byte) int {\nswitch string(key) {", t.Name())
		for i, f := range fields {
			g.p("case %q:\nreturn %d", f.name, i)
		}
		g.p("}\nreturn -1\n}")
		g.p("\n// dec%s decodes a %s as encoding/json would.", t.Name(), t.Name())
		g.p("func dec%s(r *codec.Reader, v *%s) {", t.Name(), t.Name())
		g.p("if !r.Object(&ty%s) {\nreturn\n}", t.Name())
		g.p("for r.More() {\nswitch r.Key() {")
		for i, f := range fields {
			g.p("case %d:", i)
			g.dec(f.field.Type, "v."+f.field.Name, 0)
		}
		g.p("default:\nr.Skip()\n}\n}\n}")
	}
	g.encDone = map[reflect.Type]bool{}
	for _, t := range encodeRoots {
		g.walkEnc(t)
	}
	for _, t := range g.encs {
		g.p("\n// enc%s appends v as encoding/json writes it, without HTML escaping.", codecName(t))
		g.p("func enc%s(b []byte, v *%s) []byte {", codecName(t), goName(t))
		g.p("c := byte('{')")
		for _, f := range tagFieldsOf(t) {
			x := "v." + f.field.Name
			cond := ""
			switch {
			case f.zero && f.field.Type.Kind() == reflect.Struct && f.field.Type.Comparable():
				cond = fmt.Sprintf("%s != (%s{})", x, goName(f.field.Type))
			case f.zero:
				panic("codec: omitzero on " + t.Name() + "." + f.field.Name + " is not supported")
			case f.omit && empty(f.field.Type, x) != "false":
				cond = "!(" + empty(f.field.Type, x) + ")"
			}
			if cond != "" {
				g.p("if %s {", cond)
			}
			g.p("b = append(b, c)\nc = ','")
			g.p("b = append(b, %q...)", `"`+f.name+`":`)
			g.enc(f.field.Type, x)
			if cond != "" {
				g.p("}")
			}
		}
		g.p("if c == '{' {\nb = append(b, c)\n}")
		g.p("return append(b, '}')\n}")
	}
	src, err := format.Source(g.b.Bytes())
	if err != nil {
		panic(err.Error() + "\n" + g.b.String())
	}
	return src
}
