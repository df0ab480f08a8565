import Foundation
import FamilyTimeCore

/// The core's dates are days since 1 January 1970; these move between them and the
/// calendar's year, month and day, in UTC so no time zone shifts a day.
enum Days {
    private static let secondsADay: TimeInterval = 86_400

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    static func parts(of day: NaiveDate) -> (year: Int32, month: UInt32, day: Int) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date(day))
        return (Int32(parts.year ?? 1970), UInt32(parts.month ?? 1), parts.day ?? 1)
    }

    /// The first of the month `by` months after `year`/`month`.
    static func month(_ year: Int32, _ month: UInt32, movedBy by: Int) -> (year: Int32, month: UInt32) {
        let first = firstOf(year, month)
        let moved = calendar.date(byAdding: .month, value: by, to: date(first)) ?? date(first)
        return (parts(of: day(moved)).year, parts(of: day(moved)).month)
    }

    static func firstOf(_ year: Int32, _ month: UInt32) -> NaiveDate {
        let components = DateComponents(year: Int(year), month: Int(month), day: 1)
        return day(calendar.date(from: components) ?? Date(timeIntervalSince1970: 0))
    }

    private static func date(_ day: NaiveDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day) * secondsADay)
    }

    private static func day(_ date: Date) -> NaiveDate {
        NaiveDate((date.timeIntervalSince1970 / secondsADay).rounded(.down))
    }
}
