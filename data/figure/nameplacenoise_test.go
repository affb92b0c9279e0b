package figure

import "testing"

// A place whose first characters are a word of leading noise (和平区 opens
// on 和, 都江堰市 on 都) is taken off a name whole, not as the noise word
// with the rest of the place left in the name (平区地区生产总值).
func TestNamesPlaceOpeningOnNoise(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "2023年，分区看，和平区地区生产总值增长5.1%，河西区增长4.8%。", fig: "5.1%", name: "地区生产总值"},
		{text: "2023年，都江堰市地区生产总值增长6.2%。", fig: "6.2%", name: "地区生产总值"},
	})
}
