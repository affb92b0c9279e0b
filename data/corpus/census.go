package corpus

import "strings"

// censuses are the national censuses a report may name, with the year
// each counts: a population census counts the people of 1 November of its
// year (第七次全国人口普查: 2020年11月1日零时), an economic or agricultural
// census the year it closes (第四次全国经济普查: 2018年末). A figure of the
// census is of that year, whenever the bulletin or the report quoting it
// is published.
var censuses = []struct {
	name string
	year int
}{
	{"第七次全国人口普查", 2020}, {"全国第七次人口普查", 2020}, {"第七次人口普查", 2020}, {"七普", 2020},
	{"第六次全国人口普查", 2010}, {"全国第六次人口普查", 2010}, {"第六次人口普查", 2010}, {"六普", 2010},
	{"第五次全国人口普查", 2000}, {"全国第五次人口普查", 2000}, {"第五次人口普查", 2000},
	{"第五次全国经济普查", 2023}, {"第四次全国经济普查", 2018}, {"第三次全国经济普查", 2013}, {"第二次全国经济普查", 2008},
	{"第三次全国农业普查", 2016}, {"第二次全国农业普查", 2006},
}

// CensusYear is the year counted by the last census s names, with where
// its name ends; 0 and -1 when s names none.
func CensusYear(s string) (year, end int) {
	end = -1
	if !strings.Contains(s, "普") {
		return 0, -1 // every census name holds 普: most sentences stop here
	}
	for _, c := range censuses {
		if k := strings.LastIndex(s, c.name); k >= 0 && k+len(c.name) > end {
			year, end = c.year, k+len(c.name)
		}
	}
	return year, end
}

// censusReleaseWords, with a census named in the title or the lead, make a
// text the census's own release: 第七次全国人口普查公报, 现将…我县人口的
// 基本情况公布如下, 主要数据公布如下.
var censusReleaseWords = []string{"普查公报", "公布如下", "主要数据"}

// censusRelease is the year of the census a text releases the results of
// (石嘴山市第七次全国人口普查公报, published 2021年6月3日, counts 2020),
// or 0: its figures without a year of their own are of the census, not of
// the date it came out.
func censusRelease(a *Article) int {
	texts := []string{titleText(a)}
	n := 0
	for _, p := range a.Paragraphs {
		if p.Kind != Body || p.Text == a.Title {
			continue
		}
		if n++; n > leadParagraphs+2 {
			break
		}
		texts = append(texts, p.Text)
	}
	for _, t := range texts {
		if y, _ := CensusYear(t); y != 0 && containsAny(t, censusReleaseWords) {
			return y
		}
	}
	return 0
}
