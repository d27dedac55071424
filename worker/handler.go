package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Limits of a request the Worker reads.
const (
	maxPath  = 256 // bytes of the path: the longest route with a 64-byte id is far shorter
	maxQuery = 256 // bytes of the query string, which no route reads
)

// Cache lifetimes: a version never changes; "latest" and the index may.
const (
	cacheImmutable = "public, max-age=31536000, immutable"
	cacheShort     = "public, max-age=300"
)

// A server answers the table API from the embedded tables and, when one
// is bound, the associations' store.
type server struct {
	tables   []*entry // embedded, in manifest order
	byRef    map[string]*entry
	latest   map[string]*entry
	files    map[string]*embeddedFile
	fileList []*embeddedFile
	store    Store // nil when no store is bound

	// The associations' tables as last read from the store, kept for ttl:
	// each read lists the store and reads every table (Cloudflare's free
	// plan allows 1,000 KV lists a day).
	ttl     time.Duration
	mu      sync.Mutex
	read    time.Time
	served  []*entry
	refused []refusal

	// The index as last written, and the read of the store it lists.
	indexBody []byte
	indexSum  string
	indexRead time.Time
}

// associations returns the associations' tables, read from the store at
// most once per ttl.
func (s *server) associations() ([]*entry, []refusal, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ttl > 0 && !s.read.IsZero() && time.Since(s.read) < s.ttl {
		return s.served, s.refused, nil
	}
	served, refused, err := associationTables(s.store, "", s.embeddedIDs())
	if err != nil {
		return nil, nil, err
	}
	s.read, s.served, s.refused = time.Now(), served, refused
	return served, refused, nil
}

// newServer indexes the embedded table files and policy data; store may
// be nil, and what is read from it is kept for ttl.
func newServer(tables, policy fs.FS, store Store, ttl time.Duration) (*server, error) {
	s := &server{byRef: map[string]*entry{}, latest: map[string]*entry{}, files: map[string]*embeddedFile{}, store: store, ttl: ttl}
	var err error
	if s.tables, err = entries(tables, sourceEmbedded); err != nil {
		return nil, err
	}
	for _, e := range s.tables {
		s.byRef[e.ID+"/"+strconv.Itoa(e.Version)] = e
		if l := s.latest[e.ID]; l == nil || l.Version < e.Version {
			s.latest[e.ID] = e
		}
	}
	for _, d := range []struct {
		fsys fs.FS
		dir  string
	}{{tables, "tables"}, {policy, "policy"}} {
		fl, err := files(d.fsys, d.dir)
		if err != nil {
			return nil, err
		}
		for _, f := range fl {
			s.files[f.Path] = f
		}
		s.fileList = append(s.fileList, fl...)
	}
	return s, nil
}

