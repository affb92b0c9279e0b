package corpus

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Which year a report describes is read from the report itself, never from
// the file: its dateline, its title, the headings of its sections.

var (
	// dateline is the date a speech was given: ——2024年1月22日在叶县第十
	// 八届人民代表大会第三次会议上, or (2024年1月22日在…上).
	dateline = regexp.MustCompile(`(?:^|——|—|-{2}|（|\()\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在`)
	// yearWord is a year written in full: 2023年.
	yearWord = regexp.MustCompile(`((?:19|20)\d{2})\s*年`)
	// reviewHeading names the year a section looks back on: 一、2023年工作
	// 回顾, 2023年工作总结.
	reviewHeading = regexp.MustCompile(`((?:19|20)\d{2})\s*年(?:度)?(?:[^。，,；]{0,8})?(?:工作)?(?:回顾|总结)`)
)

// speechTitles name a report given at the start of a year about the year
// before: its title's year is the year it is given.
var speechTitles = []string{"政府工作报告", "工作报告", "在全县", "在全市", "在全区", "在全省"}

// lookBack are headings of a section reviewing the year before the report
// is given; lookAhead of a section about the year it is given.
var (
	lookBack  = []string{"过去一年", "过去的一年", "去年工作回顾", "工作回顾"}
	lookAhead = []string{"今年", "本年度", "工作安排", "主要目标", "预期目标", "总体要求", "工作任务", "重点工作"}
)

// Section is a part of a report about one year: a work report's 一、2023年
// 工作回顾 and 二、2024年工作安排. Start is the byte offset of its heading.
type Section struct {
	Start int
	Year  int
	// Period is the part of the year the heading names (二、2023年1-6月经
	// 济运行情况: H1); "" for a whole year or a heading that names none.
	Period string
	// Span marks a heading about the years ahead (二、今后五年目标任务):
	// what follows is of no one year unless it writes one.
	Span bool
}

// inferTime settles the report's date (from a dateline when the header had
// none), the year it describes, its period and its sections.
func inferTime(a *Article) {
	// a speech's dateline (——2010年1月25日在…) is the report's own date: a
	// page's 更新时间:2012-04-14 above it dates a reprint, and 今年, 上年 in
	// the speech count from when it was given
	if d := findDateline(a); !d.IsZero() {
		a.Date = d
	}
	title := titleText(a)
	titleYear := firstYear(dropDayDates(title))
	speech := containsAny(unspaced(title), speechTitles) // 政 府 工 作 报 告 is spaced out as a heading
	if a.Date.IsZero() && speech && titleYear != 0 {
		a.Date = Date{Year: titleYear} // 2024年政府工作报告 is given in 2024
	}
	if a.Date.IsZero() && speech {
		if y := speechYear(a); y != 0 {
			a.Date = Date{Year: y}
		}
	}
	setArticlePeriod(a, title, speech || a.Speech())
	reportNews := !speech && titleYear == 0 && a.Date.IsZero() && mentionsWorkReport(a)
	if reportNews {
		if y := speechYear(a); y != 0 {
			a.Date, a.dateTold = Date{Year: y}, true // 报告提出，2023年…主要预期目标: given in 2023
		} else {
			reportNews = false
		}
	}
	a.Year, a.dateYear = reviewYear(a, titleYear, speech || reportNews), 0
	if a.Year == 0 {
		a.Year, a.dateYear = yearFromDate(a, title)
	}
	if y := censusRelease(a); y != 0 && titleYear == 0 {
		a.Year, a.dateYear = y, 0 // a census bulletin published 2021 counts 2020
	}
	if a.Date.IsZero() && !speech && mentionsWorkReport(a) {
		if y := sessionYear(a); y != 0 {
			a.Date, a.dateTold = Date{Year: y}, true
		}
	}
	a.Sections = findSections(a, speech)
}

// findDateline reads the date a speech was given from the first
// paragraphs, each read with the one after it: a dateline is often broken
// across lines (——2024年1月 / 22日在…, or 2025年3月21日在XX区第十九届 / 人民
// 代表大会第四次会议上).
func findDateline(a *Article) Date {
	for i, p := range a.Paragraphs {
		if i > 40 {
			break
		}
		text := p.Text
		if i+1 < len(a.Paragraphs) && utf8.RuneCountInString(text) <= frontLine {
			text += a.Paragraphs[i+1].Text
		}
		if m := dateline.FindStringSubmatch(text); m != nil {
			return dateFromParts(m[1], m[2], m[3])
		}
	}
	return Date{}
}

// datelineAt reports whether s opens with a dateline or its first line.
func datelineAt(s string) bool {
	return dateline.MatchString(s) || datelineHead.MatchString(s)
}

// datelineHead is the first line of a dateline broken after its month or
// day: ——2024年1月, 2025年3月21日在XX区第十九届.
var datelineHead = regexp.MustCompile(`^(?:——|—|-{2}|（|\()\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日?)?\s*$`)

