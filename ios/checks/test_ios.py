"""The iOS checks that run without a Swift compiler (`cargo xtask ios-check`, and in
`cargo xtask test`): each test over the real project, and each proved to fail on a
broken input."""

from __future__ import annotations

import re
import shutil
import tempfile
import unittest
from pathlib import Path

import app_icons
import project
import swift_checks as checks

class Project:
    """The real bindings and code, read once."""

    bindings = checks.load_bindings(project.GENERATED)
    files = project.owned_swift()
    code = checks.read_code(files)
    apple = project.apple_names()


def uses(bindings: checks.Bindings, code: checks.Code | None = None) -> list[str]:
    return [str(p) for p in checks.check_uses(bindings, code or Project.code, Project.apple)]


def renamed_bindings(pattern: str, replacement: str) -> checks.Bindings:
    """The generated bindings with one declaration renamed, as a changed core would make them."""
    source = project.GENERATED.read_text()
    changed, count = re.subn(pattern, replacement, source)
    assert count > 0, f"{pattern} is not in the bindings"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "FamilyTimeCore.swift"
        path.write_text(changed)
        return checks.load_bindings(path)


def code_of(source: str) -> tuple[Path, checks.Code]:
    folder = Path(tempfile.mkdtemp())
    path = folder / "Broken.swift"
    path.write_text(source)
    return path, checks.read_code([path])


class SwiftParses(unittest.TestCase):
    def test_every_owned_swift_file_parses(self):
        self.assertGreater(len(Project.files), 25)
        errors = [str(e) for path, tree in Project.code.files.items() for e in checks.syntax_errors(path, tree)]
        self.assertEqual(errors, [])

    def test_a_syntax_error_is_reported_with_its_line(self):
        source = (project.IOS_SCREENS / "HomeScreen.swift").read_text()
        line = source[: source.index("Heading(words.title, big: true)")].count("\n") + 1
        broken = source.replace("Heading(words.title, big: true)", "Heading(words.title, big: true", 1)
        path, code = code_of(broken)
        errors = [str(e) for e in checks.syntax_errors(path, code.files[path])]
        self.assertEqual(errors, [f"{path}:{line}: Swift syntax error: missing )"])


class CoreNames(unittest.TestCase):
    def test_every_core_name_the_swift_uses_is_in_the_bindings(self):
        self.assertEqual(uses(Project.bindings), [])

    def test_the_bindings_are_read_whole(self):
        app = Project.bindings.types["FamilyTime"]
        self.assertIn("home", app.methods)
        self.assertEqual(app.methods["week"].labels, ["date"])
        self.assertIn("todayHeading", Project.bindings.types["HomeWords"].fields)
        self.assertIn("Offline", Project.bindings.types["FamilyTimeError"].cases)
        self.assertEqual(Project.bindings.types["KeyStore"].kind, "protocol")

    def assert_caught(self, pattern: str, replacement: str, expected: str, where: str) -> None:
        """Renaming `pattern` in the bindings gives a problem saying `expected`, in `where`."""
        problems = uses(renamed_bindings(pattern, replacement))
        self.assertTrue(any(expected in p and where in p for p in problems), problems)

    def test_a_renamed_core_method_fails(self):
        self.assert_caught(r"func home\(\)", "func homeScreen()", "FamilyTime has no member home ", "FamilyTimeRoot.swift")

    def test_a_renamed_record_field_fails(self):
        self.assert_caught(r"public var todayHeading: String", "public var todayTitle: String",
                           "HomeWords has no member todayHeading", "HomeScreen.swift")

    def test_a_renamed_enum_case_fails(self):
        self.assert_caught(r"\n    case notes\n", "\n    case notebook\n", "Place has no case notes", "AppModel.swift")

    def test_a_changed_argument_label_fails(self):
        self.assert_caught(r"func week\(date: NaiveDate\)", "func week(day: NaiveDate)", "takes (day:)",
                           "FamilyTimeRoot.swift")

    def test_a_renamed_platform_protocol_method_fails(self):
        self.assert_caught(r"func replaceAll\(reminders:", "func replaceEvery(reminders:",
                           "replaceEvery(reminders:)", "NotificationReminders.swift")

    def test_a_renamed_core_type_fails(self):
        self.assert_caught(r"\bstruct RightsView\b", "struct RightsScreenView", "RightsView is not in the generated bindings",
                           "RightsScreen.swift")

    def test_a_renamed_method_is_found_through_the_apps_own_types(self):
        # AppModel reads `let app = self.app`: the check follows the model's own members.
        self.assert_caught(r"func raiseUnsafe\(\)", "func raiseAlarm()", "FamilyTime has no member raiseUnsafe",
                           "AppModel.swift")

    def test_a_renamed_setting_is_found_through_a_closures_dollar_zero(self):
        # updateSettings { $0.reminderDetails = on }: $0 is the Settings its signature names.
        self.assert_caught(r"public var reminderDetails: Bool", "public var detailedReminders: Bool",
                           "Settings has no member reminderDetails", "ChoiceHolders.swift")

    def test_a_renamed_method_is_found_in_a_closure_the_apps_own_function_takes(self):
        # model.change { app in try app.turnLockOff() }: `app` is the FamilyTime that
        # change's closure parameter names.
        self.assert_caught(r"func turnLockOff\(\)", "func lockOff()", "FamilyTime has no member turnLockOff",
                           "PrivacyHolders.swift")

    def test_the_check_follows_most_core_values(self):
        # Each screen and holder writes its core types out; if that stopped, renames would
        # pass unseen. 379 member look-ups when this was written.
        self.assertGreater(checks.reach(Project.bindings, Project.code, Project.apple), 350)

    def test_a_misspelt_member_in_new_code_fails(self):
        path, code = code_of("import FamilyTimeCore\nstruct S {\n    let view: PersonView\n"
                             "    func f() -> String { view.words.person.nxt }\n}\n")
        self.assertEqual(uses(Project.bindings, code), [f"{path}:4: PersonWords has no member nxt in the generated "
                                                        "bindings"])


