import CEssayDocs
import EssayCore
import EssayText

/// Receives the events of a markup parse, in document order. Names are
/// qualified as written ("w:p"); HTML names are lower case.
package protocol MarkupHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String])
    func end(_ name: String)
    func text(_ text: String)
    /// Set by the handler to stop the parse; the parse then fails with it.
    var error: String? { get }
}

/// XML and HTML through libxml2's event parsers (the C target CEssayDocs):
/// no tree, no network, no external entities, no entity expansion, and a
/// DOCTYPE refused in XML.
package enum Markup {
    package enum Kind { case xml, html }

    private final class Box {
        package let handler: MarkupHandler
        package init(_ handler: MarkupHandler) { self.handler = handler }
    }

    private static func handler(_ context: UnsafeMutableRawPointer?) -> MarkupHandler {
        Unmanaged<Box>.fromOpaque(context!).takeUnretainedValue().handler
    }

    /// Parses the bytes; returns nil, or why they could not be parsed.
    package static func parse(_ bytes: UnsafeRawBufferPointer, as kind: Kind, into handler: MarkupHandler) -> String? {
        let box = Box(handler)
        var callbacks = cedocs_handler(
            context: Unmanaged.passUnretained(box).toOpaque(),
            start: { context, name, attributes in
                let h = Markup.handler(context)
                var dictionary: [String: String] = [:]
                if var p = attributes {
                    while let key = p[0], let value = p[1] {
                        dictionary[String(cString: key)] = String(cString: value)
                        p += 2
                    }
                }
                h.start(String(cString: name!), dictionary)
                return h.error == nil ? 0 : 1
            },
            end: { context, name in
                let h = Markup.handler(context)
                h.end(String(cString: name!))
                return h.error == nil ? 0 : 1
            },
            text: { context, bytes, length in
                let h = Markup.handler(context)
                let buffer = UnsafeRawBufferPointer(start: bytes, count: Int(length))
                h.text(String(decoding: buffer.bindMemory(to: UInt8.self), as: UTF8.self))
                return h.error == nil ? 0 : 1
            })
        var message = [CChar](repeating: 0, count: 256)
        let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        let status = withExtendedLifetime(box) {
            message.withUnsafeMutableBufferPointer { out in
                switch kind {
                case .xml: cedocs_parse_xml(base, bytes.count, &callbacks, out.baseAddress, out.count)
                case .html: cedocs_parse_html(base, bytes.count, &callbacks, out.baseAddress, out.count)
                }
            }
        }
        if let error = handler.error { return error }
        guard status != 0 else { return nil }
        return String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    package static func parse(_ bytes: [UInt8], as kind: Kind, into handler: MarkupHandler) -> String? {
        bytes.withUnsafeBytes { parse($0, as: kind, into: handler) }
    }
}
