/// A profile or lexicon that could not be loaded.
public struct ResourceError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var message: String
    public var location: (line: Int, column: Int)?

    public init(file: String, message: String, location: (line: Int, column: Int)? = nil) {
        self.file = file
        self.message = message
        self.location = location
    }

    public var description: String {
        if let l = location { return "\(file):\(l.line):\(l.column): \(message)" }
        return "\(file): \(message)"
    }
}
