// Package assets carries what the binary ships besides the articles: the CJK
// font (used by the window and the charts alike), the icon and the licences.
package assets

import _ "embed"

// Font is WenQuanYi Micro Hei, face 0 of Debian's wqy-microhei.ttc saved as a
// plain TrueType file: Fyne cannot read .ttc collections and go-chart's
// freetype cannot read CFF outlines. Apache-2.0; see fonts/NOTICE.
//
//go:embed fonts/wqy-microhei.ttf
var Font []byte

// FontName is the family name of Font, for SVG output that names its font.
const FontName = "WenQuanYi Micro Hei"

// FontLicense is the licence of Font, shown in the About box.
//
//go:embed fonts/LICENSE-Apache-2.0.txt
var FontLicense string

// FontNotice says where Font comes from and who holds its copyright.
//
//go:embed fonts/NOTICE
var FontNotice string

// Icon is the application icon, 512 pixels (drawn by scripts/mkicon).
//
//go:embed icon.png
var Icon []byte

// WindowIcon is the icon at 128 pixels, for the window: the large one costs
// start-up time.
//
//go:embed icon-window.png
var WindowIcon []byte
