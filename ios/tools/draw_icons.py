#!/usr/bin/env python3
"""Draws the iOS app icons (the app's own and the two disguises) as 1024 px opaque PNGs,
the same pictures as the Android launcher icons: two hearts, a notepad, a calendar page.
Drawn 4x larger and scaled down, so edges are smooth. Needs Pillow (not the checks'):

    python3 -m venv /tmp/icons && /tmp/icons/bin/pip install pillow
    /tmp/icons/bin/python ios/tools/draw_icons.py ios/FamilyTime/Assets.xcassets

The names are project.yml's icon settings and AppIcon in PhoneHost.swift (ios/checks
compares them, and checks each icon is a 1024 px opaque PNG)."""
import json
import math
import sys
from pathlib import Path
from PIL import Image, ImageDraw

SIZE, SS = 1024, 4
# The Android icons' 108-unit viewport, cropped to its middle 72 units: full-bleed on iOS.
ORIGIN, SPAN = 18, 72

def unit(v):
    return (v - ORIGIN) * SIZE * SS / SPAN

def rgb(hex_):
    return tuple(int(hex_[i:i + 2], 16) for i in (0, 2, 4))

def canvas(background):
    image = Image.new("RGB", (SIZE * SS, SIZE * SS), rgb(background))
    return image, ImageDraw.Draw(image)

def rect(draw, x0, y0, x1, y1, fill, radius=0):
    box = [unit(x0), unit(y0), unit(x1), unit(y1)]
    if radius:
        draw.rounded_rectangle(box, radius=radius * SIZE * SS / SPAN, fill=rgb(fill))
    else:
        draw.rectangle(box, fill=rgb(fill))

def heart(draw, cx, top, width, fill):
    """A heart whose top dip is at (cx, top), `width` units across."""
    points = []
    for step in range(720):
        t = 2 * math.pi * step / 720
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((unit(cx + x * width / 32), unit(top + (5 - y) * width / 32)))
    draw.polygon(points, fill=rgb(fill))

def family_time():
    image, draw = canvas("2E6B5E")
    heart(draw, 44, 43.9, 32, "FFFFFF")
    heart(draw, 66, 46.4, 24, "FFD166")
    return image

def notes():
    image, draw = canvas("E8A33D")
    rect(draw, 34, 32, 74, 78, "FFFFFF", radius=4)
    for y, end in ((44, 67), (52, 67), (60, 59)):
        rect(draw, 41, y, end, y + 3, "5F6B7A")
    return image

def planner():
    image, draw = canvas("8FA8C8")
    rect(draw, 32, 36, 76, 76, "FFFFFF", radius=4)
    rect(draw, 32, 36, 76, 46, "3D5A80", radius=4)
    rect(draw, 32, 42, 76, 46, "3D5A80")
    for x in (41, 63):
        rect(draw, x, 30, x + 4, 40, "3D5A80")
    for x, y in ((40, 52), (51, 52), (62, 52), (40, 62), (51, 62)):
        rect(draw, x, y, x + 6, y + 5, "3D5A80")
    return image

CONTENTS = {"images": [{"filename": "icon.png", "idiom": "universal", "platform": "ios", "size": "1024x1024"}],
            "info": {"author": "xcode", "version": 1}}

def main(catalog: Path):
    catalog.mkdir(parents=True, exist_ok=True)
    (catalog / "Contents.json").write_text(json.dumps({"info": {"author": "xcode", "version": 1}}, indent=2) + "\n")
    for name, draw in (("AppIcon", family_time), ("AppIconNotes", notes), ("AppIconPlanner", planner)):
        folder = catalog / f"{name}.appiconset"
        folder.mkdir(exist_ok=True)
        draw().resize((SIZE, SIZE), Image.LANCZOS).save(folder / "icon.png", optimize=True)
        (folder / "Contents.json").write_text(json.dumps(CONTENTS, indent=2) + "\n")

main(Path(sys.argv[1]))
