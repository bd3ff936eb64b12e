#!/bin/sh
# Installs what LatentLab needs to build, test and run on Debian 12 (bookworm). The tests
# read LatentLab's embeddings.h5ad back with anndata (python3-anndata), as a scanpy user would,
# and its training animations with ffprobe (ffmpeg) and ImageMagick. GIFs are written with
# giflib, MP4s with FFmpeg's libraries (Debian's libavcodec has libx264); the package's
# Depends on their runtime libraries come from dpkg-shlibdeps.
# Safe to run again: apt-get skips what is already there.
set -eu
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    cmake ninja-build g++ pkg-config \
    libeigen3-dev libspectra-dev libhdf5-dev zlib1g-dev libhnswlib-dev libigraph-dev \
    qt6-base-dev qt6-charts-dev qt6-datavisualization-dev qt6-declarative-dev libqt6svg6-dev \
    libqt6opengl6-dev \
    libgif-dev libavcodec-dev libavformat-dev libswscale-dev libavutil-dev \
    libgl1-mesa-dev libgl1-mesa-dri libglx-mesa0 fonts-dejavu-core \
    xvfb xauth poppler-utils ffmpeg imagemagick \
    python3-anndata \
    clang libclang-rt-14-dev libomp-dev >/dev/null
