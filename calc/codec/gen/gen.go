// Package gen writes the decoders and encoders of codec from the struct
// tags of Go types, as encoding/json reads them. It is run by the tests of
// the packages whose types it reads (calc's TestCodecGenerated), which
// fail when the file it wrote is stale.
package gen

import (
	"bytes"
	"fmt"
	"go/format"
	"reflect"
	"slices"
	"strings"
)

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

// A Config says what to generate.
type Config struct {
	Package string // the package's name
	Path    string // the package's import path
	By      string // what generates the file, for its first line
	Decode  []reflect.Type
	Encode  []reflect.Type
	// Custom and CustomEnc name the decoders and encoders written by
	// hand, for types that had UnmarshalJSON and MarshalJSON methods.
	Custom    map[reflect.Type]string
	CustomEnc map[reflect.Type]string
	// Lenient decoders read as encoding/json does without the strict
	// pass: they name each value's Go type for encoding/json's messages.
	Lenient bool
	// EscapeHTML has the encoders escape <, > and & as Marshal does.
	EscapeHTML bool
	// Anonymous are the named types that stand for anonymous structs,
	// as encoding/json's messages name them.
	Anonymous map[reflect.Type]bool
}

type gen struct {
	cfg     Config
	pkg     string
	b       bytes.Buffer
	structs []reflect.Type // with a decoder, in order of discovery
	done    map[reflect.Type]bool
	encs    []reflect.Type // with an encoder
	encDone map[reflect.Type]bool
}

// codecName is the suffix of t's decoder and encoder.
func (g *gen) codecName(t reflect.Type) string { return strings.ReplaceAll(g.goName(t), ".", "") }

