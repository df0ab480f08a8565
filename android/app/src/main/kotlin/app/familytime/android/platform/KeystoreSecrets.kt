package app.familytime.android.platform

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import androidx.core.util.AtomicFile
import app.familytime.core.KeyStore
import java.io.File
import java.io.IOException
import java.security.GeneralSecurityException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The core's named secrets (the store's 32-byte key, the device's keys), each wrapped
 * with AES-GCM under one key that never leaves the Android Keystore. The wrapped bytes
 * live in no-backup storage, so neither a backup nor a new phone ever holds them, and
 * without this phone's Keystore they are useless anyway.
 */
class KeystoreSecrets(
    noBackupDir: File,
) : KeyStore {
    private val folder = File(noBackupDir, "keys")

    @Synchronized
    override fun load(name: String): ByteArray? =
        platformCall("read the secret $name") {
            val file = fileFor(name)
            if (!file.baseFile.exists()) return@platformCall null
            unwrap(name, file.readFully())
        }

    @Synchronized
    override fun save(
        name: String,
        secret: ByteArray,
    ) = platformCall("save the secret $name") {
        folder.mkdirs()
        val file = fileFor(name)
        val wrapped = wrap(name, secret)
        val out = file.startWrite()
        try {
            out.write(wrapped)
            // Synced to disk before returning: a store whose key is lost never opens.
            file.finishWrite(out)
        } catch (e: IOException) {
            file.failWrite(out)
            throw e
        }
    }

    /** One file per name; the name is hex-encoded so no name can reach another folder. */
    private fun fileFor(name: String): AtomicFile {
        val hex = name.toByteArray(Charsets.UTF_8).joinToString("") { "%02x".format(it) }
        return AtomicFile(File(folder, "$hex.wrapped"))
    }

    /** Format 1: the format byte, the 12-byte nonce, then ciphertext and tag. */
    private fun wrap(
        name: String,
        secret: ByteArray,
    ): ByteArray {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        // The Keystore chooses the nonce; a caller-chosen one is refused.
        cipher.init(Cipher.ENCRYPT_MODE, wrappingKey())
        // The name is bound in, so a wrapped secret cannot be passed off as another.
        cipher.updateAAD(name.toByteArray(Charsets.UTF_8))
        return byteArrayOf(FORMAT) + cipher.iv + cipher.doFinal(secret)
    }

    private fun unwrap(
        name: String,
        wrapped: ByteArray,
    ): ByteArray {
        if (wrapped.size < 1 + NONCE_BYTES || wrapped[0] != FORMAT) {
            throw GeneralSecurityException("the saved secret is not in a format this app knows")
        }
        val nonce = wrapped.copyOfRange(1, 1 + NONCE_BYTES)
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, wrappingKey(), GCMParameterSpec(TAG_BITS, nonce))
        cipher.updateAAD(name.toByteArray(Charsets.UTF_8))
        return cipher.doFinal(wrapped, 1 + NONCE_BYTES, wrapped.size - 1 - NONCE_BYTES)
    }

    private fun wrappingKey(): SecretKey {
        val keystore = java.security.KeyStore.getInstance(PROVIDER)
        keystore.load(null)
        (keystore.getKey(ALIAS, null) as SecretKey?)?.let { return it }
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER)
        generator.init(
            KeyGenParameterSpec
                .Builder(ALIAS, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                // No user authentication: reminders and background sync open the store
                // while the phone is locked, and many children's phones have no lock.
                .build(),
        )
        return generator.generateKey()
    }

    private companion object {
        const val PROVIDER = "AndroidKeyStore"
        const val ALIAS = "familytime-secrets"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val FORMAT: Byte = 1
        const val NONCE_BYTES = 12
        const val TAG_BITS = 128
    }
}
