package figure

import "testing"

// TestStoryAt checks the binary search of storyAt against reading every
// story, on a page split as findStories splits it: each story ending where
// the next starts, the last at the text's end, and an empty one where two
// marks would stand at one offset.
func TestStoryAt(t *testing.T) {
	page := "要闻\n本报讯 马村区规上工业增加值增长7.1%。\n又讯 演马街道新签约项目3个。\n本报讯 待王街道完成投资1.2亿元。"
	var starts []int
	for _, w := range storyMarks {
		eachIndex(page, w, func(k int) { starts = append(starts, k) })
	}
	starts = append(starts, starts[1]) // two marks at one offset: an empty story
	stories := []story{}
	for n := range starts {
		end := len(page)
		if n+1 < len(starts) {
			end = starts[n+1]
		}
		stories = append(stories, story{starts[n], end, string(rune('A' + n))})
	}
	// as findStories, by start
	for i := 1; i < len(stories); i++ {
		for j := i; j > 0 && stories[j].start < stories[j-1].start; j-- {
			stories[j], stories[j-1] = stories[j-1], stories[j]
		}
	}
	for i := range stories {
		if i+1 < len(stories) {
			stories[i].end = stories[i+1].start
		} else {
			stories[i].end = len(page)
		}
	}
	for pos := 0; pos < len(page); pos++ {
		want, wantOK := story{}, false
		for _, st := range stories {
			if pos >= st.start && pos < st.end {
				want, wantOK = st, true
				break
			}
		}
		if got, ok := storyAt(stories, pos); got != want || ok != wantOK {
			t.Fatalf("storyAt(%d) = %v, %v; want %v, %v", pos, got, ok, want, wantOK)
		}
	}
}
