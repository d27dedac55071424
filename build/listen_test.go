package main

import (
	"net"
	"strings"
	"testing"
)

func TestListenTakenPort(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	addr := taken.Addr().String()
	_, port, _ := net.SplitHostPort(addr)
	ln, err := listen(addr)
	if err == nil {
		ln.Close()
		t.Fatalf("listen(%s) on a taken port succeeded", addr)
	}
	for _, want := range []string{port, "already in use", "ADDR="} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if _, err := listen("not an address"); err == nil || !strings.Contains(err.Error(), "host:port") {
		t.Errorf("listen on a malformed address: %v, want a message naming the form host:port", err)
	}
}
