package figure

// Version stamps the figures a library caches: bump it whenever Extract
// finds different figures in the same text, and libraries re-extract their
// articles in the background.
const Version = "2026-12-08.2"
