#!/bin/sh
# Officer Desk (Linux): add the program to the desktop's application menu for this user.
# Run it from the unpacked folder:  ./install-desktop-entry.sh   (undo: --remove)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/officer-desk.desktop" "$icons/officer-desk.png"
    echo "Officer Desk removed from the application menu (your data is untouched)."
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/officer-desk.png" "$icons/officer-desk.png"
# the menu entry runs this folder's program (quoted: the folder may hold spaces)
sed -e "s|^Exec=.*|Exec=\"$here/officer-desk\" gui %f|" \
    -e "s|^TryExec=.*|TryExec=$here/officer-desk|" \
    "$here/officer-desk.desktop" > "$apps/officer-desk.desktop"
chmod 644 "$apps/officer-desk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Officer Desk added to the application menu ($apps/officer-desk.desktop)."
