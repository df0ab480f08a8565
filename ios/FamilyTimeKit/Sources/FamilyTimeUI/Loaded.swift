import FamilyTimeCore

/// A screen's view model as the core gives it.
public enum Loaded<Model> {
    case loading
    case ready(Model)
    /// The core's own words for what went wrong.
    case failed(String)
}

extension Loaded: Sendable where Model: Sendable {}

/// Runs a blocking core call off the main actor (the core reads its encrypted store), and
/// turns the core's error into its words.
func fromCore<Model: Sendable>(_ read: @escaping @Sendable () throws -> Model) async -> Loaded<Model> {
    do {
        return .ready(try await offMain(read))
    } catch let error as FamilyTimeError {
        return .failed(error.words)
    } catch {
        return .failed(String(describing: error))
    }
}

/// A blocking core call on a background thread.
func offMain<Result: Sendable>(_ call: @escaping @Sendable () throws -> Result) async throws -> Result {
    try await Task.detached(priority: .userInitiated, operation: call).value
}

extension FamilyTimeError {
    /// The core's sentence for the child; every case carries one.
    public var words: String {
        switch self {
        case .Offline(let message), .NotEnrolled(let message), .NoPlan(let message), .Refused(let message),
             .StorageFull(let message), .UpdateNeeded(let message), .CannotOpenStore(let message),
             .Platform(let message), .Internal(let message):
            return message
        }
    }
}
