import XCTest
@testable import FamilyTimeUI

/// The core counts days from 1 January 1970; the calendar's moves must agree with it.
final class DaysTests: XCTestCase {
    /// 22 November 2026, the moment the reference pictures are drawn at.
    private let pinned: Int32 = 20_779

    func testADayIsReadAsItsYearMonthAndDay() {
        let parts = Days.parts(of: pinned)
        XCTAssertEqual(parts.year, 2026)
        XCTAssertEqual(parts.month, 11)
        XCTAssertEqual(parts.day, 22)
    }

    func testTheFirstOfAMonthIsTheCoresDay() {
        XCTAssertEqual(Days.firstOf(2026, 12), 20_788)
    }

    func testMovingOnFromDecemberIsJanuaryNextYear() {
        let next = Days.month(2026, 12, movedBy: 1)
        XCTAssertEqual(next.year, 2027)
        XCTAssertEqual(next.month, 1)
        XCTAssertEqual(Days.firstOf(next.year, next.month), 20_819)
    }
}
