#!/usr/bin/env bash
# Builds the .deb from this build tree (as scripts/package does) and checks what it
# holds: the programs, desktop entry, icon, AppStream metainfo, MIME type and manual
# pages, declared dependencies, valid metadata, and that the installed programs run.
# Usage: check_package.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
fail() { echo "check_package: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/cpack/oneteam_*_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no oneteam_VERSION_ARCH.deb was written"
echo "package: $(basename "$deb")"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | sort >"$work/contents"
echo "contents:"
sed 's/^/  /' "$work/contents"
for path in \
  /usr/bin/oneteam /usr/bin/oneteam-cli \
  /usr/share/applications/kr.go.aicommittee.OneTeam.desktop \
  /usr/share/icons/hicolor/scalable/apps/kr.go.aicommittee.OneTeam.svg \
  /usr/share/metainfo/kr.go.aicommittee.OneTeam.metainfo.xml \
  /usr/share/mime/packages/oneteam-vault.xml \
  /usr/share/man/man1/oneteam.1.gz /usr/share/man/man1/oneteam-cli.1.gz \
  /usr/share/doc/oneteam/copyright; do
  grep -qx "$path" "$work/contents" || fail "$path is missing from the package"
done
# Nothing of a build or a vault leaks into the package.
if grep -E '\.otvault$|/tests?/|CMakeFiles|\.a$|/include/' "$work/contents"; then
  fail "the package holds files that do not belong in it (above)"
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6widgets6 libqt6charts6 libqt6svg6 libssl3 libsqlite3-0 libxlsxwriter qt6-qpa-plugins \
  fonts-noto-cjk fonts-dejavu-core; do
  grep -q "$dep" <<<"$depends" || fail "Depends does not name $dep"
done
[ "$(dpkg-deb -f "$deb" Package)" = oneteam ] || fail "the package is not named oneteam"

dpkg-deb -x "$deb" "$work/root"
root=$work/root
desktop-file-validate "$root/usr/share/applications/kr.go.aicommittee.OneTeam.desktop" ||
  fail "the desktop entry is not valid"
appstreamcli validate --no-net "$root/usr/share/metainfo/kr.go.aicommittee.OneTeam.metainfo.xml" ||
  fail "the AppStream metainfo is not valid"
grep -q '^Exec=oneteam %f$' "$root/usr/share/applications/kr.go.aicommittee.OneTeam.desktop" ||
  fail "the desktop entry does not start oneteam with the file"
zcat "$root/usr/share/man/man1/oneteam-cli.1.gz" | grep -q '^\.TH ONETEAM-CLI 1' || fail "oneteam-cli.1 is not a manual page"
zcat "$root/usr/share/man/man1/oneteam-cli.1.gz" | grep -q 'recovery\\-key' || fail "oneteam-cli.1 lacks its commands"
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$root/usr/share/man/man1/oneteam-cli.1.gz" 2>/dev/null | grep -q "EXIT STATUS" ||
    fail "oneteam-cli.1 does not render"
fi

# The installed programs run from where the package puts them, with system libraries only.
for program in oneteam oneteam-cli; do
  if ldd "$root/usr/bin/$program" | grep -q 'not found'; then
    ldd "$root/usr/bin/$program" | grep 'not found'
    fail "$program needs a library that is not installed"
  fi
done
"$root/usr/bin/oneteam-cli" --version | grep -q "$(dpkg-deb -f "$deb" Version)" ||
  fail "the packaged oneteam-cli does not report the package version"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/oneteam" --snapshot "$work/shots" --lang ko >/dev/null 2>&1 ||
  fail "the packaged oneteam did not start"
[ -s "$work/shots/welcome.png" ] || fail "the packaged oneteam drew no welcome page"
echo "check_package: ok"
