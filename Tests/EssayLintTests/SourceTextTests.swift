import XCTest
@testable import EssayLint

final class SourceTextTests: XCTestCase {
    func testLocationsCountScalarsAndBytes() throws {
        let text = "a🎉b\ncafé “x”\r\nlast\rend"
        let source = SourceText(string: text)
        let units = Array(text.utf16)
        // "b" after the emoji: column 3 (a, 🎉, b), byte 5 (1 + 4).
        let b = units.firstIndex(of: UInt16(UInt8(ascii: "b")))!
        XCTAssertEqual(source.location(of: b), SourceLocation(line: 1, column: 3, byteOffset: 5, utf16Offset: b))
        // "x" on line 2 after "café “": column 7, byte 5 + 1 + 6 (c a f é=2) ... computed independently.
        let x = units.firstIndex(of: UInt16(UInt8(ascii: "x")))!
        let expected = Support.expectedLocation(text, utf16Offset: x)
        XCTAssertEqual([source.location(of: x).line, source.location(of: x).column, source.location(of: x).byteOffset], [expected.line, expected.column, expected.byte])
        XCTAssertEqual(source.lineText(2), "café “x”")
        XCTAssertEqual(source.lineText(3), "last")
        XCTAssertEqual(source.lineText(4), "end")
        XCTAssertEqual(source.lineStarts.count, 4)
    }

    func testByteOrderMarkCountsInBytesNotColumns() throws {
        let source = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("ab".utf8))
        XCTAssertEqual(source.bomBytes, 3)
        XCTAssertEqual(source.location(of: 1), SourceLocation(line: 1, column: 2, byteOffset: 4, utf16Offset: 1))
    }

    func testUTF16WithByteOrderMarkIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "hé\nx".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let source = try SourceText(bytes: bytes)
        XCTAssertEqual(source.string(0..<source.count), "hé\nx")
        XCTAssertEqual(source.encoding, "UTF-16LE")
        XCTAssertEqual(source.location(of: 3), SourceLocation(line: 2, column: 1, byteOffset: 8, utf16Offset: 3))
    }

    func testInvalidUTF8NamesTheByteOffset() {
        XCTAssertThrowsError(try SourceText(bytes: Array("ok ".utf8) + [0xC3, 0x28])) { error in
            XCTAssertEqual(error as? InputError, .invalidEncoding("invalid UTF-8 at byte offset 3"))
        }
        XCTAssertThrowsError(try SourceText(bytes: [0xED, 0xA0, 0x80])) // an encoded surrogate
    }
}
