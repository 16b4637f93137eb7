#!/usr/bin/env bash
# Installs what Attest needs to build, run and test on Debian 12 / Ubuntu 22.04 or newer.
# Idempotent: when everything is present it changes nothing and needs no network.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev
    libgl-dev libxkbcommon-dev libssl-dev libldap-dev libxlsxwriter-dev zlib1g-dev
    slapd ldap-utils
    gnome-keyring dbus-daemon libsecret-1-0
    xvfb xauth fonts-dejavu-core
    poppler-utils qpdf
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed"
else
    echo "setup: installing ${missing[*]}"
    # Non-interactive: slapd's package configures itself with its defaults instead of asking for
    # an admin password. Its system service is not used; the tests start their own slapd from a
    # temporary folder on a free port.
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Ubuntu confines /usr/sbin/slapd (and slapadd, a link to it) with an AppArmor profile that
# forbids the temporary folders the test suite's slapd runs from. Allow exactly those folders
# through the profile's local override instead of disabling it; Debian ships no such profile.
profile=/etc/apparmor.d/usr.sbin.slapd
override=/etc/apparmor.d/local/usr.sbin.slapd
marker="# attest test suite"
if [ -f "$profile" ] && ! grep -qs "$marker" "$override"; then
    echo "setup: allowing slapd's AppArmor profile the test suite's temporary folders"
    tmp="${TMPDIR:-/tmp}"
    tmp="${tmp%/}"
    rules="$marker
/tmp/attest-slapd-*/ r,
/tmp/attest-slapd-*/** rwk,"
    if [ "$tmp" != /tmp ]; then
        rules="$rules
$tmp/attest-slapd-*/ r,
$tmp/attest-slapd-*/** rwk,"
    fi
    printf '%s\n' "$rules" | $sudo tee -a "$override" >/dev/null
    if command -v apparmor_parser >/dev/null && [ -d /sys/kernel/security/apparmor ]; then
        $sudo apparmor_parser -r -T -W "$profile" ||
            echo "setup: could not reload $profile; the slapd tests may fail until it is reloaded" >&2
    fi
fi
