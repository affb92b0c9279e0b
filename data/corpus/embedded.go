package corpus

import (
	"fmt"
	"io/fs"
	"path"

	"github.com/zhibiao/zhibiao/seeds"
)

// EmbeddedTexts returns the ids of the articles shipped inside the binary,
// in id order, with their texts as Embedded's articles hold them
// (Article.Raw), without parsing them: parsing the five costs some 30 ms
// of CPU, which a library's Open (run while the window system makes the
// window and the font is read on the other core) needs only to tell
// whether it holds them, by their hashes.
func EmbeddedTexts() ([]string, map[string][]byte, error) {
	names, err := seedNames(seeds.FS)
	if err != nil {
		return nil, nil, err
	}
	texts := make(map[string][]byte, len(names))
	for _, name := range names {
		raw, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			return nil, nil, fmt.Errorf("read seed %s: %w", name, err)
		}
		texts[name] = raw // parse keeps a traditional text as written
	}
	return names, texts, nil
}

// EmbeddedArticle returns the shipped article with this id parsed, as
// Embedded gives it, parsing no other.
func EmbeddedArticle(id string) (*Article, error) {
	if path.Base(id) != id {
		return nil, fmt.Errorf("seed %s: %w", id, fs.ErrNotExist)
	}
	catalog, err := readCatalog(seeds.FS)
	if err != nil {
		return nil, err
	}
	return seedArticle(seeds.FS, catalog, id)
}