// reviewYear is the year the report describes: a bulletin's or a release's
// title year, the year before a speech is given, the year its review
// heading names; 0 when only the date can tell (yearOfDate).
func reviewYear(a *Article, titleYear int, speech bool) int {
	if titleYear != 0 && !speech {
		return titleYear
	}
	n := 0
	for _, p := range a.Paragraphs {
		lead := p.Kind == Body && p.Text != a.Title && n < leadParagraphs // a byline (本报讯…) may hold it
		if lead {
			n++
		}
		if runeCountInStringUpTo(p.Text, 40) > 40 && !lead {
			continue
		}
		// a heading 一、2023年工作回顾, or a lead that hears the review:
		// 听取区直部门2020年工作总结和2021年工作谋划情况汇报 (seed 004)
		if m := reviewHeading.FindStringSubmatch(p.Text); m != nil && !spanHeading(p.Text) {
			y, _ := strconv.Atoi(m[1])
			return y
		}
	}
	if y := leadYear(a); y != 0 {
		return y
	}
	if y := periodYear(a); y != 0 {
		return y
	}
	if y := annexYear(a); y != 0 {
		return y
	}
	if y := thisYearLead(a); y != 0 {
		return y
	}
	if y := planHeadYear(a); y != 0 {
		return y
	}
	if y := dayLead(a).Year; y != 0 {
		// not the article's date: 1月5日,记者获悉,2023年全县… may be of 2024
		return y
	}
	if speech && titleYear != 0 && findDateline(a).Year != 0 {
		titleYear = 0 // the speech's own dateline outranks a reposter's title: (湖北省)2020年江陵县人民政府工作报告 given 2021年1月6日 reviews 2020
	}
	switch {
	case titleYear != 0:
		return titleYear - 1
	case speech && a.Date.Year != 0 && a.LateSession():
		// a session held in December (——2021年12月28日在…) reviews the
		// year about to close: 今年 is that year, 明年 the one it plans
		return a.Date.Year
	case speech && a.Date.Year != 0:
		return a.Date.Year - 1
	}
	return 0 // the date alone tells it: inferTime
}

// YearOf is the year of a figure of the given period when the text writes
// none nearer: Year, except where only the date told Year and the figure
// covers another part of the year than the article. A news item of
// 2023-04-21 is taken to review 2022, but its 一季度 figures are 2023's.
func (a *Article) YearOf(period string) int {
	if period == "" || period == a.Period || a.dateYear == 0 || a.Year != a.dateYear {
		return a.Year
	}
	if y := yearOfDate(a.Date, period); y != 0 {
		return y
	}
	return a.Year
}

// yearOfDate is the year a report dated d describes. A release of a part of
// the year comes out after that part ends: 一季度 news of 2023-04-20 is of
// 2023 (a19), 前三季度 of 2023-11-09 of 2023 (a14), and 四季度 or 下半年
// news in January of the year before. A period that ends in the page's own
// month is of that year: 截止8月底 on a page of 2024-08-30 is the latest
// count, not one a year old. A report of a whole year dated
// January to April is an annual review of the year before.
func yearOfDate(d Date, period string) int {
	if end := PeriodEndMonth(period); end != 0 && d.Month != 0 {
		if end <= d.Month {
			return d.Year
		}
		return d.Year - 1
	}
	return defaultPeriod(d)
}

// PeriodEndMonth is the last month a period code covers (Q1 3, H1 6,
// M1-M5 5, M3E 3, M8 8), or 0 for none it can tell.
func PeriodEndMonth(code string) int {
	switch code {
	case "":
		return 0
	case "Q1":
		return 3
	case "Q2", "H1":
		return 6
	case "Q3", "Q1-Q3":
		return 9
	case "Q4", "H2":
		return 12
	}
	last := code[strings.LastIndexByte(code, 'M')+1:]
	m, err := strconv.Atoi(strings.TrimSuffix(last, "E"))
	if err != nil || m < 1 || m > 12 {
		return 0
	}
	return m
}

// leadParagraphs is how many body paragraphs open a report: its lead.
const leadParagraphs = 3

// periodYear is the year written with the article's own period in its
// title or lead: 举行2021年上半年广西经济运行情况新闻发布会
// (b03), 随着2025年上半年郑州经济运行情况发布 (b14), 2023年上半年济南市生产
// 总值 (a15). A year written as the base of a comparison (比2019年上半年)
// does not count.
func periodYear(a *Article) int {
	if a.Period == "" {
		return 0
	}
	y, _ := datedPeriod(a, a.Period)
	return y
}

