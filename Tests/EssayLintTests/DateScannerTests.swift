@testable import EssayText
import XCTest

final class DateScannerTests: XCTestCase {
    /// A date without its year is in the latest year the text writes.
    func testAYearlessDateTakesTheTextsYear() throws {
        let dates = DateScanner.dates(in: "Photo 1 - September 9: families at the library.\nPhoto 2 - October 30 2026: the event.")
        XCTAssertEqual(dates.map(\.text), ["September 9", "October 30 2026"])
        XCTAssertEqual(dates[1].day - dates[0].day, 51)
        let leap = DateScanner.dates(in: "February 28 and March 1, 2024")
        XCTAssertEqual(leap[1].day - leap[0].day, 2, "2024 is a leap year")
    }

    func testAnExplicitDefaultYearWins() {
        let dates = DateScanner.dates(in: "February 28 and March 1", defaultYear: 2023)
        XCTAssertEqual(dates[1].day - dates[0].day, 1)
    }

    func testLatestYearReadsOnlyStandaloneYears() {
        XCTAssertEqual(DateScanner.latestYear(in: "In 2019 and again in 2024 (not 2150, not ab2030, not 20301)."), 2024)
        XCTAssertNil(DateScanner.latestYear(in: "No year here, 123 or 12345."))
    }

    /// The byte scan that rules a line out: a digit and every month name, in
    /// any case, as a whole word; a digit beside '/' or '-'; nothing else (its
    /// bit filter must let every month through and other words past it).
    func testMayHoldDateFindsEveryMonthAndOnlyThem() {
        for month in DateScanner.months.keys {
            for form in [month, month.uppercased(), month.prefix(1).uppercased() + month.dropFirst()] {
                XCTAssertTrue(DateScanner.mayHoldDate("we met on \(form) 3 and again"), form)
                XCTAssertTrue(DateScanner.mayHoldDate("4 \(form)"), form)
                XCTAssertFalse(DateScanner.mayHoldDate("we met on \(form) and again"), form + " without a digit")
                XCTAssertFalse(DateScanner.mayHoldDate("we met on \(form)s 3 and again"), form + "s")
                XCTAssertFalse(DateScanner.mayHoldDate("we met on x\(form) 3 and again"), "x" + form)
            }
        }
        XCTAssertTrue(DateScanner.mayHoldDate("on 3/4 at noon"))
        XCTAssertTrue(DateScanner.mayHoldDate("2025-03"))
        XCTAssertFalse(DateScanner.mayHoldDate("the families gathered at the library after school, 3 of them"))
        XCTAssertFalse(DateScanner.mayHoldDate("mayor marches decimal junior octopus novice 12"))
    }
}