// problem is the body of an error response: the core's problem shape.
type problem struct {
	Code    string `json:"code"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			fail(w, http.StatusInternalServerError, "worker.internal", "", fmt.Sprintf("the Worker hit a defect (%v); please report it. %.1000s", v, debug.Stack()))
		}
	}()
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Expose-Headers", "ETag, Content-Length, Greenline-Table")
	h.Set("X-Content-Type-Options", "nosniff")
	p := r.URL.EscapedPath()
	switch {
	case len(p) > maxPath:
		fail(w, http.StatusRequestURITooLong, "request.path_too_long", "path", fmt.Sprintf("the path has %d bytes; the longest accepted is %d", len(p), maxPath))
		return
	case len(r.URL.RawQuery) > maxQuery:
		fail(w, http.StatusRequestURITooLong, "request.query_too_long", "query", fmt.Sprintf("the query has %d bytes; the longest accepted is %d", len(r.URL.RawQuery), maxQuery))
		return
	}
	if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
		fail(w, http.StatusBadRequest, "request.query", "query", "the query string is malformed: "+err.Error())
		return
	}
	route, ok := s.route(p)
	if !ok {
		fail(w, http.StatusNotFound, "request.not_found", "path", "no such route: "+p+"; the index of tables is at /v1/tables")
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
	case http.MethodOptions:
		h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
		h.Set("Access-Control-Allow-Headers", "If-None-Match")
		h.Set("Access-Control-Max-Age", "86400")
		w.WriteHeader(http.StatusNoContent)
		return
	default:
		h.Set("Allow", "GET, HEAD, OPTIONS")
		fail(w, http.StatusMethodNotAllowed, "request.method", "method", r.Method+" is not allowed; the tables are read with GET or HEAD")
		return
	}
	route(w, r)
}

// route finds the handler of an escaped path.
func (s *server) route(p string) (http.HandlerFunc, bool) {
	parts := strings.Split(strings.TrimPrefix(p, "/"), "/")
	switch {
	case p == "/v1/tables":
		return s.index, true
	case len(parts) == 3 && parts[0] == "v1" && parts[1] == "tables" && parts[2] != "":
		return func(w http.ResponseWriter, r *http.Request) { s.table(w, r, parts[2], "") }, true
	case len(parts) == 4 && parts[0] == "v1" && parts[1] == "tables" && parts[2] != "" && parts[3] != "":
		return func(w http.ResponseWriter, r *http.Request) { s.table(w, r, parts[2], parts[3]) }, true
	case len(parts) == 4 && parts[0] == "v1" && parts[1] == "files":
		f, ok := s.files[parts[2]+"/"+parts[3]]
		if !ok {
			return nil, false
		}
		return func(w http.ResponseWriter, r *http.Request) {
			send(w, r, f.data, contentType(f.Path), f.SHA256, cacheShort)
		}, true
	}
	return nil, false
}

// index lists every table version: the embedded ones, the associations'
// that verify, and the associations' that do not, with the reason.
func (s *server) index(w http.ResponseWriter, r *http.Request) {
	var served []*entry
	refused := []refusal{}
	if s.store != nil {
		var err error
		if served, refused, err = s.associations(); err != nil {
			fail(w, http.StatusBadGateway, "store.unavailable", "", "the association tables could not be read: "+err.Error())
			return
		}
		if refused == nil {
			refused = []refusal{}
		}
	}
	s.mu.Lock()
	body, sha := s.indexBody, s.indexSum
	if body == nil || s.store != nil && (s.ttl == 0 || !s.indexRead.Equal(s.read)) {
		b, err := json.Marshal(struct {
			Format  int             `json:"format"`
			Tables  []*entry        `json:"tables"`
			Refused []refusal       `json:"refused"`
			Files   []*embeddedFile `json:"files"`
		}{1, append(append([]*entry(nil), s.tables...), served...), refused, s.fileList})
		if err != nil {
			s.mu.Unlock()
			panic(err)
		}
		body, sha = b, sum(b)
		s.indexBody, s.indexSum, s.indexRead = body, sha, s.read
	}
	s.mu.Unlock()
	send(w, r, body, "application/json; charset=utf-8", sha, cacheShort)
}

// table serves the CSV of a table: one version, or the latest when version
// is "".
func (s *server) table(w http.ResponseWriter, r *http.Request, id, version string) {
	var e *entry
	if version == "" {
		e = s.latest[id]
	} else {
		e = s.byRef[id+"/"+version]
	}
	if e == nil && s.store != nil && !s.embeddedIDs()[id] && validVersion(version) {
		served, refused, err := s.associations()
		if err != nil {
			fail(w, http.StatusBadGateway, "store.unavailable", "", "the association tables could not be read: "+err.Error())
			return
		}
		for _, c := range served {
			if c.ID == id && (version == "" && (e == nil || c.Version > e.Version) || strconv.Itoa(c.Version) == version) {
				e = c
			}
		}
		for _, x := range refused {
			if e == nil && version != "" && x.Key == id+"/"+version+"/" {
				fail(w, http.StatusNotFound, x.Code, "", "table "+id+" version "+version+" is refused: "+x.Message)
				return
			}
		}
	}
	if e == nil {
		what := "table " + id
		if version != "" {
			what += " version " + version
		}
		fail(w, http.StatusNotFound, "table.not_found", "", what+" is not published here; the index is at /v1/tables")
		return
	}
	cache := cacheImmutable
	if version == "" {
		cache = cacheShort
		w.Header().Set("Content-Location", e.URL)
	}
	w.Header().Set("Greenline-Table", e.ID+"@"+strconv.Itoa(e.Version))
	send(w, r, e.csv, "text/csv; charset=utf-8", e.SHA256, cache)
}

func (s *server) embeddedIDs() map[string]bool {
	ids := make(map[string]bool, len(s.latest))
	for id := range s.latest {
		ids[id] = true
	}
	return ids
}

// validVersion reports whether v is "" or a version number as written in a
// URL: digits without a leading zero.
func validVersion(v string) bool {
	if v == "" {
		return true
	}
	n, err := strconv.Atoi(v)
	return err == nil && n > 0 && strconv.Itoa(n) == v
}

func contentType(name string) string {
	if strings.HasSuffix(name, ".json") {
		return "application/json; charset=utf-8"
	}
	return "text/csv; charset=utf-8"
}

// send writes body with its ETag (the quoted hex SHA-256), or 304 when
// the request's If-None-Match names it.
func send(w http.ResponseWriter, r *http.Request, body []byte, ctype, sha, cache string) {
	h := w.Header()
	etag := `"` + sha + `"`
	h.Set("ETag", etag)
	h.Set("Cache-Control", cache)
	// Values, not Get: syumai/workers splits a list header into values.
	if matches(strings.Join(r.Header.Values("If-None-Match"), ","), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	// A HEAD gets the body too: net/http and workerd both drop it, and
	// workerd refuses a response shorter than its Content-Length.
	writeBody(w, body)
}

// matches reports whether an If-None-Match header names etag (weak
// comparison, RFC 9110 section 13.1.2).
func matches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

// fail writes a small JSON error body in the shape of the core's answers.
func fail(w http.ResponseWriter, status int, code, field, msg string) {
	b, _ := json.Marshal(struct {
		Errors []problem `json:"errors"`
	}{[]problem{{code, field, msg}}})
	h := w.Header()
	h.Del("ETag")
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	writeBody(w, b)
}
