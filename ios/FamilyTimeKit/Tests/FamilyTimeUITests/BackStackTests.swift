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
