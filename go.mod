module github.com/zhibiao/zhibiao

go 1.26.8

require (
	fyne.io/fyne/v2 v2.7.1 // indirect
	github.com/go-ego/gse v0.80.3 // indirect
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0 // indirect
	github.com/vcaesar/cedar v0.20.2 // indirect
	github.com/wcharczuk/go-chart/v2 v2.1.2 // indirect
	golang.org/x/image v0.24.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)
