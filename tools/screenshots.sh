#!/usr/bin/env bash
# Takes the screenshots of the README's terminal matrix again (issue 17): the release binary
# (`cargo build --release` first; or BIN=target/debug/khabar) on its bundled seed article in
# xterm, xfce4-terminal (VTE), mlterm (auto, forced explicit, forced terminal, behind tmux) and Konsole (and its `khabar doctor`), each under its own Xvfb, with `--bidi` as given (auto by default), into
# docs/terminals/NAME.png (kept small: 8 colours would lose the text, so a palette PNG).
#
# Needs (Debian): xvfb xterm mlterm konsole xfce4-terminal x11-apps imagemagick
#                 fonts-noto-core fonts-dejavu
# Usage: tools/screenshots.sh [TERMINAL...]   (default: all; WAIT=seconds before the shot)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$PWD/target/release/khabar}
# The bundled seed article, named: plain `khabar` with no store opens on the first-run note.
SEED=bundled:000_2a3d9ced42edd8a0.txt
OUT=docs/terminals
WAIT=${WAIT:-5}
CONVERT=${CONVERT:-convert}   # ImageMagick
[ -x "$BIN" ] || { echo "no $BIN: run cargo build --release" >&2; exit 1; }
mkdir -p "$OUT"

home=$(mktemp -d)
xvfb=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
# A clean home: no config, no store, so khabar opens its bundled articles.
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data
export XDG_RUNTIME_DIR=$home/run XDG_CACHE_HOME=$home/cache
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export DISPLAY=:77
Xvfb "$DISPLAY" -screen 0 1000x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1

# shot NAME COMMAND...: runs the terminal, waits, saves the screen, ends the terminal.
shot() {
    local name=$1
    shift
    # Its own process group, so the terminal and whatever it started end together.
    setsid "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$WAIT"
    xwd -root -silent | "$CONVERT" xwd:- -trim +repage -colors 64 "PNG8:$OUT/$name.png"
    kill -- -"$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 1
    echo "$OUT/$name.png: $(stat -c %s "$OUT/$name.png") bytes"
}

names=("$@")
run() { [ ${#names[@]} -eq 0 ] || [[ " ${names[*]} " == *" $1 "* ]]; }

run xterm && shot xterm xterm -geometry 100x30+0+0 -fa 'DejaVu Sans Mono' -fs 10 -e "$BIN" "$SEED"
run xfce4-terminal && shot xfce4-terminal dbus-run-session -- xfce4-terminal --disable-server \
    --geometry 100x30+0+0 --hide-menubar --hide-toolbar -x "$BIN" "$SEED"
run mlterm && shot mlterm mlterm -g 100x30+0+0 --fontsize 13 -e "$BIN" "$SEED"
run mlterm-explicit && shot mlterm-explicit mlterm -g 100x30+0+0 --fontsize 13 -e "$BIN" "$SEED" --bidi explicit
# Forced logical order, as behind tmux or screen, where OSC 5379 does not reach mlterm.
run mlterm-terminal && shot mlterm-terminal mlterm -g 100x30+0+0 --fontsize 13 -e "$BIN" "$SEED" --bidi terminal
# Behind tmux (its own server, ended after): OSC 5379 does not pass, khabar says which settings fix it.
if run mlterm-tmux; then
    shot mlterm-tmux mlterm -g 100x30+0+0 --fontsize 13 -e \
        tmux -L khabar-shots -f /dev/null new-session "$BIN $SEED"
    tmux -L khabar-shots kill-server 2>/dev/null || true
fi
run konsole && shot konsole dbus-run-session -- konsole --nofork --hide-menubar \
    -p TerminalColumns=100 -p TerminalRows=30 -e "$BIN" "$SEED"
# khabar doctor in Konsole: line C (runs mode's order) is the one that reads right there.
# (in Hebrew: its explanations in runs order, with brackets, which Konsole turns back).
run konsole-doctor && LANG=he_IL.UTF-8 shot konsole-doctor dbus-run-session -- konsole --nofork \
    --hide-menubar -p TerminalColumns=100 -p TerminalRows=19 -e sh -c "\"\$0\" doctor; sleep 60" "$BIN"
# The localised command line in xterm, in UTF-8 (LC_ALL=C.UTF-8: xterm falls back to Latin-1
# where the locale is not installed) and khabar in the language of LANG (LC_ALL unset for it):
# `khabar --help` in Arabic (its last 46 rows: options and examples), `khabar doctor` in Hebrew.
localised() { # localised NAME LANG ROWS ARGS...
    local name=$1 lang=$2 rows=$3
    shift 3
    LC_ALL=C.UTF-8 shot "$name" xterm -geometry "100x$rows+0+0" -fa 'DejaVu Sans Mono' -fs 10 \
        -e sh -c 'env -u LC_ALL LANG="$0" "$@"; sleep 60' "$lang" "$BIN" "$@"
}
run xterm-help-ar && localised xterm-help-ar ar_EG.UTF-8 46 --help
run xterm-doctor-he && localised xterm-doctor-he he_IL.UTF-8 19 doctor
exit 0
