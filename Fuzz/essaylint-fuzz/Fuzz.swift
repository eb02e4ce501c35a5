// Fuzz targets for essaylint's readers and the whole lint pipeline.
//
// Built with libFuzzer and the address sanitizer by `Fuzz/run.sh`
// (ESSAYLINT_FUZZ=1 makes Package.swift instrument the library and link
// libFuzzer here); the target is chosen with ESSAYLINT_FUZZ_TARGET
// (markdown, text, docx, odt, html, lint). Built normally, this is a replay
// driver: `essaylint-fuzz TARGET FILE…` runs the same code on saved inputs.
import EssayDocuments
import EssayLint
import EssayReport
import Foundation

let linter = try! Linter.embedded()

func fuzzOne(_ target: String, _ bytes: [UInt8]) {
    switch target {
    case "markdown": _ = try? Readers.read(bytes: bytes, path: "f.md", format: .markdown)
    case "text": _ = try? Readers.read(bytes: bytes, path: "f.txt", format: .text)
    case "docx": _ = try? Readers.read(bytes: bytes, path: "f.docx", format: .docx)
    case "odt": _ = try? Readers.read(bytes: bytes, path: "f.odt", format: .odt)
    case "html": _ = try? Readers.read(bytes: bytes, path: "f.html", format: .html)
    default:
        // The whole pipeline: detection, every rule, both reporters.
        let format: DocumentFormat = bytes.first.map { $0 % 2 == 0 } == true ? .markdown : .text
        let report = linter.lint(bytes: bytes, path: "f", format: format, options: LintOptions(profile: nil, part: nil))
        _ = JSONReporter().render(Report(files: [report]), version: "fuzz")
        _ = TextReporter(color: false).render(Report(files: [report]), version: "test")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let target = ProcessInfo.processInfo.environment["ESSAYLINT_FUZZ_TARGET"] ?? "lint"
    fuzzOne(target, Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// libFuzzer's driver, with its usual flags.
@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in LLVMFuzzerTestOneInput(data, size) })
    }
}
#else
/// Replay: essaylint-fuzz TARGET FILE…
@main
struct Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let target = arguments.first else { return }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            fuzzOne(target, Array(data))
            print("ok \(target) \(path)")
        }
    }
}
#endif
