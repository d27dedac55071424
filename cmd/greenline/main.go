// Command greenline computes Greenline projects from the command line, with
// the same core and the same output bytes as the browser.
//
//	greenline calc FILE.json      print the result JSON (or {"errors": …} on
//	                              standard error, exit 1)
//	greenline calc --format csv FILE.json   the figures as a CSV table
//	greenline calc --format hourly-csv FILE.json   every hour of every supply user
//	greenline validate [--format text|json] FILE.json
//	                              list every input error with its field path,
//	                              and warnings of what calc would leave out
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
// FILE may be "-" for standard input; flags may follow it. Install it
// with go install ./cmd/greenline.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/factors"
	"github.com/greenline-calc/greenline/calc/meter"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usage = `usage:
  greenline calc [--format json|csv|hourly-csv] FILE.json
                                 compute a project: the result JSON (json, the
                                 default), one figure a row (csv), or every hour
                                 of every supply user (hourly-csv)
  greenline validate [--format text|json] FILE.json
                                 check a project: every error by field, and
                                 warnings of what calc would leave out
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
  greenline help                 this text
calc and validate take --tables DIR (repeatable): a table directory, as the
Worker serves it, whose tables are added to the embedded ones.
FILE may be - for standard input; flags may come before or after it.
A refused input prints its errors on standard error and exits 1; a wrong
command line exits 2.`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		fmt.Fprintln(stdout, usage)
		return 0
	}
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
	if len(args) > 0 && (args[0] == "calc" || args[0] == "validate") {
		return projectCmd(args[0], args[1:], stdin, stdout, stderr)
	}
	fmt.Fprintln(stderr, usage)
	return 2
}

// formats are the --format values of calc and validate.
var formats = map[string][]string{"calc": {"json", "csv", "hourly-csv"}, "validate": {"text", "json"}}

// projectCmd runs calc or validate on one project file, with the tables
// of any --tables DIR added to the embedded ones.
func projectCmd(cmd string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	args, lib, err := withTables(args)
	if err != nil {
		fmt.Fprintln(stderr, "greenline:", err)
		return 1
	}
	format := formats[cmd][0]
	files, help, err := parseArgs(args, map[string]*string{"format": &format})
	if help {
		fmt.Fprintln(stdout, usage)
		return 0
	}
	if err == nil && !slices.Contains(formats[cmd], format) {
		err = fmt.Errorf("--format %s: %s writes %s", format, cmd, strings.Join(formats[cmd], ", "))
	}
	if err == nil && len(files) != 1 {
		err = fmt.Errorf("%s takes one project file, not %d", cmd, len(files))
	}
	if err != nil {
		fmt.Fprintf(stderr, "greenline: %v\n%s\n", err, usage)
		return 2
	}
	data, err := readFile(files[0], stdin)
	if err != nil {
		fmt.Fprintln(stderr, "greenline:", err)
		return 1
	}
	if cmd == "validate" {
		return validateCmd(files[0], format, data, lib, stdout, stderr)
	}
	if format == "hourly-csv" {
		data = withHourly(data)
	}
	write := func(r calc.Result) []byte { return calc.Marshal(r) }
	switch format {
	case "csv":
		write = calc.CSV
	case "hourly-csv":
		write = calc.HourlyCSV
	}
	out, ok := calc.RunWith(data, lib, write)
	if !ok {
		stderr.Write(out) // the errors JSON, whatever the format
		return 1
	}
	stdout.Write(out)
	return 0
}

// validateCmd prints what calc.Validate answers: as JSON (on standard
// error when the project is refused), or as lines, errors and warnings on
// standard error and the verdict on standard output.
func validateCmd(name, format string, data []byte, lib *factors.Library, stdout, stderr io.Writer) int {
	v := calc.ValidateWith(data, lib)
	if format == "json" {
		if len(v.Errors) > 0 {
			stderr.Write(calc.Marshal(v))
			return 1
		}
		stdout.Write(calc.Marshal(v))
		return 0
	}
	for _, e := range v.Errors {
		fmt.Fprintf(stderr, "%s: %s [%s]\n", orWhole(e.Field), e.Message, e.Code)
	}
	for _, w := range v.Warnings {
		fmt.Fprintf(stderr, "warning: %s: %s [%s]\n", orWhole(w.Field), w.Message, w.Code)
	}
	if len(v.Errors) > 0 {
		fmt.Fprintf(stderr, "greenline: %s: %d problem(s)\n", name, len(v.Errors))
		return 1
	}
	if len(v.Warnings) > 0 {
		fmt.Fprintf(stdout, "%s: valid, %d warning(s)\n", name, len(v.Warnings))
		return 0
	}
	fmt.Fprintf(stdout, "%s: valid\n", name)
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

// withHourly sets options.hourly in a project file; a file that does not
// decode is left for calc.RunAs to refuse.
func withHourly(data []byte) []byte {
	p, err := calc.Decode(data)
	if err != nil {
		return data
	}
	p.Options.Hourly = true
	out, _ := json.Marshal(p)
	return out
}

func meterCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	unit := ""
	files, help, err := parseArgs(args, map[string]*string{"unit": &unit})
	if help {
		fmt.Fprintln(stdout, usage)
		return 0
	}
	if err == nil && len(files) != 1 {
		err = fmt.Errorf("meter takes one meter data file, not %d", len(files))
	}
	if err != nil {
		fmt.Fprintf(stderr, "greenline: %v\n%s\n", err, usage)
		return 2
	}
	data, err := readUpTo(files[0], stdin, meter.DefaultMaxBytes, " (40 MiB), the most a meter data file may have: about a year of hourly data for 100 meters; split it by meter or by period")
	if err != nil {
		fmt.Fprintln(stderr, "greenline:", err)
		return 1
	}
	out, ok := calc.ImportMeter(data, unit)
	if !ok {
		stderr.Write(out)
		return 1
	}
	stdout.Write(out)
	return 0
}
