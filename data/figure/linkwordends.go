package figure

// linkWordEnds are words ending in a character that is also a link verb
// (约 as in 约20个, about): there it is the word's own end, not a link
// (新签约19个项目 is a count of projects signed, not of 新签 projects
// "about" 19; 集中签约的20个项目; 节约资金).
var linkWordEnds = []string{"签约", "节约", "合约", "履约", "预约", "集约", "制约", "违约", "公约", "条约", "特约"}
