package figure

// clauseMemo keeps the clause parsed for the first number of each list,
// by quantity index. A map[int]clause stored a value of some 160 bytes
// per figure and hashed each look-up, about 1.5% of Extract; the indexes
// are dense, so a slice does it by offset.
type clauseMemo struct {
	cl    []clause
	known []bool
}

func newClauseMemo(n int) clauseMemo {
	return clauseMemo{cl: make([]clause, n), known: make([]bool, n)}
}

// get is the clause kept for quantity i, the zero clause when none is.
func (m *clauseMemo) get(i int) (clause, bool) {
	if i < 0 || i >= len(m.cl) || !m.known[i] {
		return clause{}, false
	}
	return m.cl[i], true
}

func (m *clauseMemo) put(i int, c clause) {
	m.cl[i], m.known[i] = c, true
}
