// Package clocale keeps Fyne quiet under the C locale. With LANG=C.UTF-8
// (the default of minimal Linux systems and containers), Fyne's lang
// package fails to parse "C" when it initialises and logs an error on
// standard error, where the command line promises only its own one-line
// errors. The C locale means "no language preference", which is English,
// so this says so through LANGUAGE, the variable gettext and Fyne consult
// first when the locale is not plain C. LANGUAGE names languages only: the
// character set (LC_CTYPE) that X11 input relies on is left as it is.
//
// It must initialise before fyne.io/fyne/v2/lang. Go initialises packages
// in dependency order and otherwise by import path; this package imports
// only os and strings, so it is ready long before lang, whose
// dependencies include golang.org/x/text. TestInitBeforeFyne checks it.
package clocale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		l := os.Getenv(v)
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, "C.") || strings.HasPrefix(l, "POSIX.") {
			os.Setenv("LANGUAGE", "en")
		}
		return
	}
}
