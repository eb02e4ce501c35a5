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

    /// Every offset of random texts (long lines, line breaks of each kind,
    /// letters of one to four UTF-8 bytes), read as UTF-8 with and without a
    /// byte order mark and as UTF-16: the location is the one counted from
    /// the text's start.
    func testEveryOffsetLocatesAsCountedFromTheStart() throws {
        var generator = SeededGenerator(fixed: 0x4C0C_A710)
        let pieces = ["a", "word ", "é", "“", "🎉", "\n", "\r\n", "\r", "ß", "中", " "]
        for round in 0..<40 {
            let length = Int.random(in: 0...400, using: &generator)
            var text = ""
            for _ in 0..<length {
                // Mostly one-byte letters, so that lines run past several checkpoints.
                text += Int.random(in: 0..<4, using: &generator) == 0 ? pieces.randomElement(using: &generator)! : "x"
            }
            let utf8 = try SourceText(bytes: Array(text.utf8))
            let bom = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
            var le: [UInt8] = [0xFF, 0xFE]
            for unit in text.utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            let utf16 = try SourceText(bytes: le)
            let units = Array(text.utf16)
            // (Not inside a surrogate pair, nor between the CR and LF of one line break.)
            for offset in 0...units.count where offset == units.count || !(units[offset] >= 0xDC00 && units[offset] < 0xE000)
                && !(offset > 0 && units[offset - 1] == 0x0D && units[offset] == 0x0A) {
                let expected = Support.expectedLocation(text, utf16Offset: offset)
                let want = SourceLocation(line: expected.line, column: expected.column, byteOffset: expected.byte, utf16Offset: offset)
                XCTAssertEqual(utf8.location(of: offset), want, "\(generator.label), round \(round), offset \(offset)")
                XCTAssertEqual(bom.location(of: offset), SourceLocation(line: want.line, column: want.column, byteOffset: want.byteOffset + 3, utf16Offset: offset),
                               "\(generator.label), round \(round), offset \(offset) after a byte order mark")
                let prefix = String(decoding: units[0..<offset], as: UTF16.self)
                XCTAssertEqual(utf16.location(of: offset).byteOffset, 2 + 2 * prefix.utf16.count, "\(generator.label), round \(round), offset \(offset) in UTF-16")
                XCTAssertEqual(utf16.location(of: offset).column, want.column, "\(generator.label), round \(round), offset \(offset) in UTF-16")
            }
        }
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

    /// Line breaks, control characters and multi-byte characters at every
    /// offset read as the standard library decodes the same text.
    func testUTF8ReadingMatchesTheDecodedString() throws {
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

    /// Bytes with every kind of ill-formed sequence (overlong, surrogate,
    /// past U+10FFFF, cut short, a stray continuation byte) are decoded or
    /// refused, at the same byte, as the standard library's decoder does.
    func testUTF8DecodingAgreesWithTheStandardLibrary() {
        func reference(_ bytes: [UInt8]) -> Result<[UInt16], InputError> {
            var input = bytes.makeIterator()
            var decoder = UTF8()
            var offset = 0
            var units: [UInt16] = []
            while true {
                switch decoder.decode(&input) {
                case .scalarValue(let scalar):
                    offset += UTF8.width(scalar)
                    units += UTF16.encode(scalar)!
                case .emptyInput:
                    return .success(units)
                case .error:
                    return .failure(.invalidEncoding("invalid UTF-8 at byte offset \(offset)"))
                }
            }
        }
        let pieces: [[UInt8]] = [[0x61], [0x0A], [0x0D], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xC0, 0x80], [0xC1, 0xBF],
                                 [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF],
                                 [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
                                 [0xF5, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xFE], [0xFF], [0xE2, 0x80], [0xF0, 0x9F, 0x98]]
        var generator = SeededGenerator(fixed: 0x0075_7466_38)
        var refused = 0
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            // Not a byte order mark (UTF-16's, or UTF-8's, which is dropped): those are read otherwise.
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.insert(0x61, at: 0) }
            let why = "\(generator.label), round \(round): \(bytes.map { String($0, radix: 16) })"
            switch reference(bytes) {
            case .success(let units):
                XCTAssertEqual(try? SourceText(bytes: bytes).utf16, units, why)
            case .failure(let error):
                refused += 1
                XCTAssertThrowsError(try SourceText(bytes: bytes), why) { XCTAssertEqual($0 as? InputError, error, why) }
            }
        }
        XCTAssertGreaterThan(refused, 500)
    }

    /// UTF-16 to UTF-8 (for strings, cmark and the language server) agrees
    /// with the standard library's decoding, lone surrogates as U+FFFD, and
    /// each byte's offset is the start of the unit it came from.
    func testUTF16ToUTF8AgreesWithTheStandardLibrary() {
        let pieces: [[UInt16]] = [[0x61], [0x0A], [0xE9], [0x2019], [0xD83D, 0xDE00], [0xD800], [0xDC00], [0xDBFF, 0xDFFF], [0xFFFD], [0x7FF], [0x800]]
        var generator = SeededGenerator(fixed: 0x7574_6631_36)
        for round in 0..<2000 {
            var units: [UInt16] = []
            for _ in 0..<Int.random(in: 0...10, using: &generator) { units += pieces.randomElement(using: &generator)! }
            let why = "\(generator.label), round \(round): \(units.map { String($0, radix: 16) })"
            let expected = String(decoding: units, as: UTF16.self)
            XCTAssertEqual(SourceText.string(units), expected, why)
            // Appended after a byte already there: offsets count from the first appended.
            var bytes: [UInt8] = [0x7A]
            var offsets = SourceText.UTF8Offsets()
            let prefix = [UInt16](repeating: 0x62, count: round % 3)
            SourceText.utf8((prefix + units)[prefix.count...], into: &bytes, offsets: &offsets, recordingOffsets: true)
            XCTAssertEqual(Array(bytes.dropFirst()), Array(expected.utf8), why)
            // Each byte's offset: where its scalar starts among the units; the end at the end.
            var starts: [Int] = []
            var k = 0
            for scalar in expected.unicodeScalars {
                starts += repeatElement(k, count: UTF8.width(scalar))
                k += scalar == "\u{FFFD}" && !(units[k] == 0xFFFD) ? 1 : UTF16.width(scalar)
            }
            starts.append(units.count)
            XCTAssertEqual((0..<bytes.count).map { offsets.unit(ofByte: $0) }, starts, why)
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

    /// The stemmer's every step, and where each stops for a stem too short.
    func testStemmerEndings() {
        let cases: [(String, String)] = [
            ("communities", "communiti"), ("community", "communiti"), ("classes", "class"), ("class", "class"),
            ("campus", "campus"), ("analysis", "analysis"), ("partners", "partner"), ("its", "its"), ("is", "is"),
            ("family's", "fami"), ("families'", "fami"), ("ties", "tie"), ("lies", "lie"), ("passes", "pass"),
            ("relations", "rel"), ("relation", "rel"), ("nation", "nation"), ("questions", "quest"), ("lion", "lion"),
            ("union", "union"), ("listening", "listen"), ("listenings", "listen"), ("sing", "sing"), ("bring", "bring"),
            ("resolving", "resolv"), ("resolved", "resolv"), ("used", "used"), ("shred", "shred"), ("engagement", "engag"),
            ("cement", "cement"), ("quickly", "quick"), ("fly", "fly"), ("only", "only"), ("assets", "asset"),
            ("strategies", "strategi"), ("'", ""), ("s", "s"), ("x's", "x"),
        ]
        for (word, stem) in cases { XCTAssertEqual(Terms.stem(word), stem, word) }
    }
}
