package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// sightHeads end the names of sights and memorials, which are proper
// names that often open on a place's short name (古田会议会址, 韶山毛泽东
// 故居): taking the place off leaves a fragment (会议会址).
var sightHeads = []string{"会址", "旧址", "故居", "遗址", "纪念馆", "纪念碑", "景区"}

// sightName: the place w written without its level (古田, not 古田县) opens
// the name of a sight in rest, so it stays in the name.
func sightName(rest, w string) bool {
	if last, _ := hanzi.DecodeLastRune(w); strings.ContainsRune("省市县区镇乡村州盟旗", last) {
		return false
	}
	for _, h := range sightHeads {
		if strings.Index(rest, h) > 0 {
			return true
		}
	}
	return false
}
