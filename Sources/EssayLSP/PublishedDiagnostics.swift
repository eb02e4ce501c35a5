import Foundation

/// A document's `textDocument/publishDiagnostics` notifications as bytes.
/// Each diagnostic is encoded by the server's encoder once and kept while it
/// still stands: an edit moves only the diagnostics after it on its line,
/// and encoding every one again was a tenth of a warm re-lint's time. The
/// bytes are the same as the encoder makes for the whole notification (keys
/// sorted: `diagnostics`, `uri`, `version`), which a test checks.
struct PublishedDiagnostics {
    /// Where a diagnostic stands and what it is, without its message: a
    /// cheap key (hashing a long message costs more than encoding it).
    private struct Slot: Hashable {
        var range: LSPRange
        var severity: Int
        var code: String
        var source: String
    }

    /// The diagnostics last published, encoded; replaced on each publish,
    /// so it never holds more than the document's current ones.
    private var encoded: [Slot: [(message: [UInt8], bytes: [UInt8])]] = [:]

    mutating func notification(uri: String, version: Int?, _ diagnostics: [Diagnostic], encoder: JSONEncoder) throws -> [UInt8] {
        var kept: [Slot: [(message: [UInt8], bytes: [UInt8])]] = [:]
        kept.reserveCapacity(diagnostics.count)
        var body = Array(#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"diagnostics":["#.utf8)
        for (k, d) in diagnostics.enumerated() {
            let slot = Slot(range: d.range, severity: d.severity, code: d.code, source: d.source)
            let message = Array(d.message.utf8)
            let same = { (entry: (message: [UInt8], bytes: [UInt8])) in entry.message == message }
            let bytes: [UInt8]
            if let known = encoded[slot]?.first(where: same) ?? kept[slot]?.first(where: same) {
                bytes = known.bytes
            } else {
                bytes = Array(try encoder.encode(d))
            }
            kept[slot, default: []].append((message, bytes))
            if k > 0 { body.append(UInt8(ascii: ",")) }
            body += bytes
        }
        body += Array(#"],"uri":"#.utf8)
        body += try Array(encoder.encode(uri))
        if let version { body += Array(#","version":\#(version)"#.utf8) }
        body += Array("}}".utf8)
        encoded = kept
        return body
    }
}
