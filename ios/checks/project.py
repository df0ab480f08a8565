"""Where the checks find the project's files."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(os.environ.get("FAMILYTIME_REPO", Path(__file__).resolve().parents[2]))
IOS = REPO / "ios"
GENERATED = IOS / "Generated" / "FamilyTimeCore.swift"
IOS_UI = IOS / "FamilyTimeKit/Sources/FamilyTimeUI"
IOS_SCREENS = IOS_UI / "Screens"
ANDROID_UI = REPO / "android/ui/src/main/kotlin/app/familytime/ui"
ANDROID_SCREENS = ANDROID_UI / "screens"
APPLE_NAMES = Path(__file__).with_name("apple_names.txt")
PROJECT_YML = IOS / "project.yml"
PHONE_HOST = IOS / "FamilyTime/PhoneHost.swift"
ASSETS = IOS / "FamilyTime/Assets.xcassets"
# Generated or built, never written by hand.
NOT_OWNED = ("Generated", "FamilyTimeKit/Sources/FamilyTimeCore", "FamilyTimeKit/.build")


def owned_swift() -> list[Path]:
    """Every Swift file the project writes by hand."""
    return sorted(
        path for path in IOS.rglob("*.swift")
        if not any(path.is_relative_to(IOS / part) for part in NOT_OWNED)
    )


def apple_names() -> set[str]:
    lines = APPLE_NAMES.read_text().splitlines()
    return {name for line in lines if not line.startswith("#") for name in line.split()}
