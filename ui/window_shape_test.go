package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Main ties the components together and holds none of their state: a
// field more than 11 means some state wants a component of its own.
func TestMainStaysSmall(t *testing.T) {
	if n := reflect.TypeFor[Main]().NumField(); n > 11 {
		t.Errorf("Main has %d fields, want at most 11: give the new state to the component it belongs to", n)
	}
}

// components are the parts of the window, each with its own state behind
// a few methods. A component's own helpers (a widget's renderer, a tab's
// cells and layout, the reader's find and selection state) are inside it.
var components = []string{"Main", "panel", "figuresTab", "chartsTab", "keywordsTab", "compareTab",
	"Reader", "findBar", "searchBox", "libraryView", "libraryList", "undoStrip", "importer", "importStrip",
	"analyses", "properties"}

// A component's state is its own: one reaches another (a field of its
// receiver) only through that one's methods, never its fields. Records of
// data without methods (env, shell, options, requests) are read freely.
func TestComponentsUseMethods(t *testing.T) {
	fset := token.NewFileSet()
	files := parseUI(t, fset)
	fields, methods := declared(files)
	isComponent := map[string]bool{}
	for _, c := range components {
		isComponent[c] = methods[c]
	}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List[0].Names) == 0 || fd.Body == nil {
				continue
			}
			recv, own := fd.Recv.List[0].Names[0].Name, typeName(fd.Recv.List[0].Type)
			if !isComponent[own] {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				comp, field, ok := reach(n, recv, fields[own])
				if ok && comp != own && isComponent[comp] && !ast.IsExported(field) && fields[comp][field] != "" {
					t.Errorf("%s: %s.%s reaches into %s's field %s: give %s a method", fset.Position(n.Pos()), own, fd.Name.Name, comp, field, comp)
				}
				return true
			})
		}
	}
}

// reach reads n as recv.part.name, part a field of the receiver: it
// returns part's type and name.
func reach(n ast.Node, recv string, ownFields map[string]string) (comp, name string, ok bool) {
	outer, ok := n.(*ast.SelectorExpr)
	if !ok {
		return "", "", false
	}
	inner, ok := outer.X.(*ast.SelectorExpr)
	if !ok {
		return "", "", false
	}
	if id, ok := inner.X.(*ast.Ident); !ok || id.Name != recv {
		return "", "", false
	}
	return strings.TrimSpace(ownFields[inner.Sel.Name]), outer.Sel.Name, true
}

// parseUI parses the package's files, tests left out.
func parseUI(t *testing.T, fset *token.FileSet) []*ast.File {
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// declared lists each struct type's fields (with their types' names) and
// the types that have methods.
func declared(files []*ast.File) (fields map[string]map[string]string, methods map[string]bool) {
	fields, methods = map[string]map[string]string{}, map[string]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil {
					methods[typeName(d.Recv.List[0].Type)] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						if st, ok := ts.Type.(*ast.StructType); ok {
							fields[ts.Name.Name] = structFields(st)
						}
					}
				}
			}
		}
	}
	return fields, methods
}

func structFields(st *ast.StructType) map[string]string {
	out := map[string]string{}
	for _, fl := range st.Fields.List {
		for _, n := range fl.Names {
			out[n.Name] = typeName(fl.Type) + " " // never "", for a field of no named type
		}
	}
	return out
}

// typeName is the name of a (pointer to a) named type, "" for others.
func typeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return typeName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}
