package main

import (
	"fmt"
	"strings"
)

// parseArgs reads the arguments of a subcommand, flags before or after
// the file names: "--name value" or "--name=value" for each flag in
// values (its default already set), -h or --help for help, and "--" to
// end the flags. "-" is a file name (standard input).
func parseArgs(args []string, values map[string]*string) (files []string, help bool, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return append(files, args[i+1:]...), help, nil
		case a == "-h" || a == "--help" || a == "-help":
			help = true
		case strings.HasPrefix(a, "-") && a != "-":
			name, value, inline := strings.Cut(strings.TrimLeft(a, "-"), "=")
			v, ok := values[name]
			if !ok {
				return nil, help, fmt.Errorf("unknown flag %s", a)
			}
			if !inline {
				if i+1 == len(args) {
					return nil, help, fmt.Errorf("%s needs a value", a)
				}
				i++
				value = args[i]
			}
			*v = value
		default:
			files = append(files, a)
		}
	}
	return files, help, nil
}
