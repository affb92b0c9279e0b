package app

// version is stamped into release builds with
// -ldflags "-X github.com/zhibiao/zhibiao/app.version=1.2.3"; keep it in step
// with FyneApp.toml.
var version = "0.1.0"

// Version is the version of this build.
func Version() string { return version }
