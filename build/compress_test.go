package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"

	"github.com/andybalholm/brotli"
)

// TestCompressCache checks that a second compression of the same bytes is
// read from the cache, and that both the fresh and the cached files
// decompress to the input.
func TestCompressCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	data := bytes.Repeat([]byte("Greenline 绿电 "), 1000)
	calls := 0
	count := func(f func() []byte) func() []byte {
		return func() []byte { calls++; return f() }
	}
	first := cached(data, ".gz", count(func() []byte { return gzipBytes(data) }))
	second := cached(data, ".gz", count(func() []byte { return gzipBytes(data) }))
	if calls != 1 {
		t.Errorf("compressed %d times, want 1 (the second from the cache)", calls)
	}
	if !bytes.Equal(first, second) {
		t.Error("the cached file differs from the one written")
	}
	r, err := gzip.NewReader(bytes.NewReader(second))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(r); !bytes.Equal(got, data) {
		t.Error("gzip from the cache does not decompress to the input")
	}
	if got, _ := io.ReadAll(brotli.NewReader(bytes.NewReader(brotliBytes(data)))); !bytes.Equal(got, data) {
		t.Error("brotli does not decompress to the input")
	}
	other := append([]byte("x"), data...)
	cached(other, ".gz", count(func() []byte { return gzipBytes(other) }))
	if calls != 2 {
		t.Errorf("other bytes compressed %d times in all, want 2: the cache must be keyed by content", calls)
	}
}
