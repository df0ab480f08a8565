import FamilyTimeCore

/// What the core asked of the phone, named in a platform failure's reason.
enum PlatformAction {
    case readSecret, saveSecret, scheduleSync, scheduleReminders, checkBiometrics, rememberBiometrics
}

/// Runs one platform operation for the core, turning the ways iOS reports failure into
/// the core's `PlatformError` naming what was being done, so the core can tell the child
/// something true and the app keeps running.
func platformCall<Result>(_ action: PlatformAction, _ operation: () throws -> Result) throws -> Result {
    do {
        return try operation()
    } catch let error as PlatformError {
        throw error
    } catch {
        throw PlatformError.Failed(reason: String(describing: (action, error)))
    }
}

/// A Keychain or system call that answered with a status other than success.
struct OSStatusError: Error {
    let status: Int32
}
