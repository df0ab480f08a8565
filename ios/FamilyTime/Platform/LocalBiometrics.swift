import Foundation
import LocalAuthentication
import os
import FamilyTimeCore

/// The phone's Face ID or Touch ID for the core's lock. Biometrics only: the phone's own
/// passcode is not accepted, since someone else in the home may know it. Anything but
/// the owner confirmed is "no" or an error, and the core falls back to the PIN.
///
/// Someone who knows the passcode could add their own face or finger to the phone, so the
/// faces and fingers it knew when the child turned this on are remembered (the policy's
/// domain state, in the Keychain) and a check under any others answers `.enrolmentChanged`.
final class LocalBiometrics: Biometrics {
    private static let enrolment = "biometric-enrolment"
    private let secrets: KeychainKeyStore

    init(secrets: KeychainKeyStore) {
        self.secrets = secrets
    }

    func available() -> Bool {
        LAContext().canEvaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, error: nil)
    }

    func rememberEnrolment() throws {
        try platformCall(.rememberBiometrics) {
            let context = LAContext()
            var error: NSError?
            guard context.canEvaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, error: &error),
                  let state = context.evaluatedPolicyDomainState
            else { throw error ?? LAError(.biometryNotEnrolled) }
            try secrets.save(name: Self.enrolment, secret: state)
        }
    }

    /// Blocks until the child has looked or touched: the core calls this off the main
    /// thread, and LocalAuthentication answers on a queue of its own.
    func authenticate(reason: String) throws -> BiometricCheck {
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
            case .success(true):
                // The state after the check covers the face or finger that passed it.
                let known = try secrets.load(name: Self.enrolment)
                return known != nil && known == context.evaluatedPolicyDomainState ? .owner : .enrolmentChanged
            case .success(false):
                return .notConfirmed
            case .failure(let error as LAError) where Self.childChoseThePin.contains(error.code):
                return .notConfirmed
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
