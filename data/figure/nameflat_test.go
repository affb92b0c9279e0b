package figure

import "testing"

// A report on a work report's targets (咸宁's, 2021): a bare 涨幅 after a
// clause that says an indicator was flat is that indicator's, not the
// amount's written before it.
func TestNamesRateAfterFlat(t *testing.T) {
	const cpi = "进出口总额50.6亿元,比上年同期增长86.2%,增幅全省排第3位;城镇登记失业率3.31%;居民消费价格指数同比持平(100),涨幅较上年同期收窄3.7个百分点,全省排第4位。"
	checkFields(t, []fieldCase{
		{text: cpi, fig: "3.7个百分点", name: "居民消费价格指数涨幅"},
		{text: cpi, fig: "第3位", name: "进出口总额增幅"},
	})
}