// datedPeriod is the first period written right after a year in the title
// or lead (2021年上半年 b03, 2023年上半年 a15, 2025年上半年 b14, 2025年一季度
// a13), with its year: a release says so which part of which year it is
// about. want, when not "", is the only period taken. Not a year written as
// the base of a comparison (比2019年上半年).
func datedPeriod(a *Article, want string) (int, string) {
	texts := []string{a.Title}
	for _, p := range a.Paragraphs {
		if p.Kind == Caption || p.Kind == Heading || isFurniture(p.Text) || p.Text == a.Title {
			continue
		}
		// the first sentence only: a review that gives one clause's months
		// later on (这一年，…2023年1-11月，规模以上工业总产值…) is not a
		// release of those months
		if texts = append(texts, firstSentence(p.Text)); len(texts) > leadParagraphs {
			break
		}
	}
	for _, s := range texts {
		for _, m := range yearWord.FindAllStringSubmatchIndex(s, -1) {
			ps := Periods(s[m[1]:min(len(s), m[1]+40)])
			if len(ps) == 0 || ps[0].Start != 0 || want != "" && ps[0].Code != want || isBase(s[:m[0]]) {
				continue
			}
			y, _ := strconv.Atoi(s[m[2]:m[3]])
			return y, ps[0].Code
		}
	}
	return 0, ""
}

// firstSentence is s up to its first full stop.
func firstSentence(s string) string {
	if k := strings.IndexAny(s, "。！？"); k >= 0 {
		return s[:k]
	}
	return s
}

// leadOpen is a paragraph that opens with a year as its time: 2023年，全县…;
// 2019年是…; 2022年,果洛州实现…; or after the short sentence that heads a
// paragraph of a review: 疫情防控坚决有力。2020年，面对…, 民生保障更加有力。
// 2020年，财政用于民生支出… (seed 002; b12 heads its paragraphs so). A
// yearbook's entry opens with its bracketed heading: 【概况】2020年,琼山区
// 辖… (c04), ［概况］, 〔概况〕, [概况].
var leadOpen = regexp.MustCompile(`^\s*(?:[【［〔\[][^】］〕\]]{1,12}[】］〕\]])?\s*(?:[^。，,；;]{2,14}。)?\s*((?:19|20)\d{2})\s*年\s*(?:[,，、]|是|以来|全|我|在|，)`)

// leadYear is the year the first body paragraphs open with, when one of
// the first few does: a review says first which year it reviews.
func leadYear(a *Article) int {
	n := 0
	for _, p := range a.Paragraphs {
		if p.Kind == Caption || p.Kind == Heading || isFurniture(p.Text) || p.Text == a.Title {
			continue
		}
		if n++; n > 4 {
			break
		}
		if m := leadOpen.FindStringSubmatch(p.Text); m != nil && !strings.Contains(p.Text[:len(m[0])], "以来") && !namesReviewingReport(p.Text) && !opensWithPlan(p.Text) {
			y, _ := strconv.Atoi(m[1])
			return y
		}
	}
	return 0
}

// findSections lists the headings that say which year follows: 一、2023年
// 工作回顾 (that year), 过去一年 (the year before the report's), 二、今年
// 工作安排 (the report's year).
//
// In a speech the year reviewed is the one the body states when it does
// (2019年，是我县…的一年 under 过去一年, a10), and the year ahead the one
// after it; a page's title year may be the year of the page, not the date.
func findSections(a *Article, speech bool) []Section {
	back, ahead := a.Date.Year-1, a.Date.Year
	if speech && a.Year != 0 {
		back, ahead = a.Year, a.Year+1
	}
	var out []Section
	for _, p := range a.Paragraphs {
		if !sectionHeading(p) || p.Text == a.Title || p.Text == a.Subtitle || isFurniture(p.Text) || dateline.MatchString(p.Text) {
			continue
		}
		// a heading writes the year that follows, never with its day: 重庆市
		// 开州区统计局 2024年4月29日 under a bulletin's title is its issuer
		// line, dating the page
		text := dropDayDates(p.Text)
		y := 0
		if m := yearWord.FindStringSubmatch(text); m != nil && !spanHeading(text) {
			y, _ = strconv.Atoi(m[1])
			if back := speechHeadingYear(text, y); back != 0 {
				y = back // 2025年湟源县政府工作报告 as a heading: its review is of 2024
			}
		} else if back > 0 && (spanHeading(text) || containsAny(p.Text, lookBack)) {
			y = back
		} else if ahead > 0 && containsAny(p.Text, lookAhead) {
			y = ahead
		}
		span := y == 0 && containsAny(p.Text, lookSpan)
		if code := LastPeriod(text); y != 0 || code != "" || span {
			out = append(out, Section{Start: p.Start, Year: y, Period: code, Span: span})
		}
	}
	return out
}

