package figure

// trimRecord takes off the end of a clause's topic the record it set
// (外贸进出口总值创历史新高，达到51.4亿元; 粮食总产量再创新高): the figure after it
// is of the subject, the record is what the text says of it.
func trimRecord(t string) string {
	if s, w := trimSuffixes(t, recordTails); w != "" && runeLen(s) >= 2 {
		return s
	}
	return t
}

// recordTails say a subject set a record.
var recordTails = byLength([]string{
	"创历史新高", "创历史同期新高", "创同期新高", "创历史最高", "创历史最好水平", "创历史最好成绩", "创新高", "再创新高", "再创历史新高", "创下历史新高", "均创历史新高",
})
