package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/greenline-calc/greenline/calc"
	"github.com/greenline-calc/greenline/calc/factors"
)

const statementsUsage = `usage:
  greenline statements FILE.json --out DIR|FILE.zip
                                 issue the allocation statement of every user of
                                 every supply of an operator's project, one file
                                 each in DIR, or all in one ZIP
  greenline verify-statements [--json] PROJECT.json STATEMENT.json|DIR|FILE.zip...
                                 check statements against the operator's project
                                 file: each exactly its split, every user's, and
                                 green + surplus = generation in every hour`

// statementsCmd writes the statements of a project file.
func statementsCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := ""
	files, help, err := parseArgs(args, map[string]*string{"out": &out})
	if help {
		fmt.Fprintln(stdout, statementsUsage)
		return 0
	}
	if err != nil || len(files) != 1 || out == "" {
		fmt.Fprintln(stderr, statementsUsage)
		return 2
	}
	args = files
	data, err := readFile(args[0], stdin)
	if err != nil {
		fmt.Fprintln(stderr, "greenline:", err)
		return 1
	}
	sts, stFiles, err := calc.IssueStatements(data, factors.Default())
	if err != nil {
		printErrors(stderr, err)
		fmt.Fprintf(stderr, "greenline: %s: no statements issued\n", args[0])
		return 1
	}
	if len(sts) == 0 {
		fmt.Fprintf(stderr, "greenline: %s has no supply, so no user to issue a statement to\n", args[0])
		return 1
	}
	names := make([]string, len(sts))
	for i, st := range sts {
		names[i] = calc.StatementFileName(i, st)
	}
	if strings.HasSuffix(strings.ToLower(out), ".zip") {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for i := range sts {
			// No modification time: the same project gives the same ZIP.
			w, err := zw.CreateHeader(&zip.FileHeader{Name: names[i], Method: zip.Deflate})
			if err == nil {
				_, err = w.Write(stFiles[i])
			}
			if err != nil {
				fmt.Fprintln(stderr, "greenline:", err)
				return 1
			}
		}
		if err := zw.Close(); err == nil {
			err = os.WriteFile(out, b.Bytes(), 0o644)
		}
		if err != nil {
			fmt.Fprintln(stderr, "greenline:", err)
			return 1
		}
	} else {
		if err := os.MkdirAll(out, 0o755); err != nil {
			fmt.Fprintln(stderr, "greenline:", err)
			return 1
		}
		for i := range sts {
			if err := os.WriteFile(filepath.Join(out, names[i]), stFiles[i], 0o644); err != nil {
				fmt.Fprintln(stderr, "greenline:", err)
				return 1
			}
		}
	}
	for i, st := range sts {
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s kWh\t%s\n", names[i], st.User.Name, st.Supply.ID, st.Annual.Green, st.SHA256)
	}
	return 0
}

func printErrors(w io.Writer, err error) {
	if es, ok := err.(calc.Errors); ok {
		for _, e := range es {
			fmt.Fprintf(w, "%s: %s [%s]\n", orWhole(e.Field), e.Message, e.Code)
		}
		return
	}
	fmt.Fprintln(w, err)
}

// verifyCmd checks statement files against an operator's project file.
func verifyCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	asJSON := slices.Contains(args, "--json")
	args = slices.DeleteFunc(slices.Clone(args), func(a string) bool { return a == "--json" })
	if slices.ContainsFunc(args, func(a string) bool { return a == "-h" || a == "--help" }) {
		fmt.Fprintln(stdout, statementsUsage)
		return 0
	}
	if len(args) < 2 {
		fmt.Fprintln(stderr, statementsUsage)
		return 2
	}
	project, err := readFile(args[0], stdin)
	if err != nil {
		fmt.Fprintln(stderr, "greenline:", err)
		return 1
	}
	var names []string
	var files [][]byte
	for _, a := range args[1:] {
		n, f, err := readStatements(a)
		if err != nil {
			fmt.Fprintln(stderr, "greenline:", err)
			return 1
		}
		names, files = append(names, n...), append(files, f...)
	}
	v, err := calc.VerifyStatements(project, names, files, factors.Default())
	if err != nil {
		printErrors(stderr, err)
		fmt.Fprintf(stderr, "greenline: %s: the project is refused\n", args[0])
		return 1
	}
	if asJSON {
		stdout.Write(calc.Marshal(v))
	} else {
		fmt.Fprintf(stdout, "project %s sha256 %s\n", args[0], v.ProjectSHA256)
		for _, f := range v.Files {
			if len(f.Errors) == 0 {
				fmt.Fprintf(stdout, "%s: exactly the project's split for user %s of supply %s\n", f.Name, f.Facility, f.Supply)
			}
			for _, e := range f.Errors {
				fmt.Fprintf(stdout, "%s: %s: %s [%s]\n", f.Name, orWhole(e.Field), e.Message, e.Code)
			}
		}
		for _, e := range v.Missing {
			fmt.Fprintf(stdout, "%s: %s [%s]\n", e.Field, e.Message, e.Code)
		}
		for _, b := range v.Supplies {
			if b.Balanced {
				fmt.Fprintf(stdout, "supply %s: green %s kWh + surplus %s kWh = generation %s kWh in every hour, to the watt-hour\n", b.ID, b.Green, b.Surplus, b.Generation)
			} else {
				fmt.Fprintf(stdout, "supply %s: green + surplus differs from the generation in %d hours, the first at %s\n", b.ID, b.Unbalanced, b.FirstHour)
			}
		}
	}
	if !v.OK {
		fmt.Fprintf(stderr, "greenline: the statements are not exactly the project's split\n")
		return 1
	}
	return 0
}

// readStatements reads one statement file, the *.json files of a
// directory, or the *.json entries of a ZIP, each at most
// calc.MaxStatementBytes.
func readStatements(name string) ([]string, [][]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, nil, err
	}
	tooBig := fmt.Sprintf(" (%d bytes), the most a statement may have", calc.MaxStatementBytes)
	switch {
	case info.IsDir():
		matches, err := filepath.Glob(filepath.Join(name, "*.json"))
		if err != nil {
			return nil, nil, err
		}
		sort.Strings(matches)
		var files [][]byte
		for _, m := range matches {
			data, err := readUpTo(m, nil, calc.MaxStatementBytes, tooBig)
			if err != nil {
				return nil, nil, err
			}
			files = append(files, data)
		}
		return matches, files, nil
	case strings.HasSuffix(strings.ToLower(name), ".zip"):
		zr, err := zip.OpenReader(name)
		if err != nil {
			return nil, nil, err
		}
		defer zr.Close()
		var names []string
		var files [][]byte
		for _, f := range zr.File {
			if !strings.HasSuffix(strings.ToLower(f.Name), ".json") {
				continue
			}
			if len(names) >= 10000 {
				return nil, nil, fmt.Errorf("%s holds more than 10,000 statements", name)
			}
			r, err := f.Open()
			if err != nil {
				return nil, nil, err
			}
			data, err := io.ReadAll(io.LimitReader(r, calc.MaxStatementBytes+1))
			r.Close()
			if err != nil {
				return nil, nil, err
			}
			if len(data) > calc.MaxStatementBytes {
				return nil, nil, fmt.Errorf("%s in %s is larger than %d bytes%s", f.Name, name, calc.MaxStatementBytes, tooBig)
			}
			names, files = append(names, name+"/"+f.Name), append(files, data)
		}
		return names, files, nil
	}
	data, err := readUpTo(name, nil, calc.MaxStatementBytes, tooBig)
	if err != nil {
		return nil, nil, err
	}
	return []string{name}, [][]byte{data}, nil
}
