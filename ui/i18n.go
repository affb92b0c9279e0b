package ui

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// Language is the user's choice of interface language; "" follows the system.
type Language string

const (
	LangSystem  Language = ""
	LangChinese Language = "zh"
	LangEnglish Language = "en"
)

// Interface strings are written in English in the code and looked up with
// lang.L; translations/zh_Hans.json gives their Chinese. The file name's
// tag merges it with Fyne's own Simplified Chinese strings.
//
//go:embed translations
var translations embed.FS

const chineseFile = "translations/zh_Hans.json"

// loadTranslations registers the embedded translations with Fyne. It is
// idempotent: registering the same messages twice changes nothing.
func loadTranslations() error {
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		return fmt.Errorf("load translations: %w", err)
	}
	return nil
}

// useLanguage makes the interface speak l, whatever the system language
// is. Fyne picks its translations from the system locale and offers no way
// to choose another, so the chosen language's messages are registered for
// the system's own locale, where Fyne will look for them.
func useLanguage(l Language) error {
	if l == LangSystem {
		l = systemLanguage()
	}
	zh, err := translations.ReadFile(chineseFile)
	if err != nil {
		return fmt.Errorf("read translations: %w", err)
	}
	data := zh
	if l == LangEnglish {
		if data, err = identity(zh); err != nil {
			return err
		}
	}
	if err := lang.AddTranslationsForLocale(data, lang.SystemLocale()); err != nil {
		return fmt.Errorf("switch language to %s: %w", l, err)
	}
	return nil
}

// systemLanguage is Chinese on a Chinese system and English elsewhere.
func systemLanguage() Language {
	if strings.HasPrefix(string(lang.SystemLocale()), "zh") {
		return LangChinese
	}
	return LangEnglish
}

// identity maps every key of a translation file to itself: the strings in
// the code are English, so this is the English translation. Fyne's ids
// that are not English get their English, and an ellipsis is written as
// three full stops: the CJK font draws … centred (⋯), as Chinese writes it.
func identity(file []byte) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(file, &m); err != nil {
		return nil, fmt.Errorf("parse %s: %w", chineseFile, err)
	}
	for k, v := range m {
		if plural, ok := v.(map[string]any); ok {
			for form := range plural {
				plural[form] = english(k)
			}
			m[k] = plural
			continue
		}
		m[k] = english(k)
	}
	return json.Marshal(m)
}

func english(key string) string {
	if e, ok := fyneEnglish[key]; ok {
		return e
	}
	return strings.ReplaceAll(key, "…", "...")
}

// tr is lang.L with a shorter name for the many strings of the interface.
func tr(s string, data ...any) string { return lang.L(s, data...) }

// langLabel names a language in the language menu, in that language, so a
// user who cannot read the current one still finds their own.
func langLabel(l Language) string {
	switch l {
	case LangChinese:
		return "中文"
	case LangEnglish:
		return "English"
	}
	return tr("System language")
}
