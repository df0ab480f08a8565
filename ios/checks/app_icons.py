"""The disguises' app icons: each of the core's disguises has its icon in the asset
catalog, named alike in project.yml and in the Swift that switches to it, and each icon
is a picture iOS accepts (1024 px square, opaque)."""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# PNG colour type 2: red, green and blue, no alpha (App Store icons may not be transparent).
OPAQUE_RGB = 2
SIDE = 1024


def project_icons(project_yml: Path) -> tuple[str | None, set[str]]:
    """The app's own icon set and the alternate ones, as project.yml names them."""
    text = project_yml.read_text()
    primary = re.search(r"^\s*ASSETCATALOG_COMPILER_APPICON_NAME:\s*(\S+)\s*$", text, re.M)
    alternates = re.search(r"^\s*ASSETCATALOG_COMPILER_ALTERNATE_APPICON_NAMES:\s*(.+?)\s*$", text, re.M)
    return (primary.group(1) if primary else None, set(alternates.group(1).split()) if alternates else set())


def swift_icons(source: str) -> dict[str, str | None]:
    """Each disguise the Swift's `enum AppIcon` switches on, with its icon set (None: the app's own)."""
    start = source.index("enum AppIcon")
    body = source[start:]
    names = dict(re.findall(r'static let (\w+) = "(\w+)"', body))
    return {case: names.get(value) for case, value in re.findall(r"case \.(\w+): (\w+)", body)}


def icon_sets(catalog: Path) -> dict[str, Path]:
    return {folder.name.removesuffix(".appiconset"): folder for folder in sorted(catalog.glob("*.appiconset"))}


def png_problems(folder: Path) -> list[str]:
    """What iOS would refuse in one icon set: its one picture must be a 1024 px opaque PNG."""
    images = json.loads((folder / "Contents.json").read_text())["images"]
    if [image.get("size") for image in images] != [f"{SIDE}x{SIDE}"]:
        return [f"{folder.name} should list one {SIDE}x{SIDE} image, not {images}"]
    path = folder / images[0]["filename"]
    data = path.read_bytes()[:33]
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        return [f"{path.name} in {folder.name} is not a PNG"]
    width, height, _, colour = struct.unpack(">IIBB", data[16:26])
    problems = []
    if (width, height) != (SIDE, SIDE):
        problems.append(f"{folder.name}'s picture is {width}x{height}, not {SIDE}x{SIDE}")
    if colour != OPAQUE_RGB:
        problems.append(f"{folder.name}'s picture has PNG colour type {colour}; iOS wants opaque RGB (2)")
    return problems


def problems(disguises: set[str], swift: dict[str, str | None], primary: str | None, alternates: set[str],
             sets: dict[str, Path]) -> list[str]:
    found = []
    if set(swift) != disguises:
        found.append(f"AppIcon switches on {sorted(swift)}; the core's disguises are {sorted(disguises)}")
    named = {name for name in swift.values() if name is not None}
    if named != alternates:
        found.append(f"the Swift's icons {sorted(named)} are not project.yml's alternates {sorted(alternates)}")
    for name in sorted(({primary} if primary else set()) | alternates):
        if name not in sets:
            found.append(f"no {name}.appiconset in Assets.xcassets")
        else:
            found += png_problems(sets[name])
    if primary is None:
        found.append("project.yml names no app icon (ASSETCATALOG_COMPILER_APPICON_NAME)")
    return found
