import Foundation
import Security
import FamilyTimeCore

/// The core's named secrets (the store's 32-byte key, the device's keys) as generic
/// passwords in the Keychain: readable after the first unlock since the phone started
/// (reminders and background refresh open the store while the phone is locked), on this
/// phone only, never synchronised to iCloud Keychain and never in a backup.
final class KeychainKeyStore: KeyStore {
    private static let service = "app.familytime.secrets"

    func load(name: String) throws -> Data? {
        try platformCall(.readSecret) {
            var query = Self.item(name)
            query[kSecReturnData as String] = true
            query[kSecMatchLimit as String] = kSecMatchLimitOne
            var found: CFTypeRef?
            let status = SecItemCopyMatching(query as CFDictionary, &found)
            if status == errSecItemNotFound { return nil }
            guard status == errSecSuccess else { throw OSStatusError(status: status) }
            return found as? Data
        }
    }

    func save(name: String, secret: Data) throws {
        try platformCall(.saveSecret) {
            let update: [String: Any] = [kSecValueData as String: secret]
            var status = SecItemUpdate(Self.item(name) as CFDictionary, update as CFDictionary)
            if status == errSecItemNotFound {
                var add = Self.item(name)
                add[kSecValueData as String] = secret
                status = SecItemAdd(add as CFDictionary, nil)
            }
            guard status == errSecSuccess else { throw OSStatusError(status: status) }
        }
    }

    /// One secret: this app's service, the secret's name, and where it may live.
    private static func item(_ name: String) -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: name,
            kSecAttrAccessible as String: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
            kSecAttrSynchronizable as String: kCFBooleanFalse as Any,
            kSecUseDataProtectionKeychain as String: true,
        ]
    }
}
