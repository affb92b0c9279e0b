package figure

import (
	"github.com/zhibiao/zhibiao/data/quantity"
)

// This file decides what a figure measures. The words before a number
// (its clause, read by parseClause) usually name it; when they do not —
// they are empty, a bare verb, a generic attribute like 总投资, a scope
// like 全省 — the name comes from around it: what follows a measure word
// (18个贫困村), the figure before it (…总投资1098亿元 after 谋划项目282个),
// the clause before it. Each such case is a stage of a pipeline, tried in
// order; the first that settles the name ends it. The stages live in
// namestage.go, the readers of the text after a number in counted.go, the
// word lists in namewords.go.

// naming is one figure's name as the stages pass it on.
type naming struct {
	x    *extractor
	i    int               // the figure's quantity
	q    quantity.Quantity // x.qs[i]
	cl   clause            // the words before the number
	f    Figure            // the figure as far as it is known (kind, unit)
	prev *Figure           // the written figure before it in its sentence, or nil

	n          string // the name so far
	verb       string // the verb n ends with (建成, 新增), read once n is cut
	countLike  bool   // a count or a physical quantity: named by what it counts
	sameAsPrev bool   // n repeats the name of the count before
}

// nameStage is one step of naming; it returns true when it has settled
// the name in n.
type nameStage func(*naming) bool

// nameStages find the name, in order; see each stage's comment for why.
var nameStages = []nameStage{
	(*naming).timeOnlyName,
	(*naming).singleMonthOfPrevious,
	(*naming).fromToAmount,
	(*naming).rankedPlace,
	(*naming).rankedIndicatorList,
	(*naming).placeListItem,
	(*naming).otherUnitCount,
	(*naming).rateSentenceTopic,
	(*naming).objectAfterDe,
	(*naming).dropPreviousCount,
	(*naming).dropDoer,
	(*naming).durationName,
	(*naming).noteVerb,
	(*naming).rateAfterYi,
	(*naming).placeAtEnd,
	(*naming).judgedRate,
	(*naming).dropRankScope,
	(*naming).dropPlaceSuffix,
	(*naming).rankTopic,
	(*naming).rankOfPrevious,
	(*naming).scopeCount,
	(*naming).partOfCountedSet,
	(*naming).partOfScope,
	(*naming).listCount,
	(*naming).countedObject,
	(*naming).listTailObject,
	(*naming).verbAndAmount,
	(*naming).totalOfCounted,
	(*naming).shareOfPrevious,
	(*naming).attributeOfPrevious,
	(*naming).areaOfCount,
	(*naming).accountOfPrevious,
	(*naming).industryOfClauseBefore,
	(*naming).rateOfJudgedClause,
	(*naming).attributeOfTopic,
	(*naming).milestoneRate,
	(*naming).attributeOfPhrase,
	(*naming).cropOutput,
	(*naming).thresholdSubject,
	(*naming).verbClauseTopic,
	(*naming).listVerbCarry,
	(*naming).judgedSubject,
	(*naming).placeTopic,
	(*naming).rateBesideRank,
	(*naming).inheritName,
	(*naming).emptyClauseTopic,
	(*naming).milestoneTopic,
	(*naming).sentenceTopic,
	(*naming).countPredicate,
}

// finishStages check and complete the name nameOf found, in order.
var finishStages = []nameStage{
	(*naming).economyGrowth,
	(*naming).comparedScopeName,
	(*naming).contributionOfPull,
	(*naming).planMeasure,
	(*naming).qualifiedUnits,
	(*naming).productOutput,
	(*naming).averageName,
	(*naming).lineCapacity,
	(*naming).annualOutput,
	(*naming).rankAfterYi,
	(*naming).shareOfPlan,
	(*naming).verbOfCount,
	(*naming).moneyOfVerb,
	(*naming).sharedHead,
	(*naming).sexPart,
	(*naming).ownerPart,
	(*naming).perCapitaGroup,
	(*naming).schoolAttribute,
	(*naming).animalOfStock,
	(*naming).partOfStock,
	(*naming).partOfWhole,
	(*naming).zoneOfWhole,
	(*naming).partMeasure,
	(*naming).ownerOfRate,
	(*naming).shareChange,
	(*naming).shareOfBreakdown,
	(*naming).changeOfPrevious,
	(*naming).levelOfWhole,
	(*naming).sectorOfWhole,
	(*naming).partOfRate,
	(*naming).siblingHead,
	(*naming).sownCrop,
	(*naming).ratioName,
	(*naming).harvestOfPrevious,
	(*naming).partSubject,
}

// name decides what figure f (quantity i) measures, and leaves it empty
// rather than wrong when what is written before the number is a fragment.
func (x *extractor) name(i int, cl clause, f Figure) string {
	c := x.newNaming(i, cl, f)
	if c.population() || c.rankedList() || c.rankInFrame() {
		return c.n
	}
	if c.fragmentClause() || c.shareOfSubject() {
		if c.n == "" && !c.rateSentenceTopic() { // 比第二位的泸州市(增12.1%)快1.2个百分点: the fragment is a bracket's end
			c.changeOfPrevious() // …，但较一季度提高了0.3个百分点: 但 is no name
		}
		return c.n
	}
	c.n = tidyName(x.nameOf(c))
	for _, stage := range finishStages {
		if stage(c) {
			return c.n
		}
	}
	if fragmentName(c.n) {
		return ""
	}
	return c.n
}

func (x *extractor) newNaming(i int, cl clause, f Figure) *naming {
	c := &x.memo.naming // name is not reentered, and keeps no naming
	*c = naming{x: x, i: i, q: x.qs[i], cl: cl, f: f, n: cl.name}
	if len(x.sent) > 0 {
		c.prev = &x.out[x.sent[len(x.sent)-1]]
	}
	return c
}

// nameOf runs the stages that find a name; c.n starts as the clause's.
func (x *extractor) nameOf(c *naming) string {
	c.n = c.cl.name
	for _, stage := range nameStages {
		if stage(c) {
			break
		}
	}
	return c.n
}