// walkEnc collects the struct types reachable from t for encoding.
func (g *gen) walkEnc(t reflect.Type) {
	if _, ok := g.cfg.CustomEnc[t]; ok {
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

// field writes the statements that append the member key: x, of type t,
// to b, with c the byte before it.
func (g *gen) field(t reflect.Type, key, x string) {
	if _, ok := g.cfg.CustomEnc[t]; !ok {
		switch t.Kind() {
		case reflect.String:
			fn := "Str"
			if g.cfg.EscapeHTML {
				fn = "StrHTML"
			}
			g.p("b = codec.%s(b, &c, %q, string(%s))", fn, key, x)
			return
		case reflect.Int, reflect.Int64:
			g.p("b = codec.Int(b, &c, %q, int64(%s))", key, x)
			return
		case reflect.Bool:
			g.p("b = codec.Bool(b, &c, %q, %s)", key, x)
			return
		}
	}
	g.p("b = codec.Key(b, &c, %q)", key)
	g.p("b = %s", g.encValue(t, x))
}

// encValue is the expression that appends x, of type t, to b.
func (g *gen) encValue(t reflect.Type, x string) string {
	if fn, ok := g.cfg.CustomEnc[t]; ok {
		return fn + "(b, " + x + ")"
	}
	switch t.Kind() {
	case reflect.Struct:
		return "enc" + g.codecName(t) + "(b, &" + x + ")"
	case reflect.Pointer:
		if t.Elem().Kind() == reflect.Struct {
			return "codec.Opt(b, " + x + ", enc" + g.codecName(t.Elem()) + ")"
		}
	case reflect.Map:
		if !g.cfg.EscapeHTML {
			return "codec.AppendMap(b, " + x + ")"
		}
	case reflect.Slice:
		switch e := t.Elem(); {
		case e.Kind() == reflect.String && e.PkgPath() == "" && !g.cfg.EscapeHTML:
			return "codec.AppendStrings(b, " + x + ")"
		case e.Kind() == reflect.Int && e.PkgPath() == "":
			return "codec.Ints(b, " + x + ")"
		case e.Kind() == reflect.Struct:
			return "codec.List(b, " + x + ", enc" + g.codecName(e) + ")"
		}
	}
	panic("codec: no encoder for " + t.String())
}

func (g *gen) p(format string, args ...any) { fmt.Fprintf(&g.b, format+"\n", args...) }

// goName is how the generated file, in package g.pkg, writes t.
func (g *gen) goName(t reflect.Type) string { return strings.ReplaceAll(t.String(), g.pkg+".", "") }

// walk collects the struct types reachable from t.
func (g *gen) walk(t reflect.Type) {
	if _, ok := g.cfg.Custom[t]; ok {
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
func (g *gen) typeRef(t reflect.Type) string {
	if _, ok := g.cfg.Custom[t]; ok {
		return "nil"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return g.typeRef(t.Elem())
	case reflect.Slice:
		if e := g.typeRef(t.Elem()); e != "nil" {
			return "&codec.Type{Kind: codec.Slice, Elem: " + e + "}"
		}
	case reflect.Struct:
		return "&ty" + g.codecName(t)
	}
	return "nil"
}

// deref is t, or the type it points to.
func deref(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}

// decFunc is a func(*codec.Reader, *T) that decodes a t.
func (g *gen) decFunc(t reflect.Type) string {
	if fn, ok := g.cfg.Custom[t]; ok {
		return fn
	}
	switch t.Kind() {
	case reflect.String, reflect.Int, reflect.Bool:
		m := map[reflect.Kind]string{reflect.String: "String", reflect.Int: "Int", reflect.Bool: "Bool"}[t.Kind()]
		if t.PkgPath() == "" {
			return "(*codec.Reader)." + m
		}
		return fmt.Sprintf("func(r *codec.Reader, v *%s) { r.%s((*%s)(v)) }", g.goName(t), m, t.Kind())
	case reflect.Struct:
		return "dec" + g.codecName(t)
	case reflect.Pointer:
		return fmt.Sprintf("func(r *codec.Reader, v *%s) { codec.Ptr(r, v, %s) }", g.goName(t), g.decFunc(t.Elem()))
	}
	panic("codec: no decoder for " + t.String())
}

// dec writes the statements that decode into x, of type t.
func (g *gen) dec(t reflect.Type, x string, depth int) {
	if g.cfg.Lenient {
		g.p("r.T = %q", g.typeString(deref(t)))
	}
	if fn, ok := g.cfg.Custom[t]; ok {
		g.p("%s(r, &%s)", fn, x)
		return
	}
	switch t.Kind() {
	case reflect.String:
		g.p("r.String(%s)", ptr(t, "string", x))
	case reflect.Int:
		g.p("r.Int(%s)", ptr(t, "int", x))
	case reflect.Bool:
		g.p("r.Bool(%s)", ptr(t, "bool", x))
	case reflect.Struct:
		g.p("dec%s(r, &%s)", g.codecName(t), x)
	case reflect.Pointer:
		g.p("codec.Ptr(r, &%s, %s)", x, g.decFunc(t.Elem()))
	case reflect.Slice:
		elemT := ""
		if g.cfg.Lenient {
			elemT = g.typeString(deref(t.Elem()))
		}
		g.p("codec.Elems(r, &%s, %q, %s)", x, elemT, g.decFunc(t.Elem()))
	case reflect.Map:
		g.p("if r.Null() {\n%s = nil\n} else if r.Object(nil) {", x)
		g.p("if %s == nil {\n%s = map[string]string{}\n}", x, x)
		g.p("for r.More() {")
		g.p("if r.Key() < 0 {\nr.Skip()\ncontinue\n}")
		if g.cfg.Lenient {
			g.p("r.T = %q", g.typeString(t.Elem()))
		}
		g.p("var s string\nr.String(&s)\n%s[r.MapKey()] = s", x)
		g.p("}\n}")
	}
}

// unname is t with the types of cfg.Anonymous made the anonymous structs
// they stand for.
func (g *gen) unname(t reflect.Type) reflect.Type {
	switch {
	case g.cfg.Anonymous[t]:
		var fields []reflect.StructField
		for f := range t.Fields() {
			fields = append(fields, reflect.StructField{Name: f.Name, Type: g.unname(f.Type), Tag: f.Tag})
		}
		return reflect.StructOf(fields)
	case t.Kind() == reflect.Slice:
		return reflect.SliceOf(g.unname(t.Elem()))
	case t.Kind() == reflect.Pointer:
		return reflect.PointerTo(g.unname(t.Elem()))
	}
	return t
}

// ptr is a pointer to x, of type t, as a pointer to its kind's type.
func ptr(t reflect.Type, kind, x string) string {
	if t.PkgPath() == "" {
		return "&" + x
	}
	return "(*" + kind + ")(&" + x + ")"
}

// typeString is t as encoding/json's messages name it.
func (g *gen) typeString(t reflect.Type) string { return g.unname(t).String() }

// Generate returns the Go source of the decoders and encoders of cfg.
func Generate(cfg Config) []byte {
	g := &gen{cfg: cfg, pkg: cfg.Package, done: map[reflect.Type]bool{}, encDone: map[reflect.Type]bool{}}
	for _, t := range cfg.Decode {
		g.walk(t)
	}
	for _, t := range cfg.Encode {
		g.walkEnc(t)
	}
	for _, t := range g.structs {
		fields := tagFieldsOf(t)
		var names, types []string
		for _, f := range fields {
			names = append(names, fmt.Sprintf("%q", f.name))
			types = append(types, g.typeRef(f.field.Type))
		}
		name := t.Name()
		if cfg.Anonymous[t] {
			name = ""
		}
		n := g.codecName(t)
		g.p("\nvar ty%s = codec.Type{Kind: codec.Struct, Name: %q, Names: []string{%s}, Fields: []*codec.Type{%s}, Index: index%s}",
			n, name, strings.Join(names, ", "), strings.Join(types, ", "), n)
		g.p("\nfunc index%s(key []byte) int {\nswitch string(key) {", n)
		for i, f := range fields {
			g.p("case %q:\nreturn %d", f.name, i)
		}
		g.p("}\nreturn -1\n}")
		g.p("\n// dec%s decodes a %s as encoding/json would.", n, g.goName(t))
		g.p("func dec%s(r *codec.Reader, v *%s) {", n, g.goName(t))
		g.p("if !r.Object(&ty%s) {\nreturn\n}", n)
		g.p("for r.More() {\nswitch r.Key() {")
		for i, f := range fields {
			g.p("case %d:", i)
			g.dec(f.field.Type, "v."+f.field.Name, 0)
		}
		g.p("default:\nr.Skip()\n}\n}\n}")
	}
	if cfg.Lenient {
		for _, t := range cfg.Decode {
			n := g.codecName(t)
			g.p("\n// read%s decodes data into v as encoding/json's Unmarshal (whole) or Decoder (not whole) did,", n)
			g.p("// refusing unknown fields when disallow is set, with its errors.")
			g.p("func read%s(data []byte, whole, disallow bool, v *%s) error {", n, g.goName(t))
			g.p("return codec.Lenient(data, whole, disallow, %q, func(r *codec.Reader) { dec%s(r, v) })\n}", g.typeString(t), n)
		}
	}
	for _, t := range g.encs {
		g.p("\n// enc%s appends v as encoding/json writes it, without HTML escaping.", g.codecName(t))
		g.p("func enc%s(b []byte, v *%s) []byte {", g.codecName(t), g.goName(t))
		g.p("c := byte('{')")
		for _, f := range tagFieldsOf(t) {
			x := "v." + f.field.Name
			cond := ""
			switch {
			case f.zero && f.field.Type.Kind() == reflect.Struct && f.field.Type.Comparable():
				cond = fmt.Sprintf("%s != (%s{})", x, g.goName(f.field.Type))
			case f.zero:
				panic("codec: omitzero on " + t.Name() + "." + f.field.Name + " is not supported")
			case f.omit && empty(f.field.Type, x) != "false":
				cond = "!(" + empty(f.field.Type, x) + ")"
			}
			if cond != "" {
				g.p("if %s {", cond)
			}
			g.field(f.field.Type, `"`+f.name+`":`, x)
			if cond != "" {
				g.p("}")
			}
		}
		g.p("return codec.End(b, c)\n}")
	}
	// The imports: codec, strconv for encoders, and the packages of the
	// types named.
	imports := map[string]bool{"github.com/greenline-calc/greenline/calc/codec": true}
	for _, t := range append(append([]reflect.Type(nil), g.structs...), g.encs...) {
		for _, f := range tagFieldsOf(t) {
			for ft := f.field.Type; ; ft = ft.Elem() {
				if ft.PkgPath() != "" && ft.PkgPath() != cfg.Path {
					imports[ft.PkgPath()] = true
				}
				if k := ft.Kind(); k != reflect.Pointer && k != reflect.Slice {
					break
				}
			}
		}
		if t.PkgPath() != cfg.Path {
			imports[t.PkgPath()] = true
		}
	}
	var paths []string
	for p := range imports {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	var head bytes.Buffer
	fmt.Fprintf(&head, "// Code generated by %s; DO NOT EDIT.\n\npackage %s\n\nimport (\n", cfg.By, cfg.Package)
	for _, p := range paths {
		fmt.Fprintf(&head, "%q\n", p)
	}
	head.WriteString(")\n")
	g.b = *bytes.NewBuffer(append(head.Bytes(), g.b.Bytes()...))
	src, err := format.Source(g.b.Bytes())
	if err != nil {
		panic(err.Error() + "\n" + g.b.String())
	}
	return src
}
