package figure

import "testing"

// A place described before it (…上榜的宣汉县) heads the rank its verb
// follows with, though the sentence named its province as the owner of
// an earlier count.
func TestRegionDescribedHeadRank(t *testing.T) {
	checkRegions(t, []regionCase{
		{"宣汉", "达州宣汉:荣膺2022(第五届)中国旅游百强县市\n\n11月24日,机构在北京联合发布《中国县域旅游竞争力报告2022》。四川省有峨眉山市、都江堰市等14个县市上榜,达州市唯一上榜的宣汉县位列79位,荣膺“2022中国旅游百强县市”。2021年,全县旅游收入120亿元,增长19.05%。", [][2]string{
			{"14个", "四川省"}, {"79位", "宣汉县"}, {"120亿元", "宣汉县"},
		}},
		{"长汀", "龙岩各县GDP\n\n上半年以微弱优势占据第三的长汀县,前三季度GDP总量完成268.93亿元,高出紧随其后的永定区15.86亿元。", [][2]string{
			{"268.93亿元", "长汀县"},
		}},
	})
}
