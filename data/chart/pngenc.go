package chart

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
)

// encodePNG writes img, which must be opaque, as an 8-bit RGB PNG. Chart
// pictures are mostly flat ground and long runs of one colour, so each
// row is filtered with PNG's "up" filter (the difference from the row
// above, zero almost everywhere) instead of image/png's per-row trial of
// all five filters, which costs more than drawing the chart; the output
// is about as small and takes a third of the time.
func encodePNG(w io.Writer, img *image.RGBA) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	b := img.Bounds()
	width, height := b.Dx(), b.Dy()

	bw.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits per sample, RGB
	writeChunk(bw, "IHDR", ihdr[:])

	cw := &chunkWriter{w: bw, typ: "IDAT", buf: make([]byte, 0, 64<<10)}
	z, err := zlib.NewWriterLevel(cw, zlib.BestSpeed)
	if err != nil {
		return err
	}
	out := make([]byte, 1+3*width)
	out[0] = 2 // filter: up
	zero := make([]byte, 4*width)
	for y := 0; y < height; y++ {
		row := img.Pix[y*img.Stride:][:4*width]
		up := zero
		if y > 0 {
			up = img.Pix[(y-1)*img.Stride:][:4*width]
		}
		o := out[1:]
		for x := 0; x < width; x++ {
			p, q, d := row[4*x:4*x+3:4*x+3], up[4*x:4*x+3:4*x+3], o[3*x:3*x+3:3*x+3]
			d[0], d[1], d[2] = p[0]-q[0], p[1]-q[1], p[2]-q[2]
		}
		if _, err := z.Write(out); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	if err := cw.flush(); err != nil {
		return err
	}
	writeChunk(bw, "IEND", nil)
	return bw.Flush()
}

// chunkWriter cuts what is written into chunks of one type.
type chunkWriter struct {
	w   io.Writer
	typ string
	buf []byte
	err error
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), cap(c.buf)-len(c.buf))
		c.buf = append(c.buf, p[:k]...)
		p = p[k:]
		if len(c.buf) == cap(c.buf) {
			if err := c.flush(); err != nil {
				return 0, err
			}
		}
	}
	return n, c.err
}

func (c *chunkWriter) flush() error {
	if len(c.buf) > 0 && c.err == nil {
		c.err = writeChunk(c.w, c.typ, c.buf)
	}
	c.buf = c.buf[:0]
	return c.err
}

func writeChunk(w io.Writer, typ string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], typ)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, b := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}
