import XCTest
@testable import EssayCore
@testable import EssayText
@testable import EssayDocuments
@testable import EssayProfiles
@testable import EssayStructure
@testable import EssayLanguage
@testable import EssayRules
@testable import EssayRubric
@testable import EssayReport
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

    /// The UTF-8 reading takes eight ASCII bytes at a time; line breaks,
    /// control characters and multi-byte characters at every offset of such a
    /// run must read as the one-by-one reading of the same text does.
    func testEightByteReadingMatchesTheDecodedString() throws {
        let pieces = ["a", "Bc", "word ", "\n", "\r\n", "\r", "\t", "\u{0B}", "\u{0D}x", "é", "’", "😀", "\u{7F}", "0123456789", "tails."]
        var generator = SeededGenerator(fixed: 0x5554_4638)
        for round in 0..<400 {
            var text = ""
            let count = round < 20 ? round : Int.random(in: 1...60, using: &generator)
            for _ in 0..<count { text += pieces.randomElement(using: &generator)! }
            let read = try SourceText(bytes: Array(text.utf8))
            let expected = SourceText(string: text)
            let why = "\(generator.label), round \(round): \(text.debugDescription)"
            XCTAssertEqual(read.utf16, Array(text.utf16), why)
            XCTAssertEqual(read.lineStarts, expected.lineStarts, why)
            XCTAssertEqual(read.lineStartBytes, expected.lineStartBytes, why)
        }
        // A break or a non-ASCII byte as the last of eight, and as the first.
        for k in 0..<10 {
            for odd in ["\n", "\r", "é", "\u{0D}\u{0A}"] {
                let text = String(repeating: "x", count: k) + odd + String(repeating: "y", count: 9)
                let read = try SourceText(bytes: Array(text.utf8))
                XCTAssertEqual(read.utf16, Array(text.utf16))
                XCTAssertEqual(read.lineStarts, SourceText(string: text).lineStarts, "\(text.debugDescription)")
            }
        }
    }

    /// The analysis text is made eight units at a time where no line break
    /// is among them: every mark and break at every offset must come out as
    /// the rule says (prose as is, markup as a word joiner, the rest as
    /// spaces, line breaks as U+000A except inside a block, where they are
    /// spaces).
    func testAnalysisTextMatchesTheUnitRule() {
        let alphabet: [UInt16] = [0x61, 0x20, 0x0A, 0x0D, 0x2028, 0x2029, 0xE9, 0x2A, 0x09]
        var generator = SeededGenerator(fixed: 0x414e_414c_5953_4953)
        for round in 0..<300 {
            let count = Int.random(in: 0...70, using: &generator)
            let units = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            var builder = AnalysisTextBuilder(units)
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                let a = Int.random(in: 0...count, using: &generator), b = Int.random(in: a...count, using: &generator)
                builder.mark(a..<b, [.prose, .markup, .nonProse].randomElement(using: &generator)!)
            }
            var blocks: [Range<Int>] = []
            if count > 0, Bool.random(using: &generator) {
                let a = Int.random(in: 0..<count, using: &generator), b = Int.random(in: (a + 1)...count, using: &generator)
                builder.mark(a..<b, .prose)
                if let r = builder.addBlock(.paragraph, a..<b) { blocks.append(r) }
            }
            let marks = builder.marks
            let document = builder.finish(path: "t.txt", format: .text, source: SourceText(string: SourceText.string(units)))
            for i in 0..<count {
                let u = units[i]
                var expected: UInt16 = marks[i] == .prose ? u : marks[i] == .markup ? Document.wordJoiner : 0x20
                if [0x0A, 0x0D, 0x2028, 0x2029].contains(u) { expected = blocks.contains { $0.contains(i) } ? 0x20 : 0x0A }
                XCTAssertEqual(document.analysisText[i], expected, "\(generator.label), round \(round): unit \(i) of \(units)")
            }
        }
    }
}
