import Foundation
import LocalAuthentication
import os
import FamilyTimeCore

/// The phone's Face ID or Touch ID for the core's lock. Biometrics only: the phone's own
/// passcode is not accepted, since someone else in the home may know it. Anything but
/// the owner confirmed is "no" or an error, and the core falls back to the PIN.
final class LocalBiometrics: Biometrics {
    func available() -> Bool {
        LAContext().canEvaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, error: nil)
    }

    /// Blocks until the child has looked or touched: the core calls this off the main
    /// thread, and LocalAuthentication answers on a queue of its own.
    func authenticate(reason: String) throws -> Bool {
        let context = LAContext()
        // No "Enter Password" button: the way round is the app's own PIN.
        context.localizedFallbackTitle = String()
        let answered = DispatchSemaphore(value: 0)
        let outcome = OSAllocatedUnfairLock<Result<Bool, Error>>(initialState: .success(false))
        context.evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: reason) { confirmed, error in
            outcome.withLock { answer in
                if let error { answer = .failure(error) } else { answer = .success(confirmed) }
            }
            answered.signal()
        }
        answered.wait()
        return try platformCall(.checkBiometrics) {
            switch outcome.withLock({ $0 }) {
            case .success(let confirmed):
                return confirmed
            case .failure(let error as LAError) where Self.childChoseThePin.contains(error.code):
                return false
            case .failure(let error):
                throw error
            }
        }
    }

    /// Ways the check ends that are no fault: the child cancelled, chose the PIN, or was
    /// not recognised; the lock screen then asks for the PIN with no error.
    private static let childChoseThePin: Set<LAError.Code> = [
        .userCancel, .userFallback, .authenticationFailed, .systemCancel, .appCancel,
    ]
}
