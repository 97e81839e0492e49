#!/bin/sh
# Regenerate the committed PNG icons from the hand-written SVGs (needs rsvg-convert:
# `apt-get install librsvg2-bin`). 16 and 32 px come from the pixel-fitted
# parallax-small.svg (16 px without the text lines); the rest from parallax.svg.
set -eu
cd "$(dirname "$0")"
for size in 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" parallax.svg -o "parallax-$size.png"
done
rsvg-convert -w 32 -h 32 parallax-small.svg -o parallax-32.png
tmp=$(mktemp)
sed '/<g id="text-lines"/,/<\/g>/d' parallax-small.svg >"$tmp"
rsvg-convert -w 16 -h 16 "$tmp" -o parallax-16.png
rm -f "$tmp"
