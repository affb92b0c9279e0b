package corpus

import (
	"bytes"
	"reflect"
	"testing"
)

// A library tells whether it holds the shipped articles by their texts'
// hashes, and parses one only when it is read: the texts and the one
// article must be what Embedded gives.
func TestEmbeddedTextsAndArticleAsEmbedded(t *testing.T) {
	all, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ids, texts, err := EmbeddedTexts()
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != len(all) || len(all) == 0 {
		t.Fatalf("%d ids, %d articles", len(ids), len(all))
	}
	for i, a := range all {
		if ids[i] != a.ID || !bytes.Equal(texts[a.ID], a.Raw) {
			t.Errorf("%d: id %s text of %d bytes, Embedded: %s, %d bytes", i, ids[i], len(texts[ids[i]]), a.ID, len(a.Raw))
		}
		one, err := EmbeddedArticle(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(one, a) {
			t.Errorf("%s parsed alone differs from Embedded's", a.ID)
		}
	}
	if _, err := EmbeddedArticle("../go.mod"); err == nil {
		t.Error("a path outside the seeds gave an article")
	}
	if _, err := EmbeddedArticle("nosuch.txt"); err == nil {
		t.Error("no error for a seed that is not shipped")
	}
}
