#!/usr/bin/env bash
# Makes tests/fixtures/fribidi_terminal/seed_body.tsv, the reference of
# tests/it/pty_bidi_modes.rs: the lines khabar writes in logical-order mode (`--bidi
# terminal`, recorded by the test itself) and, after a tab, GNU FriBidi's visual order of each
# (what a terminal that reorders shows), with base direction RTL.
#
# The fribidi tool also shapes (Arabic presentation forms; a lam-alef ligature leaves a
# U+FEFF where its lam was); the test compares unshaped text, so the forms are mapped back
# (NFKC of the presentation-form blocks only, a ligature's letters in visual order, U+FEFF
# dropped). Needs: fribidi (Debian libfribidi-bin), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/fribidi_terminal/seed_body.tsv
rec=$(mktemp)
trap 'rm -f "$rec"' EXIT
mkdir -p "$(dirname "$out")"
: > "$out"
KHABAR_RECORD_LOGICAL=$rec cargo test -q --test it \
    pty_bidi_modes::logical_lines_sit_where_explicit_ones_do >/dev/null 2>&1 || true
[ -s "$rec" ] || { echo "the test recorded no lines" >&2; exit 1; }
grep -P '[\x{0590}-\x{08FF}]' "$rec" | sort -u | while IFS= read -r line; do
    visual=$(printf '%s\n' "$line" | fribidi --nopad --nobreak --rtl | python3 -c '
import sys, unicodedata
s = sys.stdin.read().rstrip("\n").replace("\ufeff", "")
out = []
for c in s:
    if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefc":
        out.append(unicodedata.normalize("NFKC", c)[::-1])
    else:
        out.append(c)
print("".join(out))')
    printf '%s\t%s\n' "$line" "$visual"
done > "$out"
echo "$out: $(wc -l < "$out") lines"
