#!/usr/bin/env bash
# Runs the built binary (bin/zhibiao, or $ZHIBIAO) on special files that
# once hung it or ate memory, and prints pass or fail for each: /dev/zero,
# a FIFO nobody writes to, a symbolic link to /dev/zero, a folder. Each
# must be refused at once (exit 1, one line naming the file) within 10 s
# and under 200 MB. Exit status: the number of failures.
set -u
cd "$(dirname "$0")/.."
bin=${ZHIBIAO:-bin/zhibiao}
[ -x "$bin" ] || { echo "no $bin: build it with scripts/run.sh version"; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkfifo "$dir/fifo.txt"
ln -s /dev/zero "$dir/zero.txt"
mkdir "$dir/folder.txt"
fails=0
check() { # name, command...
	local name=$1; shift
	local out rc rss
	out=$( { /usr/bin/time -f '%M' timeout 10 "$@" >/dev/null; } 2>&1 )
	rc=$?
	rss=$(tail -n 1 <<<"$out")
	if [ "$rc" -eq 1 ] && [ "${rss:-999999}" -lt 204800 ]; then
		echo "pass  $name: $(head -n 1 <<<"$out") (${rss} KB)"
	else
		echo "FAIL  $name: exit $rc, ${rss} KB: $(head -n 1 <<<"$out")"
		fails=$((fails + 1))
	fi
}
for f in /dev/zero "$dir/fifo.txt" "$dir/zero.txt" "$dir/folder.txt"; do
	check "extract $f" "$bin" extract "$f"
	check "keywords $f" "$bin" keywords "$f"
	check "search -- $f" "$bin" search 生产 -- "$f"
done
exit "$fails"
