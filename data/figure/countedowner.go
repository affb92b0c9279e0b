package figure

// ownerHeads end a noun of things that are counted and own what follows
// their 的 (86家重点监测企业的纳税额更是同比增长了39%, 5个村的集体经济收入):
// the count is of them, not of what they own (搁置多年的“断头路” is
// counted after its 的).
var ownerHeads = []string{"企业", "单位", "项目", "村", "社区", "户", "学校", "医院", "景区", "园区", "合作社", "公司", "乡镇"}
