import Foundation
import XCTest
@testable import EssayLint

/// Paths that are not regular files: named pipes, sockets and devices are
/// refused without being opened (a pipe opened for reading would wait for a
/// writer forever), symbolic link loops are told apart from broken links,
/// and a folder walk does not follow links back up. The other files of the
/// run are linted, the JSON stays valid, and the status is 2.
extension CLITests {
    /// A new empty folder; its path as the binary sees it.
    func emptyFolder(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    static let shortEssay = "## Knowledge of the Self\n\nOur partners share their goals.\n"

    /// Each file's path (relative to `folder`) and its error message (nil: linted).
    func errors(_ stdout: String, relativeTo folder: String) throws -> [[String?]] {
        let files = try XCTUnwrap(try json(stdout)["files"] as? [[String: Any]])
        return files.map { file in
            let path = (file["path"] as? String ?? "").replacingOccurrences(of: folder + "/", with: "")
            return [path, (file["error"] as? [String: Any])?["message"] as? String]
        }
    }

    func testNamedPipeAndSocketInAFolderAreRefusedUnopened() throws {
        let folder = try emptyFolder("special")
        try Data(CLITests.shortEssay.utf8).write(to: URL(fileURLWithPath: folder + "/essay.md"))
        XCTAssertEqual(mkfifo(folder + "/pipe.md", 0o600), 0, "mkfifo")
        // A socket's inode, as bind(2) leaves one (mknod may make sockets unprivileged).
        XCTAssertEqual(mknod(folder + "/socket.txt", S_IFSOCK | 0o600, 0), 0, "mknod")
        let r = try run(["--format", "json", "--fail-on", "never", folder], timeout: 60)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            essaylint: \(folder)/pipe.md: a named pipe (FIFO), not a file
            essaylint: \(folder)/socket.txt: a socket, not a file

            """)
        XCTAssertEqual(try errors(r.stdout, relativeTo: folder), [
            ["essay.md", nil], ["pipe.md", "a named pipe (FIFO), not a file"], ["socket.txt", "a socket, not a file"],
        ])
        let files = try XCTUnwrap(try json(r.stdout)["files"] as? [[String: Any]])
        XCTAssertEqual((files[0]["stats"] as? [String: Any])?["words"] as? Int, 9)
    }

    func testNamedPipeAndDeviceOnTheCommandLineAreRefusedUnopened() throws {
        let folder = try emptyFolder("fifo")
        let pipe = folder + "/draft.md"
        XCTAssertEqual(mkfifo(pipe, 0o600), 0, "mkfifo")
        let essay = folder + "/essay.md"
        try Data(CLITests.shortEssay.utf8).write(to: URL(fileURLWithPath: essay))
        let text = try run([pipe], timeout: 60)
        XCTAssertEqual(text.status, 2)
        XCTAssertEqual(text.stdout, "\(pipe): error: a named pipe (FIFO), not a file\n\n1 file: 0 errors, 0 warnings, 0 suggestions\n")
        XCTAssertEqual(text.stderr, "essaylint: \(pipe): a named pipe (FIFO), not a file\n")
        // /dev/null reads as empty and /dev/zero never ends: neither is read.
        let r = try run(["--format", "json", "--fail-on", "never", pipe, "/dev/null", essay, "/dev/zero"], timeout: 60)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            essaylint: \(pipe): a named pipe (FIFO), not a file
            essaylint: /dev/null: a character device, not a file
            essaylint: /dev/zero: a character device, not a file

            """)
        XCTAssertEqual(try errors(r.stdout, relativeTo: folder), [
            ["draft.md", "a named pipe (FIFO), not a file"], ["/dev/null", "a character device, not a file"],
            ["essay.md", nil], ["/dev/zero", "a character device, not a file"],
        ])
        XCTAssertEqual((try json(r.stdout)["summary"] as? [String: Int])?["files"], 4)
    }

    func testSymbolicLinkLoopIsNotABrokenLinkAndTheWalkEnds() throws {
        let folder = try emptyFolder("loop")
        let files = FileManager.default
        try Data(CLITests.shortEssay.utf8).write(to: URL(fileURLWithPath: folder + "/essay.md"))
        try files.createSymbolicLink(atPath: folder + "/loop-a.md", withDestinationPath: "loop-b.md")
        try files.createSymbolicLink(atPath: folder + "/loop-b.md", withDestinationPath: "loop-a.md")
        try files.createSymbolicLink(atPath: folder + "/gone.md", withDestinationPath: "missing.md")
        // Links back up the tree, with and without a lintable name: not followed.
        try files.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        try Data(CLITests.shortEssay.utf8).write(to: URL(fileURLWithPath: folder + "/sub/inner.md"))
        try files.createSymbolicLink(atPath: folder + "/sub/up", withDestinationPath: "..")
        try files.createSymbolicLink(atPath: folder + "/sub/here.md", withDestinationPath: ".")
        try files.createSymbolicLink(atPath: folder + "/sub/root", withDestinationPath: folder)
        let r = try run(["--format", "json", "--fail-on", "never", folder], timeout: 60)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            essaylint: \(folder)/gone.md: a broken symbolic link (to missing.md, which does not exist)
            essaylint: \(folder)/loop-a.md: a symbolic link loop (to loop-b.md: following it never reaches a file)
            essaylint: \(folder)/loop-b.md: a symbolic link loop (to loop-a.md: following it never reaches a file)

            """)
        XCTAssertEqual(try errors(r.stdout, relativeTo: folder), [
            ["essay.md", nil],
            ["gone.md", "a broken symbolic link (to missing.md, which does not exist)"],
            ["loop-a.md", "a symbolic link loop (to loop-b.md: following it never reaches a file)"],
            ["loop-b.md", "a symbolic link loop (to loop-a.md: following it never reaches a file)"],
            ["sub/inner.md", nil],
        ])
        // Named on the command line, and through a looping folder.
        let one = try run([folder + "/loop-a.md", folder + "/sub/up/sub/up/essay.md"], timeout: 60)
        XCTAssertEqual(one.status, 2)
        XCTAssertEqual(one.stderr, "essaylint: \(folder)/loop-a.md: a symbolic link loop (to loop-b.md: following it never reaches a file)\n")
        XCTAssertTrue(one.stdout.hasPrefix("\(folder)/loop-a.md: error: a symbolic link loop (to loop-b.md: following it never reaches a file)\n\n\(folder)/sub/up/sub/up/essay.md:"), one.stdout)
        try files.createSymbolicLink(atPath: folder + "/sub/self", withDestinationPath: "self")
        let inside = try run(["--format", "json", folder + "/sub/self/essay.md"], timeout: 60)
        XCTAssertEqual(inside.status, 2)
        XCTAssertEqual(inside.stderr, "essaylint: \(folder)/sub/self/essay.md: a symbolic link loop (following the path never reaches a file)\n")
    }
}
