package main

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/policy"
)

// The files the Worker must serve byte for byte, read from the repository
// rather than through the embed the Worker uses.
func repoFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile("../" + path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func hexSHA(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// store returns the association store of the tests: testdata/store (the
// made-up example-park-2025 version 1, signed with RFC 8032's test key),
// plus a version 2 whose CSV was changed after signing, plus a signed
// table that takes the id of an embedded one.
func store(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS("testdata/store"), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile("testdata/store/" + p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"manifest.json", "example-park-2025.csv", "signature.json"} {
		b := string(m["example-park-2025/1/"+name].Data)
		b = strings.Replace(b, `"version": 1`, `"version": 2`, 1)
		if name == "example-park-2025.csv" {
			b = strings.Replace(b, "0.4000", "0.1000", 1)
		}
		m["example-park-2025/2/"+name] = &fstest.MapFile{Data: []byte(b)}
	}
	// A signed table that takes an embedded table's id.
	taken := fstest.MapFS{
		"manifest.json": {Data: []byte(strings.NewReplacer(`"id": "example-park-2025"`, `"id": "cn-mee-2023"`, `"version": 1`, `"version": 9`).
			Replace(string(m["example-park-2025/1/manifest.json"].Data)))},
		"example-park-2025.csv": m["example-park-2025/1/example-park-2025.csv"],
	}
	sig, err := factors.Sign(taken, ed25519Key(t))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(sig)
	m["cn-mee-2023/9/manifest.json"] = taken["manifest.json"]
	m["cn-mee-2023/9/example-park-2025.csv"] = taken["example-park-2025.csv"]
	m["cn-mee-2023/9/signature.json"] = &fstest.MapFile{Data: b}
	return m
}

func newTestServer(t *testing.T, st Store) string {
	t.Helper()
	s, err := newServer(factors.Files(), policy.Files(), st, 0)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv.URL
}

// forEachRuntime runs test against the handler on the host and against
// the built Worker in workerd (workerd_test.go), both with the store of
// the tests.
func forEachRuntime(t *testing.T, test func(t *testing.T, base string)) {
	t.Run("host", func(t *testing.T) { test(t, newTestServer(t, fsStore{store(t)})) })
	t.Run("workerd", func(t *testing.T) { test(t, workerd(t)) })
}

type response struct {
	status int
	header http.Header
	body   string
}

func do(t *testing.T, base, method, path string, header map[string]string) response {
	t.Helper()
	req, err := http.NewRequest(method, base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return response{res.StatusCode, res.Header, string(b)}
}

// errorCode returns the code of a JSON error body, or "" when the body is
// not one.
func errorCode(body string) string {
	var e struct{ Errors []problem }
	if json.Unmarshal([]byte(body), &e) != nil || len(e.Errors) != 1 {
		return ""
	}
	return e.Errors[0].Code
}

func TestTables(t *testing.T) {
	forEachRuntime(t, func(t *testing.T, srv string) {
		csv := repoFile(t, "calc/factors/tables/cn-mee-2023.csv")
		etag := `"` + hexSHA(csv) + `"`
		tests := []struct {
			name, method, path string
			header             map[string]string
			status             int
			body               string // "" for none
			cache, location    string
		}{
			{"a version", "GET", "/v1/tables/cn-mee-2023/1", nil, 200, string(csv), "public, max-age=31536000, immutable", ""},
			{"the latest", "GET", "/v1/tables/cn-mee-2023", nil, 200, string(csv), "public, max-age=300", "/v1/tables/cn-mee-2023/1"},
			{"HEAD of a version", "HEAD", "/v1/tables/cn-mee-2023/1", nil, 200, "", "public, max-age=31536000, immutable", ""},
			{"HEAD of the latest", "HEAD", "/v1/tables/cn-mee-2023", nil, 200, "", "public, max-age=300", "/v1/tables/cn-mee-2023/1"},
			{"If-None-Match of the version", "GET", "/v1/tables/cn-mee-2023/1", map[string]string{"If-None-Match": etag}, 304, "", "public, max-age=31536000, immutable", ""},
			{"If-None-Match, weak, in a list", "GET", "/v1/tables/cn-mee-2023", map[string]string{"If-None-Match": `"abc", W/` + etag}, 304, "", "public, max-age=300", "/v1/tables/cn-mee-2023/1"},
			{"If-None-Match of another version", "GET", "/v1/tables/cn-mee-2023/1", map[string]string{"If-None-Match": `"` + strings.Repeat("0", 64) + `"`}, 200, string(csv), "public, max-age=31536000, immutable", ""},
			{"a query is ignored", "GET", "/v1/tables/cn-mee-2023/1?v=2", nil, 200, string(csv), "public, max-age=31536000, immutable", ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				r := do(t, srv, tt.method, tt.path, tt.header)
				if r.status != tt.status || r.body != tt.body {
					t.Fatalf("%s %s = %d, %d bytes; want %d, %d bytes", tt.method, tt.path, r.status, len(r.body), tt.status, len(tt.body))
				}
				for k, want := range map[string]string{
					"ETag": etag, "Cache-Control": tt.cache, "Access-Control-Allow-Origin": "*",
					"Content-Location": tt.location,
				} {
					if got := r.header.Get(k); got != want {
						t.Errorf("%s = %q, want %q", k, got, want)
					}
				}
				if tt.status == 200 {
					if got, want := r.header.Get("Content-Length"), strconv.Itoa(len(csv)); got != want {
						t.Errorf("Content-Length = %s, want %s", got, want)
					}
					if got := r.header.Get("Content-Type"); got != "text/csv; charset=utf-8" {
						t.Errorf("Content-Type = %q", got)
					}
					if got := r.header.Get("Greenline-Table"); got != "cn-mee-2023@1" {
						t.Errorf("Greenline-Table = %q, want cn-mee-2023@1", got)
					}
				}
			})
		}
	})
}

func TestEveryEmbeddedFileByteForByte(t *testing.T) {
	forEachRuntime(t, func(t *testing.T, srv string) {
		r := do(t, srv, "GET", "/v1/tables", nil)
		var idx struct {
			Tables []struct {
				ID, File, SHA256, URL, Source string
				Version, Size                 int
				Manifest                      json.RawMessage
			}
			Files []struct {
				Path, SHA256, URL string
				Size              int
			}
		}
		if err := json.Unmarshal([]byte(r.body), &idx); err != nil {
			t.Fatal(err)
		}
		embedded := idx.Tables[:0]
		for _, e := range idx.Tables {
			if e.Source != "association" {
				embedded = append(embedded, e)
			}
		}
		idx.Tables = embedded
		if got, want := len(idx.Tables), 8; got != want {
			t.Errorf("tables = %d, want the 8 of calc/factors/tables/manifest.json", got)
		}
		dirs := map[string]string{"tables": "calc/factors/tables/", "policy": "calc/policy/data/"}
		// 9 files in calc/factors/tables, 6 in calc/policy/data.
		if got, want := len(idx.Files), 15; got != want {
			t.Errorf("files = %d, want %d", got, want)
		}
		for _, f := range idx.Files {
			dir, name, _ := strings.Cut(f.Path, "/")
			want := repoFile(t, dirs[dir]+name)
			got := do(t, srv, "GET", f.URL, nil)
			if got.body != string(want) || f.SHA256 != hexSHA(want) || f.Size != len(want) {
				t.Errorf("%s: served %d bytes, listed sha256 %s size %d; want the %d bytes of %s%s", f.Path, len(got.body), f.SHA256, f.Size, len(want), dirs[dir], name)
			}
		}
		for _, e := range idx.Tables {
			want := repoFile(t, "calc/factors/tables/"+e.File)
			got := do(t, srv, "GET", e.URL, nil)
			if got.body != string(want) || e.SHA256 != hexSHA(want) || e.Size != len(want) || e.Source != "embedded" {
				t.Errorf("%s@%d: served %d bytes, listed %s %d %s; want %s", e.ID, e.Version, len(got.body), e.SHA256, e.Size, e.Source, e.File)
			}
			var m struct{ ID string }
			if json.Unmarshal(e.Manifest, &m); m.ID != e.ID {
				t.Errorf("%s: manifest entry of %q", e.ID, m.ID)
			}
		}
		if r.header.Get("ETag") != `"`+hexSHA([]byte(r.body))+`"` || r.header.Get("Cache-Control") != "public, max-age=300" {
			t.Errorf("index ETag %s, Cache-Control %s", r.header.Get("ETag"), r.header.Get("Cache-Control"))
		}
		if got := do(t, srv, "GET", "/v1/tables", map[string]string{"If-None-Match": r.header.Get("ETag")}); got.status != 304 {
			t.Errorf("index If-None-Match = %d, want 304", got.status)
		}
	})
}

func TestErrors(t *testing.T) {
	forEachRuntime(t, func(t *testing.T, srv string) {
		tests := []struct {
			name, method, path string
			status             int
			code               string
		}{
			{"unknown path", "GET", "/", 404, "request.not_found"},
			{"unknown path under v1", "GET", "/v1/things", 404, "request.not_found"},
			{"too deep", "GET", "/v1/tables/cn-mee-2023/1/x", 404, "request.not_found"},
			{"unknown table", "GET", "/v1/tables/no-such-table", 404, "table.not_found"},
			{"unknown version", "GET", "/v1/tables/cn-mee-2023/2", 404, "table.not_found"},
			{"version with a leading zero", "GET", "/v1/tables/cn-mee-2023/01", 404, "table.not_found"},
			{"unknown file", "GET", "/v1/files/tables/nope.csv", 404, "request.not_found"},
			{"file outside the data", "GET", "/v1/files/tables/..%2Fgo.mod", 404, "request.not_found"},
			{"POST", "POST", "/v1/tables", 405, "request.method"},
			{"PUT of a table", "PUT", "/v1/tables/cn-mee-2023/1", 405, "request.method"},
			{"DELETE", "DELETE", "/v1/tables/cn-mee-2023", 405, "request.method"},
			{"long path", "GET", "/v1/tables/" + strings.Repeat("a", 300), 414, "request.path_too_long"},
			{"long query", "GET", "/v1/tables?" + strings.Repeat("q", 300), 414, "request.query_too_long"},
			{"malformed query", "GET", "/v1/tables?a=%zz", 400, "request.query"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				r := do(t, srv, tt.method, tt.path, nil)
				if r.status != tt.status || errorCode(r.body) != tt.code {
					t.Errorf("%s %s = %d %s, want %d with code %s", tt.method, tt.path, r.status, r.body, tt.status, tt.code)
				}
				if r.header.Get("Content-Type") != "application/json; charset=utf-8" || r.header.Get("Access-Control-Allow-Origin") != "*" {
					t.Errorf("headers %v", r.header)
				}
				if tt.status == 405 && r.header.Get("Allow") != "GET, HEAD, OPTIONS" {
					t.Errorf("Allow = %q", r.header.Get("Allow"))
				}
			})
		}
	})
}

func TestPreflight(t *testing.T) {
	forEachRuntime(t, func(t *testing.T, srv string) {
		r := do(t, srv, "OPTIONS", "/v1/tables/cn-mee-2023/1", map[string]string{
			"Origin": "https://association.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match",
		})
		if r.status != 204 || r.body != "" {
			t.Fatalf("preflight = %d %q, want 204 and no body", r.status, r.body)
		}
		for k, want := range map[string]string{
			"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS", "Access-Control-Allow-Headers": "If-None-Match",
		} {
			if got := r.header.Get(k); got != want {
				t.Errorf("%s = %q, want %q", k, got, want)
			}
		}
	})
}

// panicStore stands for a store binding that fails in a way the code did
// not foresee.
type panicStore struct{}

func (panicStore) Keys(string) ([]string, error) { panic("store broke") }
func (panicStore) Get(string) ([]byte, error)    { panic("store broke") }

func TestPanicIsA500(t *testing.T) {
	srv := newTestServer(t, panicStore{})
	r := do(t, srv, "GET", "/v1/tables", nil)
	if r.status != 500 || errorCode(r.body) != "worker.internal" || !strings.Contains(r.body, "store broke") {
		t.Errorf("GET with a panicking store = %d %s, want 500 worker.internal", r.status, r.body)
	}
	// The embedded tables do not touch the store.
	if r := do(t, srv, "GET", "/v1/tables/cn-mee-2023/1", nil); r.status != 200 {
		t.Errorf("embedded table with a panicking store = %d", r.status)
	}
}

func TestAssociationTables(t *testing.T) {
	st := store(t)
	forEachRuntime(t, func(t *testing.T, srv string) {

		r := do(t, srv, "GET", "/v1/tables", nil)
		var idx struct {
			Tables []struct {
				ID, Source, SHA256 string
				KeyID              string `json:"key_id"`
				ManifestJSON       string `json:"manifest_json"`
				Version            int
				Signature          *factors.Signature
			}
			Refused []refusal
		}
		if err := json.Unmarshal([]byte(r.body), &idx); err != nil {
			t.Fatal(err)
		}
		csv := string(st["example-park-2025/1/example-park-2025.csv"].Data)
		var found bool
		for _, e := range idx.Tables {
			if e.Source != "association" {
				continue
			}
			found = true
			if e.ID != "example-park-2025" || e.Version != 1 || e.KeyID != "21fe31dfa154a261626bf854046fd227" || e.SHA256 != hexSHA([]byte(csv)) ||
				e.ManifestJSON != string(st["example-park-2025/1/manifest.json"].Data) || e.Signature == nil {
				t.Errorf("association entry %+v", e)
			}
		}
		if !found {
			t.Error("the signed example-park-2025 version 1 is not in the index")
		}
		refused := map[string]string{}
		for _, x := range idx.Refused {
			refused[x.Key] = x.Code + ": " + x.Message
		}
		if len(refused) != 2 || !strings.HasPrefix(refused["example-park-2025/2/"], "table.signature: example-park-2025.csv: SHA-256 ") ||
			!strings.HasPrefix(refused["cn-mee-2023/9/"], "table.id_taken: ") {
			t.Errorf("refused = %v, want the changed version 2 and the taken id", refused)
		}
		if r := do(t, srv, "GET", "/v1/tables/example-park-2025/1", nil); r.status != 200 || r.body != csv || r.header.Get("Cache-Control") != cacheImmutable {
			t.Errorf("signed table = %d %q", r.status, r.body)
		}
		if r := do(t, srv, "GET", "/v1/tables/example-park-2025", nil); r.status != 200 || r.body != csv || r.header.Get("Content-Location") != "/v1/tables/example-park-2025/1" {
			t.Errorf("latest signed table = %d, Content-Location %q; want version 1, version 2 being refused", r.status, r.header.Get("Content-Location"))
		}
		if r := do(t, srv, "GET", "/v1/tables/example-park-2025/2", nil); r.status != 404 || errorCode(r.body) != "table.signature" {
			t.Errorf("changed table = %d %s, want 404 table.signature", r.status, r.body)
		}
		if r := do(t, srv, "GET", "/v1/tables/cn-mee-2023/9", nil); r.status != 404 || errorCode(r.body) != "table.not_found" {
			t.Errorf("an association's version of an embedded table = %d %s, want 404", r.status, r.body)
		}
	})
}

func ed25519Key(t *testing.T) ed25519.PrivateKey {
	b, err := os.ReadFile("testdata/rfc8032-test1.key")
	if err != nil {
		t.Fatal(err)
	}
	seed, _ := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b)))
	return ed25519.NewKeyFromSeed(seed)
}

func TestStoreIsReadOncePerTTL(t *testing.T) {
	for _, tt := range []struct {
		ttl  time.Duration
		want int // association tables listed after one is added
	}{{0, 1}, {time.Hour, 0}} {
		st := store(t)
		one := st["example-park-2025/1/manifest.json"]
		delete(st, "example-park-2025/1/manifest.json")
		s, err := newServer(factors.Files(), policy.Files(), fsStore{st}, tt.ttl)
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(s)
		defer srv.Close()
		count := func() int {
			var idx struct{ Tables []struct{ Source string } }
			json.Unmarshal([]byte(do(t, srv.URL, "GET", "/v1/tables", nil).body), &idx)
			n := 0
			for _, e := range idx.Tables {
				if e.Source == "association" {
					n++
				}
			}
			return n
		}
		if got := count(); got != 0 {
			t.Fatalf("ttl %v: %d association tables before the manifest is stored, want 0", tt.ttl, got)
		}
		st["example-park-2025/1/manifest.json"] = one
		if got := count(); got != tt.want {
			t.Errorf("ttl %v: %d association tables after, want %d", tt.ttl, got, tt.want)
		}
	}
}
