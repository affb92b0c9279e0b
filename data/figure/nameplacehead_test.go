package figure

import "testing"

// A zone before a bare head is what the head is of.
func TestPlaceOwnsHead(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "玉林首个300亿元园区，玉林高新区产值突破100亿元，玉林经济技术开发区产值达到280亿元。", fig: "280亿元", name: "玉林经济技术开发区产值"},
		// a zone's part of a whole after 其中 keeps the whole's qualifier too (namezonepart.go)
		{text: "上半年实现规上工业总产值779.7亿元、增长3.3%，其中，经开区产值635.9亿元、增长4.3%，高新区产值111.5亿元、下降2.2%。", fig: "111.5亿元", name: "高新区规上工业产值"},
		// a place before a full name is still the region's, not the name's
		{text: "2023年，焦作市规上工业增加值增长5.1%。", fig: "5.1%", name: "规上工业增加值"},
	})
}
