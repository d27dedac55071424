//go:build !(js && wasm)

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The Worker in workerd: built once for the package's tests (the wasm of
// `make worker`, with workers-assets-gen's glue and worker.mjs), then run
// through worker/dev.mjs (Miniflare, on loopback) with a KV namespace
// seeded with the store of the tests.
var real struct {
	once   sync.Once
	url    string
	err    error
	cmd    *exec.Cmd
	dir    string
	stderr lockedBuffer // what workerd printed: a Go panic shows there
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestMain(m *testing.M) {
	code := m.Run()
	if real.cmd != nil {
		real.cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { real.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			real.cmd.Process.Kill()
		}
		// worker.mjs restarts a Go program that died, so the tests pass
		// through a panic; it must not happen.
		if out := real.stderr.String(); strings.Contains(out, "panic:") || strings.Contains(out, "exit code:") {
			fmt.Fprintln(os.Stderr, "FAIL: the Go program in workerd panicked or exited during the tests")
			code = 1
		}
	}
	if real.dir != "" {
		os.RemoveAll(real.dir)
	}
	os.Exit(code)
}

// workerd returns the base URL of the Worker running in workerd.
func workerd(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("the Worker in workerd is not run in -short mode; make test runs it")
	}
	real.once.Do(func() { real.url, real.err = startWorkerd(store(t)) })
	if real.err != nil {
		t.Fatalf("workerd: %v", real.err)
	}
	return real.url
}

// BuildWorker writes the Worker as `make worker` does into dir.
func buildWorker(dir string) error {
	gen := exec.Command("go", "run", "github.com/syumai/workers/cmd/workers-assets-gen", "-mode=go", "-o", dir)
	if out, err := gen.CombinedOutput(); err != nil {
		return fmt.Errorf("workers-assets-gen: %v\n%s", err, out)
	}
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "app.wasm"), ".")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	b, err := os.ReadFile("worker.mjs")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "worker.mjs"), b, 0o644)
}

func startWorkerd(st fs.FS) (string, error) {
	if _, err := os.Stat("../node_modules/miniflare"); err != nil {
		return "", fmt.Errorf("miniflare is not installed: run npm ci (make test does): %v", err)
	}
	dir, err := os.MkdirTemp("", "greenline-worker-")
	if err != nil {
		return "", err
	}
	real.dir = dir
	build := filepath.Join(dir, "build")
	if err := buildWorker(build); err != nil {
		return "", err
	}
	storeDir := filepath.Join(dir, "store")
	if err := os.CopyFS(storeDir, st); err != nil {
		return "", err
	}
	cmd := exec.Command("node", "dev.mjs", "--port", "0", "--build", build, "--store", storeDir, "--ttl", "0s")
	cmd.Stderr = io.MultiWriter(os.Stderr, &real.stderr)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", err
	}
	if err := cmd.Start(); err != nil {
		return "", err
	}
	real.cmd = cmd
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if url, ok := strings.CutPrefix(sc.Text(), "ready "); ok {
				ready <- url
			}
		}
		close(ready)
	}()
	select {
	case url, ok := <-ready:
		if !ok {
			return "", fmt.Errorf("dev.mjs ended before the Worker was ready")
		}
		return url, nil
	case <-time.After(2 * time.Minute):
		return "", fmt.Errorf("the Worker was not ready after 2 minutes")
	}
}
