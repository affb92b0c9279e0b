package chart

// spread moves labels wanted at the baselines want (in increasing order)
// apart until each is at least gap below the one before, keeping each
// cluster of labels that crowd one another centred where its labels want
// to be: two places whose values are close (焦作市 5.4%, 马村区 5.0% in one
// year) get both their values, one nudged up and one down, where one of
// them used to be left out. It returns the baselines to draw at.
func spread(want []float64, gap float64) []float64 {
	// A cluster is labels [first, first+n) set gap apart from top.
	type cluster struct {
		first, n int
		sum      float64 // of the labels' wanted baselines
		top      float64
	}
	var cs []cluster
	for i, w := range want {
		c := cluster{first: i, n: 1, sum: w, top: w}
		// Merge with the clusters above while they overlap.
		for len(cs) > 0 {
			prev := cs[len(cs)-1]
			if prev.top+float64(prev.n)*gap <= c.top {
				break
			}
			cs = cs[:len(cs)-1]
			c = cluster{first: prev.first, n: prev.n + c.n, sum: prev.sum + c.sum}
			// Centred: the mean of the wanted baselines is the middle
			// of the cluster's laid-out labels.
			c.top = c.sum/float64(c.n) - float64(c.n-1)*gap/2
		}
		cs = append(cs, c)
	}
	out := make([]float64, len(want))
	for _, c := range cs {
		for k := 0; k < c.n; k++ {
			out[c.first+k] = c.top + float64(k)*gap
		}
	}
	return out
}
