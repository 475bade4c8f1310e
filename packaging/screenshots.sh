#!/usr/bin/env bash
# Drive the real window under Xvfb as a user would and take the README's screenshots:
# launch --demo on a fresh YZX_HOME, type a prompt, press Ctrl+Enter, capture three moments,
# continue the finished shot (its last frame becomes the first frame) and pick a last frame in
# the file dialog, let a job fail and show its story, then check with `yzx-desktop jobs --json`
# that the finished MP4s are listed.
# Needs: xvfb, xdotool, imagemagick (import). Usage: packaging/screenshots.sh [LANG] [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
LANGUAGE=${1:-en}
OUT=${2:-packaging/screenshots}
mkdir -p "$OUT"
HOME_DIR=$(mktemp -d)
export YZX_HOME=$HOME_DIR YZX_NO_KEYRING=1
mkdir -p "$HOME_DIR/config"
printf '{"language": "%s", "last_model": "veo_3_1-fast-fl"}' "$LANGUAGE" \
  > "$HOME_DIR/config/settings.json"
# A last frame to pick in the file dialog: a sunset over the sea.
.venv/bin/python - "$HOME_DIR/sunset.png" <<'PY'
import sys
from PIL import Image, ImageDraw
image = Image.new("RGB", (1280, 720))
draw = ImageDraw.Draw(image)
for y in range(720):
    t = y / 720
    colour = (255, int(140 + 80 * t), int(60 + 120 * t)) if y < 430 else (20, 60, int(120 + 60 * t))
    draw.line([(0, y), (1280, y)], fill=colour)
draw.ellipse([560, 330, 720, 490], fill=(255, 230, 150))
image.save(sys.argv[1])
PY
BIN=${YZX_BIN:-.venv/bin/yzx-desktop}

xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
  set -e
  "$0" --demo > "$1/app.log" 2>&1 &
  APP=$!
  for i in $(seq 50); do
    WIN=$(xdotool search --name "YZX Video Studio" 2>/dev/null | head -1) && [ -n "$WIN" ] && break
    sleep 0.2
  done
  sleep 2
  import -window root "$2/empty-$3.png"
  START=$(date +%s)
  xdotool type --delay 15 "A paper boat drifting on a calm lake at dawn, soft mist, 35mm film"
  xdotool key ctrl+Return
  sleep 2
  xdotool key ctrl+a
  xdotool type --delay 15 "Neon koi fish swimming through a rainy Shanghai street at night"
  xdotool key ctrl+Return
  sleep 3
  import -window root "$2/running-$3.png"
  for i in $(seq 60); do
    "${0%/*}/yzx-desktop" jobs --json | grep -q "\"state\": \"done\"" && break
    sleep 0.5
  done
  echo "first job done after $(( $(date +%s) - START )) s"
  sleep 6
  xdotool mousemove --window "$WIN" 700 185 click 1   # the older (first) job, second row
  sleep 3
  import -window root "$2/preview-$3.png"
  xdotool key ctrl+shift+n                              # continue this shot
  sleep 3
  xdotool mousemove --window "$WIN" 197 518 click 1     # the last-frame slot: a file dialog
  sleep 2
  xdotool type --delay 10 "$1/sunset.png"
  xdotool key Return
  sleep 2
  xdotool mousemove 0 0
  import -window root "$2/frames-$3.png"
  xdotool mousemove --window "$WIN" 190 200 click 1     # back in the prompt
  xdotool key ctrl+a
  xdotool type --delay 15 "A storm over the harbour, waves on the pier #fail"
  xdotool key ctrl+Return
  sleep 12                                              # the demo relay fails it
  xdotool mousemove --window "$WIN" 700 122 click 1     # the newest row: the failed job
  sleep 2
  xdotool mousemove 0 0
  import -window root "$2/failed-$3.png"
  kill $APP; wait $APP || true
' "$BIN" "$HOME_DIR" "$OUT" "$LANGUAGE"
"${BIN%/*}/yzx-desktop" jobs --json | grep -E '"(state|file_path)"'
rm -rf "$HOME_DIR"
