#!/bin/sh
# Rebuilds the small demo media committed under db/seed-media/. Run once by hand when they need to
# change (needs ffmpeg and espeak-ng); the seed itself only copies the committed files.
set -eu
out="$(dirname "$0")/../db/seed-media"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "testsrc2=size=320x180:rate=15" \
  -f lavfi -i "sine=frequency=440:beep_factor=4:sample_rate=44100" \
  -t 30 -c:v libx264 -profile:v baseline -pix_fmt yuv420p -preset veryslow -crf 34 \
  -c:a aac -b:a 32k -ac 1 -movflags +faststart "$out/lesson-video.mp4"

espeak-ng -v en-us -s 150 -w "$tmp/speech.wav" \
  "Welcome to this audio lesson. In the next few seconds we will review the three ideas from the \
last section. First, start with a small, working example. Second, change one thing at a time and \
observe the result. Third, write down what you learned in your own words. Pause here, try it \
yourself, and then continue with the next lesson."
ffmpeg -hide_banner -loglevel error -y -i "$tmp/speech.wav" \
  -af "apad=pad_dur=0.5" -c:a libmp3lame -b:a 48k -ac 1 -ar 22050 "$out/lesson-audio.mp3"

node "$(dirname "$0")/make-seed-handout.mjs" "$out/lesson-handout.pdf"
ls -l "$out"
