package figure

import "testing"

// Counts in 民生实事 lists and project news (兰州's 10件实事, 顺德's 十大民生实事,
// 长安区's 惠民实事, 沁源's and 云霄's project news): what is counted follows the
// measure word when the words before are a bound (不少于), a verb of the
// list (惠及, 遴选) or a time (继上半年); a time adverb after the noun
// (日前, 有序) is what was done, not what is counted; a grade written with
// digits (5A级) is part of the noun after 的.
func TestNamesCountObjectAfter(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "完成不少于27条农村黑臭水体整治,切实提升水环境质量。", fig: "27条", name: "农村黑臭水体整治"},
		{text: "新增改造城镇老旧小区不少于75个,惠及不少于10000个家庭。", fig: "75个", name: "新增改造城镇老旧小区"},
		{text: "新增改造城镇老旧小区不少于75个,惠及不少于10000个家庭。", fig: "10000个", name: "惠及家庭"},
		{text: "这是沁源县继上半年15个转型项目集中开工后,在项目建设上取得的又一丰硕成果。", fig: "15个", name: "转型项目"},
		{text: "其中,9个项目日前举行了集中签约仪式,计划总投资36.8亿元。", fig: "9个", name: "项目"},
		{text: "县列185个重点项目中,55个续建项目全部复工,29个前期项目有序推进。", fig: "29个", name: "前期项目"},
		{text: "全市共有12家开放的5A级旅游景区。", fig: "12家", name: "5A级旅游景区"},
		{text: "今年北辰区委、区政府继续实施改善城乡人民生活20项民心工程。", fig: "20项", name: "民心工程"},
		{text: "2019年,市委、市政府为民兴办10件实事。", fig: "10件", name: "实事"},
		{text: "双永供水工程建成通水,从根本上解决了北部3个乡、3.5万人安全饮水问题。", fig: "3个", name: "乡"},
		{text: "狠抓“双试点”县项目建设,完成通村道路120条、559.1公里。", fig: "559.1公里", name: "通村道路"},
		{text: "城镇失业登记率控制在3.8%。累计发放创业担保贷款797笔9389万元,带动就业1435人。", fig: "9389万元", name: "发放创业担保贷款"},
	})
}
