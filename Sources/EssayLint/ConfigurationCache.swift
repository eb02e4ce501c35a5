import Foundation
import EssayCore

/// The configurations a workspace's files use, and a linter for each set of
/// lexicon folders they name: the nearest `.essaylint.yml` is looked for
/// once per folder, each configuration file is loaded once (its error too),
/// and each set of folders is loaded into one `Linter`. Safe to use from any
/// thread: one lock guards the tables, and it is held while a file or a
/// folder is loaded, so nothing is loaded twice.
final class ConfigurationCache: @unchecked Sendable {
    /// A file's configuration settings and the linter of its lexicon folders.
    struct Setup: Sendable {
        var settings: Configuration.Settings
        var linter: Linter
    }

    /// The configuration named for every file, instead of the nearest one.
    let explicit: String?
    /// false: no configuration applies to any file.
    let enabled: Bool
    /// Extra lexicon folders for every file, after the configuration's own.
    let lexicons: [String]

    private let lock = NSLock()
    private var loaded: [String: Result<Configuration, ResourceError>] = [:]
    private var linters: [[String]: Result<Linter, ResourceError>] = [:]
    private var nearest: [String: String?] = [:]

    init(explicit: String?, enabled: Bool, lexicons: [String]) {
        self.explicit = explicit
        self.enabled = enabled
        self.lexicons = lexicons
    }

    /// A configuration file, loaded the first time it is asked for.
    func load(_ path: String) -> Result<Configuration, ResourceError> {
        lock.lock(); defer { lock.unlock() }
        return loadLocked(path)
    }

    private func loadLocked(_ path: String) -> Result<Configuration, ResourceError> {
        if let r = loaded[path] { return r }
        let r: Result<Configuration, ResourceError>
        do { r = .success(try Configuration.load(path)) } catch let e as ResourceError { r = .failure(e) } catch {
            r = .failure(ResourceError(file: path, message: "\(error)"))
        }
        loaded[path] = r
        return r
    }

    private func linterLocked(_ folders: [String]) -> Result<Linter, ResourceError> {
        if let l = linters[folders] { return l }
        let r: Result<Linter, ResourceError>
        do {
            r = .success(try Linter.with(lexiconFolders: folders))
        } catch let e as ResourceError { r = .failure(e) } catch { r = .failure(ResourceError(file: folders.joined(separator: ", "), message: "\(error)")) }
        linters[folders] = r
        Timing.mark("resources")
        return r
    }

    /// The nearest configuration file for a folder, looked for once.
    private func nearestLocked(_ folder: String) -> String? {
        if let cached = nearest[folder] { return cached }
        let found = Configuration.find(from: folder)
        nearest[folder] = found
        return found
    }

    /// The settings and linter for a file (which need not exist: its
    /// folder's configuration applies).
    func setup(for file: String) -> Result<Setup, ResourceError> {
        lock.lock(); defer { lock.unlock() }
        var configuration: Configuration?
        if enabled {
            let path: String?
            if let e = explicit {
                path = e
            } else {
                let folder = (file as NSString).deletingLastPathComponent
                path = nearestLocked(folder.isEmpty ? "." : folder)
            }
            if let p = path {
                switch loadLocked(p) {
                case .success(let c): configuration = c
                case .failure(let e): return .failure(e)
                }
            }
        }
        let extra = (configuration?.lexicons ?? []).map { folder in
            (folder as NSString).isAbsolutePath ? folder : configuration!.directory + "/" + folder
        }
        switch linterLocked(extra + lexicons) {
        case .failure(let e): return .failure(e)
        case .success(let l): return .success(Setup(settings: configuration?.settings(for: file) ?? Configuration.Settings(), linter: l))
        }
    }
}
