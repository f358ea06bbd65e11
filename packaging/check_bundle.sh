#!/usr/bin/env bash
# Smoke-test the PyInstaller one-folder bundle: build it (unless --no-build), then run it the way people do.
#
#   packaging/check_bundle.sh              build dist/brandjournal with packaging/brandjournal.spec, then check it
#   packaging/check_bundle.sh --no-build   check an existing dist/brandjournal (or BUNDLE=path/to/folder)
#
# Checks, all from a folder outside the repository and under QT_QPA_PLATFORM=offscreen:
#   --help and --version; `check` on a Markdown draft (compiled lexicons); `add` + `list` on a new encrypted
#   journal (sqlcipher3 native library, alembic migrations loaded by file path); --self-test on that journal
#   (window, Qt plugins, translations, one analysis), again on the xcb plugin under xvfb-run when installed;
#   keyring backends discoverable through entry points, and used end to end (journal key stored in the Secret
#   Service of a private gnome-keyring-daemon) when gnome-keyring and dbus are installed.
# Then prints the bundle size (du -sh) and the median start-up time of 5 runs of --self-test and of --help.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin/python}
BUNDLE=${BUNDLE:-$ROOT/dist/brandjournal}
RUNS=${RUNS:-5}

say() { printf 'check_bundle: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

if [ "${1:-}" != "--no-build" ]; then
    say "building translations and the bundle (a few minutes)"
    QT_QPA_PLATFORM=offscreen "$PY" -m brandjournal.ui.i18n --build >/dev/null
    "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
        packaging/brandjournal.spec
fi
EXE="$BUNDLE/brandjournal"
[ -x "$EXE" ] || fail "no executable at $EXE"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"  # nothing may be found through the source tree
export QT_QPA_PLATFORM=offscreen
export BRANDJOURNAL_DATA_DIR="$WORK/data"  # never the user's journal or settings
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring  # never the user's keychain (except the keyring check)
unset BRANDJOURNAL_JOURNAL PYTHONPATH PYTHONHOME

printf 'correct horse battery staple\n' > passphrase
printf '# Lancement\n\nNous proposons une solution innovante et disruptive pour nos clients.\n' > draft.md

say "--help / --version"
"$EXE" --help | grep -q "usage: brandjournal" || fail "--help"
[ "$("$EXE" --version)" = "brandjournal $("$PY" -c 'import brandjournal; print(brandjournal.__version__)')" ] \
    || fail "--version"

say "check draft.md"
set +e
"$EXE" check draft.md > check.out 2> check.err
status=$?
set -e
[ "$status" = 1 ] || { cat check.out check.err >&2; fail "check exited $status (expected 1: the draft has warnings)"; }
grep -q "« disruptive » is jargon" check.out || { cat check.out >&2; fail "check output"; }

say "add + list on a new encrypted journal"
J=(--journal "$WORK/x.db" --passphrase-file passphrase)
"$EXE" "${J[@]}" add draft.md > /dev/null || fail "add"
"$EXE" "${J[@]}" list | grep -q "Lancement" || fail "list"
head -c 16 "$WORK/x.db" | grep -q "SQLite format 3" && fail "the journal is not encrypted"

say "--self-test on that journal"
"$EXE" "${J[@]}" --self-test | tee selftest.out
grep -q "^BrandJournal self-test: OK (offscreen" selftest.out || fail "--self-test"
"$EXE" "${J[@]}" --lang fr --self-test | grep -q "OK (offscreen, fr)" || fail "--self-test --lang fr"

if command -v xvfb-run >/dev/null; then
    say "--self-test on a real X server (xcb platform plugin, under xvfb-run)"
    QT_QPA_PLATFORM=xcb xvfb-run -a "$EXE" "${J[@]}" --self-test | grep -q "OK (xcb" || fail "--self-test under xcb"
else
    say "xvfb-run not installed (Debian package xvfb): xcb check skipped"
fi

say "keyring backends (entry points) inside the bundle"
# keyring.backends.* are registered through entry points in keyring's metadata: without it only 'fail' exists.
for backend in SecretService kwallet libsecret chainer; do
    ls "$BUNDLE"/_internal/keyring-*.dist-info/entry_points.txt >/dev/null 2>&1 || fail "keyring metadata missing"
    grep -qi "keyring.backends.$backend\b" "$BUNDLE"/_internal/keyring-*.dist-info/entry_points.txt \
        || fail "entry point for $backend missing"
done
if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
    # End to end: a journal whose key lives in the Secret Service (no passphrase), read back by a second run.
    mkdir -p "$WORK/home"  # gnome-keyring-daemon keeps its keyring file under $HOME
    HOME="$WORK/home" timeout 120 dbus-run-session -- bash -c '
        set -e
        echo unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        unset PYTHON_KEYRING_BACKEND
        "$0" --journal "$1/k.db" add "$1/draft.md" >/dev/null
        "$0" --journal "$1/k.db" list | grep -q Lancement
    ' "$EXE" "$WORK" || fail "journal with its key in the Secret Service (keyring inside the bundle)"
    say "keyring: SecretService backend stored and read the journal key"
else
    say "keyring: gnome-keyring-daemon/dbus-run-session not installed, end-to-end keychain check skipped"
fi

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
timed() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
if command -v bc >/dev/null; then
    selftest=$(for _ in $(seq "$RUNS"); do timed "$EXE" "${J[@]}" --self-test; done | median)
    help=$(for _ in $(seq "$RUNS"); do timed "$EXE" --help; done | median)
    say "start-up, median of $RUNS: --self-test ${selftest} s, --help ${help} s"
else
    say "bc not installed: timings skipped"
fi
say "size: $(du -sh "$BUNDLE" | cut -f1) ($BUNDLE)"
say "OK"
