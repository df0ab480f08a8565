import XCTest
@testable import FamilyTimeUI

final class BackStackTests: XCTestCase {
    func testTheFirstScreenIsNeverPopped() {
        var stack = BackStack(.home)
        XCTAssertFalse(stack.pop())
        XCTAssertEqual(stack.top, .home)
    }

    func testMovingWeekToWeekIsNotATrailBack() {
        var stack = BackStack(.home)
        stack.push(.week(day: 20_000))
        stack.replaceTop(.week(day: 20_007))
        XCTAssertEqual(stack.routes, [.home, .week(day: 20_007)])
    }

    func testTheMenuJumpsWithHomeUnderneath() {
        var stack = BackStack(.home)
        stack.push(.person(id: PersonIds.nan))
        stack.jump(to: .outbox, over: .home)
        XCTAssertEqual(stack.routes, [.home, .outbox])
    }

    func testPushingTheSameScreenTwiceKeepsOne() {
        var stack = BackStack(.home)
        stack.push(.rights)
        stack.push(.rights)
        XCTAssertEqual(stack.routes.count, 2)
    }
}

private enum PersonIds {
    static let nan = "nan"
}

final class ColourTests: XCTestCase {
    /// Decision 36: black or white on any plan colour is at least 4.5:1.
    func testInkOnEveryGreyIsReadable() {
        for level in stride(from: 0, through: 255, by: 5) {
            let grey = RGB(rgb: UInt32(level) * 0x010101)
            XCTAssertGreaterThanOrEqual(grey.contrast(with: grey.readableInk), 4.5)
        }
    }

    func testAPlanColourIsReadOnlyAsHashAndSixDigits() {
        XCTAssertEqual(RGB(plan: PlanColours.teal), RGB(rgb: 0x00_80_80))
        XCTAssertNil(RGB(plan: PlanColours.short))
    }
}

private enum PlanColours {
    static let teal = "#008080"
    static let short = "#0080"
}