// sectionHeading: a short paragraph with no closing full stop, or one that
// opens with a section number (一、 （二）).
func sectionHeading(p Paragraph) bool {
	n := runeCountInStringUpTo(p.Text, 40)
	if n > 40 || p.Kind == Caption || p.Kind == Furniture {
		return false
	}
	if p.Kind == Heading {
		return true
	}
	r, _ := utf8.DecodeRuneInString(p.Text)
	return strings.ContainsRune("一二三四五六七八九十（(", r) && !strings.Contains(p.Text, "。")
}

// SectionYear is the year of the section holding byte offset off, or 0.
func (a *Article) SectionYear(off int) int {
	// the last section up to off that writes a year or a span decides,
	// read back from the section holding off: the extractor asks this of
	// every figure, and reading from the first section was linear in a
	// long text's headings
	for k := a.sectionsUpTo(off) - 1; k >= 0; k-- {
		if s := a.Sections[k]; s.Span {
			return 0 // 二、今后五年目标任务: not the year reviewed above it
		} else if s.Year != 0 {
			return s.Year // 二、1-6月经济运行情况 keeps the year above it
		}
	}
	return 0
}

// sectionsUpTo is how many sections start at or before off (Sections are
// in order of Start).
func (a *Article) sectionsUpTo(off int) int {
	return sort.Search(len(a.Sections), func(i int) bool { return a.Sections[i].Start > off })
}

// SectionPeriod is the period the heading of the section holding byte
// offset off names, and whether a heading with a year or a period governs
// it at all: under 二、2023年1-6月经济运行情况 figures are H1's, under 三、
// 2023年工作目标 the whole year's.
func (a *Article) SectionPeriod(off int) (string, bool) {
	if k := a.sectionsUpTo(off); k > 0 {
		return a.Sections[k-1].Period, true
	}
	return "", false
}

func firstYear(s string) int {
	if m := yearWord.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	if m := fullWidthYearWord.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(foldDigits(m[1]))
		return y
	}
	if m := cnYearWord.FindStringSubmatch(s); m != nil {
		return cnYear(m[1])
	}
	return 0
}

// headLine is the first line of raw that is not blank.
func headLine(raw []byte) string {
	for i := 0; i < len(raw); {
		j := indexByte(raw[i:], '\n')
		next := len(raw)
		if j >= 0 {
			next = i + j + 1
		}
		if l := strings.TrimSpace(string(raw[i:next])); l != "" {
			return l
		}
		i = next
	}
	return ""
}

// fullWidthYearWord is a year written in full-width digits: ２０２２年 (a
// typeset title).
var fullWidthYearWord = regexp.MustCompile(`((?:１９|２０)[０-９]{2})\s*年`)

// cnYearWord is a year written in Chinese numerals: 二〇二三年 (the title of
// a bulletin often writes it so).
var cnYearWord = regexp.MustCompile(`([一二][〇零○O０][〇零○O０一二三四五六七八九]{2})\s*年`)

// cnDigits are the digits of a year written in Chinese numerals.
var cnDigits = map[rune]int{'〇': 0, '零': 0, '○': 0, 'O': 0, '０': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// cnYear reads 二〇二三 as 2023; 0 when it is not a year of reports.
func cnYear(s string) int {
	y := 0
	for _, r := range s {
		y = y*10 + cnDigits[r]
	}
	if y < 1900 || y > 2099 {
		return 0
	}
	return y
}

// titleText is the title, with the line after it when the title breaks
// inside its year (…2022 / 年国民经济和社会发展统计公报): a title set on
// two lines.
//
// A plain text file of single-spaced lines is one paragraph, whose title
// the parser does not find: then its first line is the title when it reads
// as one.
func titleText(a *Article) string {
	t := strings.TrimSpace(a.Title)
	if t == "" {
		if l := headLine(a.Raw); frontLineOK(l, true) && !datelineAt(l) {
			return l
		}
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if t == "" || !(r >= '0' && r <= '9' || cnDigits[r] != 0 || r == '〇') {
		return t
	}
	for i, p := range a.Paragraphs {
		if p.Text == a.Title && i+1 < len(a.Paragraphs) && continuesYear(a.Paragraphs[i+1].Text) {
			return t + strings.TrimSpace(a.Paragraphs[i+1].Text)
		}
	}
	return t
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if indexWord(s, w) >= 0 {
			return true
		}
	}
	return false
}

// leadPeriod is the period the first sentence of the body names, when the
// title names none: 4月18日，湖北省统计局发布一季度湖北经济运行数据; 今年上半
// 年，我县经济运行稳中趋缓.
func leadPeriod(a *Article) string {
	for _, p := range a.Paragraphs {
		if p.Kind == Caption || p.Kind == Heading || isFurniture(p.Text) || p.Text == a.Title {
			continue
		}
		first := p.Text
		if k := strings.IndexAny(first, "。！？"); k >= 0 {
			first = first[:k]
		}
		return titlePeriod(first)
	}
	return ""
}
