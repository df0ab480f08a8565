import XCTest
@testable import FamilyTimeUI

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
