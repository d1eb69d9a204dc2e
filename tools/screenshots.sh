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
Xvfb "$DISPLAY" -screen 0 1000x600x24 -nolisten tcp >/dev/null 2>&1 &
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

run xterm && shot xterm xterm -geometry 100x30+0+0 -fa 'DejaVu Sans Mono' -fs 10 -e "$BIN"
run xfce4-terminal && shot xfce4-terminal dbus-run-session -- xfce4-terminal --disable-server \
    --geometry 100x30+0+0 --hide-menubar --hide-toolbar -x "$BIN"
run mlterm && shot mlterm mlterm -g 100x30+0+0 --fontsize 13 -e "$BIN"
run mlterm-explicit && shot mlterm-explicit mlterm -g 100x30+0+0 --fontsize 13 -e "$BIN" --bidi explicit
# Forced logical order, as behind tmux or screen, where OSC 5379 does not reach mlterm.
run mlterm-terminal && shot mlterm-terminal mlterm -g 100x30+0+0 --fontsize 13 -e "$BIN" --bidi terminal
# Behind tmux (its own server, ended after): OSC 5379 does not pass, khabar says which settings fix it.
if run mlterm-tmux; then
    shot mlterm-tmux mlterm -g 100x30+0+0 --fontsize 13 -e \
        tmux -L khabar-shots -f /dev/null new-session "$BIN"
    tmux -L khabar-shots kill-server 2>/dev/null || true
fi
run konsole && shot konsole dbus-run-session -- konsole --nofork --hide-menubar \
    -p TerminalColumns=100 -p TerminalRows=30 -e "$BIN"
# khabar doctor in Konsole: line C (runs mode's order) is the one that reads right there.
run konsole-doctor && shot konsole-doctor dbus-run-session -- konsole --nofork --hide-menubar \
    -p TerminalColumns=100 -p TerminalRows=16 -e sh -c "\"\$0\" doctor; sleep 60" "$BIN"
exit 0
