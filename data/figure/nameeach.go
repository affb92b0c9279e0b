package figure

// eachLeads open a name with the group whose members are compared (各县市区
// 地区生产总值增速排名中，我县居第3位): the group is the rank's scope, not
// what is measured. 各地, 各市 and 各区 are left: they open words (各地区,
// 各市场主体).
var eachLeads = byLength([]string{"各县市区", "各县市", "各县区", "各区县", "各市县", "各市州", "各县"})

// dropEachLead takes an eachLeads group off the front of n.
func dropEachLead(n string) string {
	if t, w := trimPrefixes(n, eachLeads); w != "" && runeLen(t) >= 4 {
		return t
	}
	return n
}
