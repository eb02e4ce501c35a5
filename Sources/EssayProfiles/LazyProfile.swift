import Foundation
import EssayCore

/// An embedded profile, decoded the first time it is asked for.
package final class LazyProfile: @unchecked Sendable {
    private let lock = NSLock()
    private let json: String
    package let origin: String
    /// The build's content vocabulary of the profile's criteria, as JSON.
    private let vocabularyJSON: String?
    /// The profile without its evidence phrases, and those phrases stemmed
    /// (`StemmedWordings`), as the build wrote them.
    private let lightJSON: String?
    private let stemmedJSON: String?
    private var decoded: Outcome?
    private var decodedFull: Outcome?
    private var decodedStemmed: StemmedWordings??
    private(set) var failure: String?

    private enum Outcome {
        case profile(CredentialProfile)
        case failed(String)
    }

    package init(json: String, origin: String, vocabulary: String? = nil, light: String? = nil, stemmed: String? = nil) {
        self.json = json
        self.origin = origin
        vocabularyJSON = vocabulary
        lightJSON = stemmed == nil ? nil : light
        stemmedJSON = light == nil ? nil : stemmed
    }

    /// The profile to lint with: without its evidence phrases when the
    /// build stemmed them, else whole.
    package var value: CredentialProfile? {
        lock.lock(); defer { lock.unlock() }
        if decoded == nil { decoded = decode(lightJSON ?? json) }
        return profile(decoded)
    }

    /// The profile with every field.
    package var full: CredentialProfile? {
        lock.lock(); defer { lock.unlock() }
        if lightJSON == nil {
            if decoded == nil { decoded = decode(json) }
            return profile(decoded)
        }
        if decodedFull == nil { decodedFull = decode(json) }
        return profile(decodedFull)
    }

    /// The build's stemmed evidence phrases, when it wrote them.
    package var stemmed: StemmedWordings? {
        lock.lock(); defer { lock.unlock() }
        if decodedStemmed == nil { decodedStemmed = .some(stemmedJSON.flatMap { try? Resources.decode(StemmedWordings.self, json: $0) }) }
        return decodedStemmed!
    }

    private func profile(_ outcome: Outcome?) -> CredentialProfile? {
        switch outcome {
        case .profile(let p): return p
        case .failed(let message): failure = message; return nil
        case nil: return nil
        }
    }

    private func decode(_ json: String) -> Outcome {
        do {
            var profile = try Resources.decode(CredentialProfile.self, json: json)
            if let vocabularyJSON, let vocabulary = try? Resources.decode(ContentVocabulary.self, json: vocabularyJSON),
               vocabulary.weights.count == profile.criteria.count, vocabulary.norms.count == profile.criteria.count {
                profile.vocabulary = vocabulary
            }
            return .profile(profile)
        } catch {
            return .failed(Resources.describe(error))
        }
    }
}

