import Foundation
import EssayCore

/// Why an input could not be linted, before any reader saw it. Its
/// `description` is the message a report's `error` carries.
public enum InputProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchFile
    /// A symbolic link to a path that does not exist.
    case brokenLink(target: String)
    /// A symbolic link that never reaches a file or a folder (it leads back
    /// to itself, or a path component does); the link's target when the
    /// path itself is the link.
    case linkLoop(target: String?)
    case folder
    case unreadableFolder
    /// A named pipe, a socket or a device: never opened, so it cannot block.
    case notAFile(SpecialFile)
    /// A regular file larger than the limit, by its size on disk.
    case fileTooLarge(size: Int, limit: Int)
    /// Input larger than the limit, by the bytes read.
    case inputTooLarge(size: Int, limit: Int)
    case unreadable
    case empty
    case onlyWhitespace
    case binary

    /// What a path is that is neither a regular file nor a folder.
    public enum SpecialFile: String, Sendable {
        case namedPipe, socket, characterDevice, blockDevice

        public var description: String {
            switch self {
            case .namedPipe: return "a named pipe (FIFO)"
            case .socket: return "a socket"
            case .characterDevice: return "a character device"
            case .blockDevice: return "a block device"
            }
        }
    }

    public var description: String {
        let limitHint = "(--max-file-size or maxFileSize in .essaylint.yml)"
        switch self {
        case .noSuchFile: return "no such file"
        case .brokenLink(let target): return "a broken symbolic link (to \(target), which does not exist)"
        case .linkLoop(let target?): return "a symbolic link loop (to \(target): following it never reaches a file)"
        case .linkLoop(nil): return "a symbolic link loop (following the path never reaches a file)"
        case .folder: return "is a folder, not a file"
        case .unreadableFolder: return "a folder that cannot be read (permission denied)"
        case .notAFile(let kind): return "\(kind.description), not a file"
        case .fileTooLarge(let size, let limit): return "the file is \(size) bytes, over the limit of \(limit) \(limitHint)"
        case .inputTooLarge(let size, let limit): return "the input is \(size) bytes, over the limit of \(limit) \(limitHint)"
        case .unreadable: return "cannot be read (permission denied?)"
        case .empty: return "the file is empty"
        case .onlyWhitespace: return "the file holds only whitespace"
        case .binary: return "a binary file, not text"
        }
    }
}

/// The checks every input passes before it is read as a document, and
/// reading a file so that no input can hang or exhaust memory.
public enum InputChecks {
    /// Why these bytes cannot be linted as `format`: more than `limit`
    /// bytes, empty, and (for formats that are text) binary or only
    /// whitespace. nil when they can.
    public static func problem(_ bytes: [UInt8], format: DocumentFormat, limit: Int) -> InputProblem? {
        if bytes.count > limit { return .inputTooLarge(size: bytes.count, limit: limit) }
        if format == .docx || format == .odt { return bytes.isEmpty ? .empty : nil }
        return problem(text: bytes)
    }

    /// Text inputs refused before reading: empty, binary, only whitespace.
    public static func problem(text bytes: [UInt8]) -> InputProblem? {
        if bytes.isEmpty { return .empty }
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if !utf16, bytes.prefix(8192).contains(0) { return .binary }
        if !utf16, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .onlyWhitespace }
        return nil
    }

    /// What kind of path this is, when it is not a regular file (nil for a
    /// regular file, following symbolic links). stat(2) and lstat(2):
    /// FileManager's attributes cost more, the first time, than linting an
    /// essay.
    public static func refusal(_ path: String, limit: Int) -> InputProblem? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let failure = errno
            let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
            if failure == ELOOP { return .linkLoop(target: target) }
            if let target { return .brokenLink(target: target) }
            return .noSuchFile
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return Int(info.st_size) > limit ? .fileTooLarge(size: Int(info.st_size), limit: limit) : nil
        case S_IFDIR:
            return access(path, R_OK | X_OK) != 0 ? .unreadableFolder : .folder
        default:
            return .notAFile(special(info.st_mode))
        }
    }

    private static func special(_ mode: mode_t) -> InputProblem.SpecialFile {
        switch mode & S_IFMT {
        case S_IFIFO: return .namedPipe
        case S_IFSOCK: return .socket
        case S_IFBLK: return .blockDevice
        default: return .characterDevice
        }
    }

    /// A regular file's bytes, or why it cannot be linted. Anything that is
    /// not a regular file is refused before it is opened; the file is opened
    /// without blocking and checked again (it may have been replaced
    /// meanwhile), then read by read(2) until its end or until more than
    /// `limit` bytes have come.
    public static func read(path: String, limit: Int) -> Result<[UInt8], InputProblem> {
        if let problem = refusal(path, limit: limit) { return .failure(problem) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { return .failure(.unreadable) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notAFile(special(info.st_mode))) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: min(max(Int(info.st_size) + 1, 4096), 1 << 20))
        while bytes.count <= limit {
            let n = Foundation.read(fd, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if n == 0 { break }
            if bytes.isEmpty && n == chunk.count { bytes.reserveCapacity(n * 2) }
            bytes.append(contentsOf: chunk[..<n])
        }
        return .success(bytes)
    }
}

/// Finds the lintable files below a folder. Symbolic links to folders are
/// not followed (so a link loop cannot keep the walk going); a symbolic link
/// with a lintable name is listed and checked when it is read.
enum FolderWalk {
    static let extensions: Set<String> = ["md", "markdown", "mdown", "mkd", "txt", "docx", "odt", "html", "htm"]

    static func files(in folder: String, include: [String], exclude: [String]) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") || name == "node_modules" {
                walker.skipDescendants()
                continue
            }
            // A folder that cannot be read is reported, not skipped in silence.
            let here = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: here, isDirectory: &isFolder), isFolder.boolValue,
               !FileManager.default.isReadableFile(atPath: here) || !FileManager.default.isExecutableFile(atPath: here) {
                out.append(here)
                continue
            }
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            if !include.isEmpty, !include.contains(where: { Configuration.glob($0, matches: relative) }) { continue }
            if exclude.contains(where: { Configuration.glob($0, matches: relative) }) { continue }
            let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue { continue }
            out.append(full)
        }
        return out.sorted()
    }
}
