// Command load measures the factor-table Worker on loopback: requests per
// second and p50/p99 latency for the index and for one table, warm. It
// starts the built Worker in workerd (node worker/dev.mjs; run `make
// worker` first) unless -url names a running one.
//
//	go run ./worker/load [-url URL] [-c 8] [-d 10s]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"
)

func main() {
	base := flag.String("url", "", "base URL of a running Worker; empty: start worker/build in workerd")
	conc := flag.Int("c", 8, "concurrent connections")
	dur := flag.Duration("d", 10*time.Second, "measuring time per path")
	warm := flag.Int("warm", 200, "requests per path before measuring")
	flag.Parse()
	if *base == "" {
		*base = start()
		defer stop()
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *conc}}
	t := time.Now()
	get(client, *base+"/v1/tables/cn-mee-2023/1")
	fmt.Printf("first request (starts the Go program if the isolate is new): %.1f ms\n", float64(time.Since(t).Microseconds())/1000)
	fmt.Printf("%-32s %5s %9s %8s %8s %8s\n", "path", "conns", "requests", "req/s", "p50 ms", "p99 ms")
	for _, path := range []string{"/v1/tables", "/v1/tables/cn-mee-2023/1", "/v1/tables/example-park-2025/1"} {
		for range *warm {
			get(client, *base+path)
		}
		var mu sync.Mutex
		var lat []time.Duration
		deadline := time.Now().Add(*dur)
		var wg sync.WaitGroup
		for range *conc {
			wg.Go(func() {
				var mine []time.Duration
				for time.Now().Before(deadline) {
					t := time.Now()
					get(client, *base+path)
					mine = append(mine, time.Since(t))
				}
				mu.Lock()
				lat = append(lat, mine...)
				mu.Unlock()
			})
		}
		wg.Wait()
		slices.Sort(lat)
		q := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
		fmt.Printf("%-32s %5d %9d %8.0f %8.2f %8.2f\n", path, *conc, len(lat), float64(len(lat))/dur.Seconds(), q(0.50), q(0.99))
	}
}

// get fetches url and reads the body; a status other than 200 stops the run.
func get(c *http.Client, url string) {
	res, err := c.Get(url)
	if err != nil {
		fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		fatal(fmt.Errorf("%s: %s", url, res.Status))
	}
}

// child is the Worker this command started, if any.
var child *exec.Cmd

// stop stops the Worker this command started.
func stop() {
	if child != nil {
		child.Process.Signal(syscall.SIGTERM)
		child.Wait()
	}
}

// fatal stops the Worker and exits.
func fatal(err error) {
	stop()
	log.Fatal(err)
}

// start runs worker/dev.mjs with the example association table and
// returns its URL.
func start() string {
	cmd := exec.Command("node", "worker/dev.mjs", "--port", "0", "--store", "worker/testdata/store", "--ttl", "60s")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		log.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	child = cmd
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if url, ok := strings.CutPrefix(sc.Text(), "ready "); ok {
			go io.Copy(io.Discard, out)
			return url
		}
	}
	fatal(fmt.Errorf("worker/dev.mjs ended before the Worker was ready"))
	return ""
}
