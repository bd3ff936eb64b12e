#!/bin/sh
# Builds the Debian package the way a release would (portable CPU flags, no tests), installs
# it into this machine with apt-get, and checks the installed programs and desktop files:
#   latentlab-cli --version, a tiny `latentlab-cli run`, and `latentlab --run
#   --quit-after-run` under Xvfb. Needs root (or sudo) and packaging/install-build-deps.sh.
#   packaging/test-install.sh [BUILD_DIR]          (default: build-package)
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build-package}
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends \
    appstream desktop-file-utils shared-mime-info >/dev/null

step() { printf '\n== %s\n' "$*"; }

step "validating desktop entry, AppStream metainfo and MIME type"
desktop-file-validate packaging/org.latentlab.LatentLab.desktop
appstreamcli validate --no-net --pedantic packaging/org.latentlab.LatentLab.metainfo.xml

step "building the package in $BUILD"
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLATENTLAB_NATIVE=OFF \
    -DLATENTLAB_BUILD_TESTS=OFF -DLATENTLAB_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD"
(cd "$BUILD" && cpack -G "DEB;TGZ" >/dev/null)
DEB=$(ls "$BUILD"/latentlab_*.deb)
TGZ=$(ls "$BUILD"/latentlab-*.tar.gz)
echo "built $DEB and $TGZ"
dpkg-deb --field "$DEB" Depends | grep -q 'libqt6core6' ||
    { echo "error: the package's Depends lacks Qt (dpkg-shlibdeps not run?)" >&2; exit 1; }
tar -tzf "$TGZ" | grep -q 'bin/latentlab-cli$' ||
    { echo "error: $TGZ has no bin/latentlab-cli" >&2; exit 1; }

step "installing $DEB"
$SUDO apt-get install -y -qq "./$DEB" >/dev/null
trap '$SUDO apt-get remove -y -qq latentlab >/dev/null 2>&1 || true' EXIT

step "checking the installed files"
for file in /usr/bin/latentlab /usr/bin/latentlab-cli \
    /usr/share/applications/org.latentlab.LatentLab.desktop \
    /usr/share/metainfo/org.latentlab.LatentLab.metainfo.xml \
    /usr/share/mime/packages/org.latentlab.LatentLab.xml \
    /usr/share/icons/hicolor/scalable/apps/org.latentlab.LatentLab.svg \
    /usr/share/icons/hicolor/48x48/apps/org.latentlab.LatentLab.png \
    /usr/share/doc/latentlab/copyright /usr/share/doc/latentlab/README.md; do
    [ -e "$file" ] || { echo "error: $file is not installed" >&2; exit 1; }
done
# Debian's machine-readable copyright format, naming the licence the metainfo names.
COPYRIGHT=/usr/share/doc/latentlab/copyright
head -n 1 "$COPYRIGHT" |
    grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    { echo "error: $COPYRIGHT is not in the DEP-5 format" >&2; exit 1; }
grep -qx 'License: GPL-3+' "$COPYRIGHT" && [ -e /usr/share/common-licenses/GPL-3 ] ||
    { echo "error: $COPYRIGHT does not license LatentLab as GPL-3+" >&2; exit 1; }
grep -q '<project_license>GPL-3.0-or-later</project_license>' \
    /usr/share/metainfo/org.latentlab.LatentLab.metainfo.xml ||
    { echo "error: the installed metainfo names no GPL-3.0-or-later licence" >&2; exit 1; }
update-mime-database /usr/share/mime
grep -q 'application/x-latentlab-session:\*\.latentlab' /usr/share/mime/globs2 ||
    { echo "error: *.latentlab is not registered as a MIME type" >&2; exit 1; }
update-desktop-database /usr/share/applications
grep -q 'application/x-latentlab-session=.*org.latentlab.LatentLab.desktop' \
    /usr/share/applications/mimeinfo.cache ||
    { echo "error: LatentLab does not open .latentlab files" >&2; exit 1; }
WORK=$(mktemp -d)

step "running the installed programs"
/usr/bin/latentlab-cli --version
/usr/bin/latentlab-cli run --set data.samples=600 --set autoencoder.epochs=3 \
    --set kmeans.n_init=2 --out "$WORK/run"
[ -s "$WORK/run/metrics.json" ] || { echo "error: no metrics.json from the installed CLI" >&2; exit 1; }
printf '{"data": {"samples": 600}, "autoencoder": {"epochs": 3}}\n' >"$WORK/tiny.json"
timeout 120 xvfb-run -a /usr/bin/latentlab --config "$WORK/tiny.json" --run \
    --export-dir "$WORK/gui" --quit-after-run
[ -s "$WORK/gui/metrics.json" ] || { echo "error: the installed GUI exported nothing" >&2; exit 1; }
rm -rf "$WORK"
step "package OK: $DEB"
