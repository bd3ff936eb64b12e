#!/bin/sh
# Re-renders the PNG icon sizes from resources/icons/latentlab.svg (ImageMagick with an SVG
# delegate). The PNGs are checked in so a package build needs no image tools.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    convert -background none -density 600 ../../resources/icons/latentlab.svg \
        -resize "${size}x${size}" -depth 8 "latentlab-$size.png"
done
