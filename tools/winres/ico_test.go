package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"os"
	"testing"
)

// The .ico holds every size, each a PNG of that size, at the offsets its
// directory gives: what Windows reads.
func TestEncodeICO(t *testing.T) {
	f, err := os.Open("../../assets/icon.png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	ico, err := encodeICO(img, iconSizes())
	if err != nil {
		t.Fatal(err)
	}
	var head [3]uint16
	binary.Read(bytes.NewReader(ico), binary.LittleEndian, &head)
	if head[1] != 1 || int(head[2]) != len(iconSizes()) {
		t.Fatalf("header %v", head)
	}
	for i, want := range iconSizes() {
		e := ico[6+16*i:]
		size := binary.LittleEndian.Uint32(e[8:])
		off := binary.LittleEndian.Uint32(e[12:])
		got, err := png.Decode(bytes.NewReader(ico[off : off+size]))
		if err != nil {
			t.Fatalf("image %d: %v", i, err)
		}
		if got.Bounds() != image.Rect(0, 0, want, want) || (int(e[0]) != want%256) {
			t.Errorf("image %d is %v (directory says %d), want %d", i, got.Bounds(), e[0], want)
		}
	}
}

func TestFileVersion(t *testing.T) {
	v, err := fileVersion("0.1.0", 3)
	if err != nil || v.GetVersionString() != "0.1.0.3" {
		t.Errorf("fileVersion(0.1.0, 3) = %s, %v", v.GetVersionString(), err)
	}
	for _, bad := range []string{"0.1", "1.x.0", "1.2.3.4", "70000.0.0"} {
		if _, err := fileVersion(bad, 1); err == nil {
			t.Errorf("fileVersion(%q) accepted", bad)
		}
	}
}
