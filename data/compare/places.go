package compare

import (
	"errors"
	"fmt"
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// Under returns the place of code and every place under it down to the
// counties (towns are left out): the place first, then each division
// followed by those under it, by code. For 焦作市: 焦作市, 解放区, 中站区,
// 马村区… 孟州市. Nil for an unknown code.
func Under(g *gazetteer.Gazetteer, code string) []Place {
	p, ok := g.Place(code)
	if !ok {
		return nil
	}
	out := []Place{{Code: p.Code, Name: p.Name}}
	return append(out, below(g, code, false)...)
}

// Counties returns every county-level division under code (districts,
// counties, county-level cities, zones with county codes), by code: the
// choice "every county of 焦作市".
func Counties(g *gazetteer.Gazetteer, code string) []Place {
	return below(g, code, true)
}

func below(g *gazetteer.Gazetteer, code string, countiesOnly bool) []Place {
	var out []Place
	for _, c := range g.Children(code) {
		if c.Level > gazetteer.County {
			continue
		}
		if !countiesOnly || c.Level == gazetteer.County {
			out = append(out, Place{Code: c.Code, Name: c.Name})
		}
		out = append(out, below(g, c.Code, countiesOnly)...)
	}
	return out
}

// Resolve's errors, for errors.Is: the window says them in its language.
var (
	ErrNoPlace        = errors.New("no such place in the gazetteer")
	ErrAmbiguousPlace = errors.New("several places have this name")
)

// Resolve finds the place a user names: a code, or a name the gazetteer
// knows (宿松 finds 宿松县). A name several places share is an error that
// lists them with their codes, so the user can give one.
func Resolve(g *gazetteer.Gazetteer, name string) (Place, error) {
	name = strings.TrimSpace(name)
	if p, ok := g.Place(name); ok {
		return Place{Code: p.Code, Name: p.Name}, nil
	}
	found := g.Lookup(name)
	switch len(found) {
	case 0:
		return Place{}, &placeError{msg: fmt.Sprintf("no place %q in the gazetteer", name), kind: ErrNoPlace}
	case 1:
		return Place{Code: found[0].Code, Name: found[0].Name}, nil
	}
	var cands []string
	for _, p := range found {
		chain := g.Chain(p.Code)
		var names []string
		for _, c := range chain {
			names = append(names, c.Name)
		}
		cands = append(cands, p.Code+" "+strings.Join(names, ""))
	}
	return Place{}, &placeError{msg: fmt.Sprintf("%q names %d places, give one by its code: %s", name, len(found), strings.Join(cands, ", ")), kind: ErrAmbiguousPlace}
}

// placeError is Resolve's message for the command line, matching its
// kind for errors.Is.
type placeError struct {
	msg  string
	kind error
}

func (e *placeError) Error() string        { return e.msg }
func (e *placeError) Is(target error) bool { return target == e.kind }
