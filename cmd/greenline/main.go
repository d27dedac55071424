// Command greenline computes Greenline projects from the command line, with
// the same core and the same output bytes as the browser.
//
//	greenline calc FILE.json      print the result JSON (or {"errors": …}, exit 1)
//	greenline calc --format csv FILE.json   the figures as a CSV table
//	greenline calc --format hourly-csv FILE.json   every hour of every supply user
//	greenline validate FILE.json  list every input error with its field path
//	greenline meter [--unit kWh|MWh|Wh] FILE.csv
//	                              read interval meter data, of one meter or of
//	                              several, into hourly series
//	greenline statements FILE.json --out DIR|FILE.zip
//	                              issue the allocation statement of every
//	                              user of a shared plant
//	greenline verify-statements PROJECT.json STATEMENT.json|DIR|FILE.zip...
//	                              check statements against the operator's
//	                              project file
//	greenline table keygen|sign|verify …   sign an association's table, or check one
//	greenline calc --tables DIR FILE.json  compute with the tables of DIR added
//
// FILE may be "-" for standard input.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/meter"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usage = `usage:
  greenline calc [--format json|csv] FILE.json
                                 compute a project; prints the result JSON
                                 (or, with csv, one figure a row; with hourly-csv,
                                 every hour of every supply user)
  greenline validate FILE.json   check a project; lists every error by field
  greenline meter [--unit kWh|MWh|Wh] FILE.csv
                                 read interval meter data (UTF-8 CSV, one meter
                                 or several named in a meter column) into the
                                 hourly series of a project, one per meter, or
                                 list its problems by row and column
  greenline statements FILE.json --out DIR|FILE.zip
  greenline verify-statements [--json] PROJECT.json STATEMENT.json|DIR|FILE.zip...
                                 issue a shared plant's allocation statements, or
                                 check them against the operator's project
  greenline table keygen|sign|verify …
                                 sign an association's table, or check one
calc and validate take --tables DIR (repeatable): a table directory, as the
Worker serves it, whose tables are added to the embedded ones.
FILE may be - for standard input.`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "meter" {
		return meterCmd(args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "statements" {
		return statementsCmd(args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "verify-statements" {
		return verifyCmd(args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "table" {
		return tableCmd(args[1:], stdout, stderr)
	}
	args, lib, err := withTables(args)
	if err != nil {
		fmt.Fprintln(stderr, "greenline:", err)
		return 1
	}
	format := "json"
	if len(args) == 4 && args[0] == "calc" && args[1] == "--format" {
		format, args = args[2], []string{"calc", args[3]}
	}
	if len(args) != 2 || (args[0] != "calc" && args[0] != "validate") || (format != "json" && format != "csv" && format != "hourly-csv") {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	data, err := readFile(args[1], stdin)
	if err != nil {
		fmt.Fprintln(stderr, "greenline:", err)
		return 1
	}
	switch args[0] {
	case "calc":
		if format == "hourly-csv" {
			var err error
			if data, err = withHourly(data); err != nil {
				fmt.Fprintln(stderr, "greenline:", err)
				return 1
			}
		}
		write := func(r calc.Result) []byte { return calc.Marshal(r) }
		switch format {
		case "csv":
			write = calc.CSV
		case "hourly-csv":
			write = calc.HourlyCSV
		}
		out, ok := calc.RunWith(data, lib, write)
		stdout.Write(out)
		if !ok {
			return 1
		}
	case "validate":
		errs := validate(data, lib)
		for _, e := range errs {
			fmt.Fprintf(stdout, "%s: %s [%s]\n", orWhole(e.Field), e.Message, e.Code)
		}
		if len(errs) > 0 {
			fmt.Fprintf(stderr, "greenline: %s: %d problem(s)\n", args[1], len(errs))
			return 1
		}
		fmt.Fprintf(stdout, "%s: valid\n", args[1])
	}
	return 0
}

func orWhole(field string) string {
	if field == "" {
		return "(project)"
	}
	return field
}

// readFile reads a project, refusing more than calc.MaxProjectBytes
// without reading the rest.
func readFile(name string, stdin io.Reader) ([]byte, error) {
	return readUpTo(name, stdin, calc.MaxProjectBytes, "")
}

// readUpTo reads a file, refusing more than max bytes without reading the
// rest; advice follows the refusal.
func readUpTo(name string, stdin io.Reader, max int, advice string) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, fmt.Errorf("%s is larger than %d bytes%s", name, max, advice)
	}
	return data, nil
}

// withHourly sets options.hourly in a project file.
func withHourly(data []byte) ([]byte, error) {
	p, err := calc.Decode(data)
	if err != nil {
		return data, nil // calc.Run reports it
	}
	p.Options.Hourly = true
	return json.Marshal(p)
}

func meterCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	unit := ""
	if len(args) == 3 && args[0] == "--unit" {
		unit, args = args[1], args[2:]
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	data, err := readUpTo(args[0], stdin, meter.DefaultMaxBytes, " (40 MiB), the most a meter data file may have: about a year of hourly data for 100 meters; split it by meter or by period")
	if err != nil {
		fmt.Fprintln(stderr, "greenline:", err)
		return 1
	}
	out, ok := calc.ImportMeter(data, unit)
	stdout.Write(out)
	if !ok {
		return 1
	}
	return 0
}