class Words(unittest.TestCase):
    def test_the_ios_app_has_no_words_of_its_own(self):
        problems = [str(p) for path, tree in Project.code.files.items() if path.name != "Package.swift"
                    for p in checks.swift_literals(path, tree)]
        self.assertEqual(problems, [])

    def test_a_word_in_swift_is_found(self):
        path, code = code_of('import SwiftUI\nstruct S: View {\n    var body: some View { Text("Hello") }\n}\n'
                             'enum Ids {\n    static let service = "app.familytime"\n'
                             '    static let shown = "\\(service) now"\n}\n')
        found = [(p.line, p.message.split(" in ")[0]) for p in checks.swift_literals(path, code.files[path])]
        self.assertEqual(found, [(3, 'a string literal "Hello"'), (7, 'a string literal "\\(service) now"')])

    def test_the_android_ui_has_no_words_of_its_own(self):
        found = [f"{Path(p.path).name}: {p.message}"
                 for path in sorted(project.ANDROID_UI.rglob("*.kt")) for p in checks.kotlin_literals(path)]
        self.assertEqual(found, [])

    def test_a_word_in_kotlin_is_found(self):
        folder = Path(tempfile.mkdtemp())
        path = folder / "Screen.kt"
        path.write_text('const val ID = "tell"\nfun S() { Text("Hello"); Text(name + ": "); Icon("#") }\n')
        found = [p.message.split(" in ")[0] for p in checks.kotlin_literals(path)]
        self.assertEqual(found, ['a string literal "Hello"', 'a string literal ": "'])


class ScreenParity(unittest.TestCase):
    def test_every_android_screen_has_its_ios_screen(self):
        android = checks.android_screens(project.ANDROID_SCREENS)
        ios = checks.ios_screens(project.IOS_SCREENS)
        self.assertGreaterEqual(len(android), 10)
        self.assertEqual(checks.parity(android, ios), [])
        for name in checks.ahead(android, ios):
            print(f"note: the iOS app has {name}, which the Android app does not have yet")

    def test_every_android_screens_events_are_the_ios_screens(self):
        android = checks.android_events(project.ANDROID_SCREENS)
        self.assertGreaterEqual(len(android), 4)
        self.assertEqual(checks.event_parity(android, checks.ios_events(project.IOS_UI)), [])

    def test_a_missing_event_fails(self):
        ios = checks.ios_events(project.IOS_UI)
        ios["CalendarEvent"] = ios["CalendarEvent"] - {"today"}
        self.assertEqual(checks.event_parity(checks.android_events(project.ANDROID_SCREENS), ios),
                         ["CalendarEvent differs: the iOS app lacks ['today'], and has [] the Android app lacks"])

    def test_a_missing_screen_fails(self):
        folder = Path(tempfile.mkdtemp())
        shutil.copytree(project.IOS_SCREENS, folder, dirs_exist_ok=True)
        (folder / "RightsScreen.swift").unlink()
        problems = checks.parity(checks.android_screens(project.ANDROID_SCREENS), checks.ios_screens(folder))
        self.assertEqual(problems, ["the Android app has RightsScreen (RightsScreen.kt); the iOS app has no RightsScreen"])


if __name__ == "__main__":
    unittest.main()


class AppIcons(unittest.TestCase):
    """Each disguise's icon: in the catalog, named alike in project.yml and the Swift."""

    def found(self, bindings: checks.Bindings | None = None, catalog: Path = project.ASSETS) -> list[str]:
        disguises = set((bindings or Project.bindings).types["Disguise"].cases)
        primary, alternates = app_icons.project_icons(project.PROJECT_YML)
        swift = app_icons.swift_icons(project.PHONE_HOST.read_text())
        return app_icons.problems(disguises, swift, primary, alternates, app_icons.icon_sets(catalog))

    def test_every_disguise_has_its_icon_and_every_icon_is_one_ios_takes(self):
        self.assertEqual(self.found(), [])

    def test_a_new_disguise_without_an_icon_fails(self):
        bindings = renamed_bindings(r"case planner\n", "case planner\n    case calculator\n")
        self.assertEqual(len(self.found(bindings)), 1)
        self.assertIn("calculator", self.found(bindings)[0])

    def test_a_transparent_or_missing_icon_fails(self):
        with tempfile.TemporaryDirectory() as folder:
            catalog = Path(folder) / "Assets.xcassets"
            shutil.copytree(project.ASSETS, catalog)
            picture = catalog / "AppIconNotes.appiconset/icon.png"
            data = bytearray(picture.read_bytes())
            data[25] = 6  # colour type 6: RGB with alpha
            picture.write_bytes(bytes(data))
            shutil.rmtree(catalog / "AppIconPlanner.appiconset")
            self.assertEqual(self.found(catalog=catalog), [
                "AppIconNotes.appiconset's picture has PNG colour type 6; iOS wants opaque RGB (2)",
                "no AppIconPlanner.appiconset in Assets.xcassets",
            ])
