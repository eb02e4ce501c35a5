import EssayCore

/// GitHub Actions workflow commands, one a finding:
/// `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message`
/// (`::warning` and `::notice` for the other severities). Properties escape
/// `%`, CR, LF, `:` and `,`; the message escapes `%`, CR and LF. A file that
/// could not be linted is an `::error` on the file.
public struct GitHubReporter: Reporter {
    public init() {}

    public func begin(version: String) -> [UInt8] { [] }
    public func end(_ summary: RunSummary) -> [UInt8] { [] }

    public func file(_ report: FileReport, index: Int) -> [UInt8] {
        if let error = report.error {
            return Array("::error file=\(GitHubReporter.property(report.path)),title=essaylint::\(GitHubReporter.message(error))\n".utf8)
        }
        var out = ""
        for f in report.findings {
            let range = report.source?.range(f.range)
            let command: String
            switch f.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .suggestion: command = "notice"
            }
            let start = range?.start, end = range?.end
            out += "::\(command) file=\(GitHubReporter.property(report.path)),line=\(start?.line ?? 1),col=\(start?.column ?? 1)"
            out += ",endLine=\(end?.line ?? 1),endColumn=\(end?.column ?? 1),title=\(GitHubReporter.property(f.rule))"
            out += "::\(GitHubReporter.message(f.message))\n"
        }
        return Array(out.utf8)
    }

    /// A message: `%`, CR and LF escaped.
    public static func message(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A property value: as a message, and `:` and `,` escaped too.
    public static func property(_ text: String) -> String {
        message(text).replacingColonsAndCommas()
    }
}

extension String {
    fileprivate func replacingColonsAndCommas() -> String {
        var out = ""
        for c in unicodeScalars {
            switch c {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
