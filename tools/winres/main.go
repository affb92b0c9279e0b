// Command winres writes the Windows resources of zhibiao.exe as a .syso
// file for the Go linker: the manifest (packaging/windows, with an ASCII
// identity), the version information Explorer shows (company, copyright,
// original file name...) and the icon at 16, 24, 32, 48, 64, 128 and 256
// pixels. fyne package offers none of these choices. It lives in the tools
// module (tools/go.mod) so that its dependencies stay out of the app's
// go.mod. Used by scripts/release.sh; from the repository root:
//
//	go -C tools run ./winres -version 0.1.0 -build 1 -icon ../assets/icon.png \
//		-manifest ../packaging/windows/zhibiao.exe.manifest -o ../zhibiao_windows_amd64.syso
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	_ "image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"

	"github.com/josephspurrier/goversioninfo"
)

func main() {
	version := flag.String("version", "", "the version, as in FyneApp.toml (1.2.3)")
	build := flag.Int("build", 1, "the build number, as in FyneApp.toml")
	icon := flag.String("icon", "assets/icon.png", "the icon, a square PNG of 256 pixels or more")
	manifest := flag.String("manifest", "packaging/windows/zhibiao.exe.manifest", "the manifest template")
	out := flag.String("o", "zhibiao_windows_amd64.syso", "the .syso file to write")
	flag.Parse()
	if err := run(*version, *build, *icon, *manifest, *out); err != nil {
		fmt.Fprintln(os.Stderr, "winres:", err)
		os.Exit(1)
	}
}

func run(version string, build int, iconPath, manifestPath, out string) error {
	v, err := fileVersion(version, build)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "winres")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	f, err := os.Open(iconPath)
	if err != nil {
		return err
	}
	img, _, err := image.Decode(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", iconPath, err)
	}
	ico, err := encodeICO(img, iconSizes())
	if err != nil {
		return err
	}
	icoPath := filepath.Join(tmp, "zhibiao.ico")
	if err := os.WriteFile(icoPath, ico, 0o644); err != nil {
		return err
	}

	tpl, err := template.ParseFiles(manifestPath)
	if err != nil {
		return err
	}
	var m bytes.Buffer
	if err := tpl.Execute(&m, map[string]string{"Version4": v.GetVersionString()}); err != nil {
		return err
	}
	mPath := filepath.Join(tmp, "zhibiao.exe.manifest")
	if err := os.WriteFile(mPath, m.Bytes(), 0o644); err != nil {
		return err
	}

	vi := versionInfo(version, v)
	vi.IconPath, vi.ManifestPath = icoPath, mPath
	vi.Build()
	vi.Walk()
	return vi.WriteSyso(out, "amd64")
}

// iconSizes are the sizes Windows picks from: small icons (16, 24 at
// 150 %), the taskbar and Alt+Tab (32, 48, 64), Explorer's views (128, 256).
func iconSizes() []int { return []int{16, 24, 32, 48, 64, 128, 256} }

// fileVersion makes Windows's four-part version from 1.2.3 and the build.
func fileVersion(version string, build int) (goversioninfo.FileVersion, error) {
	var v goversioninfo.FileVersion
	parts := strings.Split(version, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", version)
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 65535 {
			return v, fmt.Errorf("version %q: %q is not a number up to 65535", version, p)
		}
		nums[i] = n
	}
	return goversioninfo.FileVersion{Major: nums[0], Minor: nums[1], Patch: nums[2], Build: build}, nil
}

// versionInfo is what Explorer's Properties → Details and Task Manager show.
func versionInfo(version string, v goversioninfo.FileVersion) *goversioninfo.VersionInfo {
	vi := &goversioninfo.VersionInfo{}
	vi.FixedFileInfo.FileVersion = v
	vi.FixedFileInfo.ProductVersion = v
	vi.FixedFileInfo.FileFlagsMask = "3f"
	vi.FixedFileInfo.FileOS = "040004" // VOS_NT_WINDOWS32
	vi.FixedFileInfo.FileType = "01"   // VFT_APP
	vi.StringFileInfo = goversioninfo.StringFileInfo{
		CompanyName:      "The Zhibiao authors",
		FileDescription:  "指标 Zhibiao",
		FileVersion:      v.GetVersionString(),
		InternalName:     "zhibiao",
		LegalCopyright:   "Copyright (c) 2026 The Zhibiao authors. MIT License.",
		OriginalFilename: "zhibiao.exe",
		ProductName:      "指标 Zhibiao",
		ProductVersion:   version,
		Comments:         "A reader for Chinese economic reports: every statistic extracted, labelled and charted",
	}
	vi.VarFileInfo.Translation = goversioninfo.Translation{LangID: goversioninfo.LngUSEnglish, CharsetID: goversioninfo.CsUnicode}
	return vi
}
