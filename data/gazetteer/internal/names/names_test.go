package names

import (
	"slices"
	"testing"
)

func TestShorts(t *testing.T) {
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		level int
		want  []string
	}{
		{"浙江省", Province, []string{"浙江"}},
		{"上海市", Province, []string{"上海"}},
		{"广西壮族自治区", Province, []string{"广西"}},
		{"内蒙古自治区", Province, []string{"内蒙古"}},
		{"新疆维吾尔自治区", Province, []string{"新疆"}},
		{"宁夏回族自治区", Province, []string{"宁夏"}},
		{"西藏自治区", Province, []string{"西藏"}},
		{"香港特别行政区", Province, []string{"香港"}},
		{"平顶山市", Prefecture, []string{"平顶山"}},
		{"黔东南苗族侗族自治州", Prefecture, []string{"黔东南州", "黔东南"}},
		{"延边朝鲜族自治州", Prefecture, []string{"延边州", "延边"}},
		{"博尔塔拉蒙古自治州", Prefecture, []string{"博尔塔拉州", "博尔塔拉"}},
		{"阿克苏地区", Prefecture, []string{"阿克苏"}},
		{"宿松县", County, []string{"宿松"}},
		{"峨边彝族自治县", County, []string{"峨边县", "峨边自治县", "峨边"}},
		{"务川仡佬族苗族自治县", County, []string{"务川县", "务川自治县", "务川"}},
		{"龙胜各族自治县", County, []string{"龙胜县", "龙胜自治县", "龙胜"}},
		{"莫力达瓦达斡尔族自治旗", County, []string{"莫力达瓦旗", "莫力达瓦自治旗", "莫力达瓦"}},
		{"管城回族区", County, []string{"管城"}},
		{"马村区", County, []string{"马村"}},
		{"城区", County, nil},
		{"沛县", County, nil},
		{"城关镇", Town, nil},
		{"浦东新区", County, []string{"浦东"}},
		{"郑州经济技术开发区", County, nil},
		{"焦作城乡一体化示范区", County, nil},
	}
	for _, c := range cases {
		if got := tab.Shorts(c.name, c.level); !slices.Equal(got, c.want) {
			t.Errorf("Shorts(%s) = %q, want %q", c.name, got, c.want)
		}
	}
}

// The first-character forms of long autonomous and league names: 博州, 克州,
// 巴州, 锡盟, 阿盟, 莫旗; none for names of three characters or fewer.
func TestInitials(t *testing.T) {
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		level int
		want  []string
	}{
		{"博尔塔拉蒙古自治州", Prefecture, []string{"博州"}},
		{"巴音郭楞蒙古自治州", Prefecture, []string{"巴州"}},
		{"克孜勒苏柯尔克孜自治州", Prefecture, []string{"克州"}},
		{"锡林郭勒盟", Prefecture, []string{"锡盟"}},
		{"阿拉善盟", Prefecture, []string{"阿盟"}},
		{"伊克昭盟", Prefecture, []string{"伊盟"}},
		{"莫力达瓦达斡尔族自治旗", County, []string{"莫旗"}},
		{"黔东南苗族侗族自治州", Prefecture, nil},
		{"伊犁哈萨克自治州", Prefecture, nil},
		{"兴安盟", Prefecture, nil},
		{"鄂伦春自治旗", County, nil},
		{"鄂温克族自治旗", County, nil},
		{"锡林浩特市", County, nil},
		{"塔什库尔干塔吉克自治县", County, nil},
	}
	for _, c := range cases {
		if got := tab.Initials(c.name, c.level); !slices.Equal(got, c.want) {
			t.Errorf("Initials(%s) = %q, want %q", c.name, got, c.want)
		}
	}
}
