// Package quantity finds the numbers of Chinese text with their units:
// Arabic (121.7, 1,266), full-width (３．５％), Chinese (十五, 两千三百万,
// 第二十), mixed (1.2万, 3千), percentages (5.0%, 百分之五, 1.2个百分点),
// money, counts, physical measures, ranks and multiples. Spans are byte
// offsets into the text given, and a figure broken by OCR (16.4 亿 元,
// 15\n条) is still one quantity whose span covers all of it.
//
// Traditional characters (萬, 億, 兩, 點, 負), 廿 卅 卌, banker's capitals
// (壹萬貳仟圆整), amounts in more than one unit (3斤5两, 两毛五), Hong Kong
// money (一百蚊, HK$250), 分 毛 角 as money only after a price word (车费5分;
// 95分 is a score) and Latin multipliers by context (3M美元; 长度3M is
// metres) are read too. Values are normalised by one table: mass in 公斤,
// length in 米, area in 平方米 (亩 stays 亩, as CONTRACTS.md pins), volume
// in 升, money in its currency (元 for yuan), counts in their measure word.
//
// The vocabulary (units, measure words, qualifiers, words that only look
// like numbers) lives in tables in units.go and words.go. numeral.go and
// numscan.go scan numerals, attach.go gives them their unit, compound.go,
// tenths.go, letters.go and forms.go read the other forms, find.go drives.
package quantity

import "strings"

// Kind is what a quantity's unit says it is. The figure extractor refines
// percent into growth or share.
type Kind string

const (
	Level    Kind = "level"     // money
	Percent  Kind = "percent"   // %, 百分之N, 成, 折
	PPChange Kind = "pp_change" // 个百分点
	Count    Kind = "count"     // a measure word: 个 家 人 户…
	Physical Kind = "physical"  // length, area, mass, volume, energy
	Duration Kind = "duration"  // 天, 个月, 小时; 5年 when not a date
	Rank     Kind = "rank"      // 第N in a ranking, 首位
	Ordinal  Kind = "ordinal"   // 第N otherwise (第5次)
	Multiple Kind = "multiple"  // N倍
	Number   Kind = "number"    // a number with no unit
	Date     Kind = "date"      // 2024年, 12月, 21日, 2025-04-28
	Time     Kind = "time"      // 13:54:20, 20点
)

// Quantity is one number with its unit.
type Quantity struct {
	Start int    `json:"start"` // byte offsets of the number with its unit
	End   int    `json:"end"`
	Text  string `json:"text"` // exactly text[Start:End]
	// Value is the number as written, in the unit as written: 121.7 for
	// 121.7亿元, 2 for 第二, 5 for 五家.
	Value float64 `json:"value"`
	// Unit is the unit as written with whitespace removed: 亿元, %, 个百分点,
	// 家, 万亩; 第 for ranks; empty for a bare number.
	Unit string `json:"unit"`
	// NormValue and NormUnit express the quantity in a base unit:
	// 12170000000 元, 5.0 %, 1.2 pp, 100000 亩, 71000000 公斤 (7.1万吨),
	// 2 rank.
	NormValue float64 `json:"norm_value"`
	NormUnit  string  `json:"norm_unit"`
	Kind      Kind    `json:"kind"`
	// Qualifier is 近, 约, 余, 多, 超, 突破, 以上…: the quantity is approximate
	// or a bound. Empty when exact.
	Qualifier string `json:"qualifier,omitempty"`
	// Chinese reports numerals written in Chinese characters (十五, 两千).
	Chinese bool `json:"-"`
	// NumStart and NumEnd are the byte span of the numeral alone, without
	// 第, unit or qualifier: 16.4 亿 in 16.4 亿 元.
	NumStart int `json:"-"`
	NumEnd   int `json:"-"`
	num      float64
}

// Approximate reports whether a qualifier makes the quantity approximate or
// a bound rather than exact.
func (q Quantity) Approximate() bool { return q.Qualifier != "" }

// Qualified writes a number's text with its qualifier where Chinese puts
// it: before the number for 近, 约, 超 (约3亿元), after it for 左右, 以上, 余
// (5.5%左右, 35亿斤以上); text already holding the qualifier is returned as
// it is.
func Qualified(text, qualifier string) string {
	if qualifier == "" || strings.Contains(text, qualifier) {
		return text
	}
	for _, w := range suffixQualifiers {
		if w == qualifier {
			return text + qualifier
		}
	}
	return qualifier + text
}
