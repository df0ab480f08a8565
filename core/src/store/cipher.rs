//! SQLCipher's crypto, in Rust instead of OpenSSL (docs/decisions.md, 91).
//!
//! SQLCipher is compiled with `SQLCIPHER_CRYPTO_CUSTOM=familytime_sqlcipher_crypto`
//! (.cargo/config.toml), so when it starts it asks [`familytime_sqlcipher_crypto`] for
//! its crypto: AES-256-CBC for the pages (RustCrypto's `aes` and `cbc`; ring has no CBC),
//! and HMAC, PBKDF2 and random bytes from ring, which the core carries anyway. The file
//! format is SQLCipher 4's own (AES-256-CBC, HMAC-SHA512, PBKDF2-HMAC-SHA512), so a store
//! written with OpenSSL opens here and the other way round (core/tests/store_format.rs).
//!
//! Everything here is called from C. Nothing may unwind into it, so each function that
//! does work answers SQLITE_ERROR if it fails or panics; SQLCipher then reports a page or
//! a key it could not use. No state is kept between calls, so any number of threads may
//! call at once.

use std::ffi::{CStr, c_char, c_int, c_void};
use std::num::NonZeroU32;
use std::panic::{UnwindSafe, catch_unwind};

use cbc::cipher::block_padding::NoPadding;
use cbc::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use ring::rand::SecureRandom;
use ring::{hmac, pbkdf2};
use rusqlite::ffi::{SQLITE_ERROR, SQLITE_OK};

/// `PRAGMA cipher_provider` answers this: tests read it to know this module is in use.
const NAME: &CStr = c"familytime-rust";
/// What OpenSSL calls the cipher, so `PRAGMA cipher` answers as it did.
const CIPHER: &CStr = c"AES-256-CBC";
const VERSION: &CStr = match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
    Ok(version) => version,
    Err(_) => panic!("the crate version has no NUL"),
};
const KEY_BYTES: usize = 32;
const IV_BYTES: usize = 16;
const BLOCK_BYTES: usize = 16;

/// SQLCipher's numbers for its HMAC and PBKDF2 digests (`SQLCIPHER_HMAC_SHA1`...).
const SHA1: c_int = 0;
const SHA256: c_int = 1;
const SHA512: c_int = 2;
/// SQLCipher's `SQLCIPHER_ENCRYPT` and `SQLCIPHER_DECRYPT`.
const ENCRYPT: c_int = 1;
const DECRYPT: c_int = 0;

type Aes256CbcEncrypt = cbc::Encryptor<aes::Aes256>;
type Aes256CbcDecrypt = cbc::Decryptor<aes::Aes256>;

/// SQLCipher's `sqlcipher_provider`, field for field.
#[repr(C)]
pub struct Provider {
    init: Option<unsafe extern "C" fn() -> c_int>,
    shutdown: Option<unsafe extern "C" fn()>,
    get_provider_name: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    add_random: Option<unsafe extern "C" fn(*mut c_void, *const c_void, c_int) -> c_int>,
    random: Option<unsafe extern "C" fn(*mut c_void, *mut c_void, c_int) -> c_int>,
    hmac: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const u8,
            c_int,
            *const u8,
            c_int,
            *const u8,
            c_int,
            *mut u8,
        ) -> c_int,
    >,
    kdf: Option<
        unsafe extern "C" fn(*mut c_void, c_int, *const u8, c_int, *const u8, c_int, c_int, c_int, *mut u8) -> c_int,
    >,
    cipher: Option<
        unsafe extern "C" fn(*mut c_void, c_int, *const u8, c_int, *const u8, *const u8, c_int, *mut u8) -> c_int,
    >,
    get_cipher: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    get_key_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_iv_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_block_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_hmac_sz: Option<unsafe extern "C" fn(*mut c_void, c_int) -> c_int>,
    ctx_init: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    ctx_free: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    fips_status: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_provider_version: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    /// SQLCipher's own list of providers; left as SQLCipher set it.
    next: *mut Provider,
}

/// Fills in SQLCipher's provider; SQLCipher calls it once, from `sqlcipher_extra_init`.
///
/// # Safety
/// `provider` is null or points to a `sqlcipher_provider` SQLCipher allocated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn familytime_sqlcipher_crypto(provider: *mut Provider) -> c_int {
    // SAFETY: SQLCipher passes its own, writable provider; null is refused.
    let Some(provider) = (unsafe { provider.as_mut() }) else { return SQLITE_ERROR };
    provider.init = None;
    provider.shutdown = None;
    provider.get_provider_name = Some(provider_name);
    provider.add_random = Some(add_random);
    provider.random = Some(random);
    provider.hmac = Some(hmac);
    provider.kdf = Some(kdf);
    provider.cipher = Some(cipher);
    provider.get_cipher = Some(cipher_name);
    provider.get_key_sz = Some(key_size);
    provider.get_iv_sz = Some(iv_size);
    provider.get_block_sz = Some(block_size);
    provider.get_hmac_sz = Some(hmac_size);
    provider.ctx_init = Some(context_init);
    provider.ctx_free = Some(context_free);
    provider.fips_status = Some(fips_status);
    provider.get_provider_version = Some(provider_version);
    SQLITE_OK
}

/// SQLITE_OK if `work` succeeds; SQLITE_ERROR if it fails or panics.
fn answer(work: impl FnOnce() -> Option<()> + UnwindSafe) -> c_int {
    match catch_unwind(work) {
        Ok(Some(())) => SQLITE_OK,
        Ok(None) | Err(_) => SQLITE_ERROR,
    }
}

/// The `length` bytes at `pointer`; None for a negative length or a null pointer with
/// bytes behind it.
///
/// # Safety
/// A non-null `pointer` must be valid for reads of `length` bytes for `'a`.
unsafe fn bytes<'a>(pointer: *const u8, length: c_int) -> Option<&'a [u8]> {
    let length = usize::try_from(length).ok()?;
    match (pointer.is_null(), length) {
        (_, 0) => Some(&[]),
        (true, _) => None,
        // SAFETY: the caller's promise.
        (false, length) => Some(unsafe { std::slice::from_raw_parts(pointer, length) }),
    }
}

/// As [`bytes`], writable.
///
/// # Safety
/// A non-null `pointer` must be valid for writes of `length` bytes for `'a`, and nothing
/// else may read or write them meanwhile.
unsafe fn bytes_mut<'a>(pointer: *mut u8, length: c_int) -> Option<&'a mut [u8]> {
    let length = usize::try_from(length).ok()?;
    match (pointer.is_null(), length) {
        (_, 0) => Some(&mut []),
        (true, _) => None,
        // SAFETY: the caller's promise.
        (false, length) => Some(unsafe { std::slice::from_raw_parts_mut(pointer, length) }),
    }
}

/// The system's random bytes; the operating system's generator needs no seeding.
unsafe extern "C" fn random(_context: *mut c_void, buffer: *mut c_void, length: c_int) -> c_int {
    answer(|| {
        // SAFETY: SQLCipher passes a buffer of `length` bytes it owns.
        let buffer = unsafe { bytes_mut(buffer.cast(), length) }?;
        ring::rand::SystemRandom::new().fill(buffer).ok()
    })
}

/// Extra entropy offered through `PRAGMA cipher_add_random`: the operating system's
/// generator takes none, so it is accepted and left unused.
unsafe extern "C" fn add_random(_context: *mut c_void, _buffer: *const c_void, _length: c_int) -> c_int {
    SQLITE_OK
}

fn hmac_algorithm(algorithm: c_int) -> Option<hmac::Algorithm> {
    match algorithm {
        SHA1 => Some(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY),
        SHA256 => Some(hmac::HMAC_SHA256),
        SHA512 => Some(hmac::HMAC_SHA512),
        _ => None,
    }
}

fn pbkdf2_algorithm(algorithm: c_int) -> Option<pbkdf2::Algorithm> {
    match algorithm {
        SHA1 => Some(pbkdf2::PBKDF2_HMAC_SHA1),
        SHA256 => Some(pbkdf2::PBKDF2_HMAC_SHA256),
        SHA512 => Some(pbkdf2::PBKDF2_HMAC_SHA512),
        _ => None,
    }
}

/// HMAC of `input` then `input2` (a page, then its number), written to `out`, which
/// SQLCipher sizes by [`hmac_size`].
#[allow(clippy::too_many_arguments)] // SQLCipher's signature
unsafe extern "C" fn hmac(
    _context: *mut c_void,
    algorithm: c_int,
    key: *const u8,
    key_size: c_int,
    input: *const u8,
    input_size: c_int,
    input2: *const u8,
    input2_size: c_int,
    out: *mut u8,
) -> c_int {
    answer(|| {
        let algorithm = hmac_algorithm(algorithm)?;
        // OpenSSL's provider refuses a missing input too.
        if input.is_null() {
            return None;
        }
        // SAFETY: SQLCipher passes buffers of the sizes it gives, and an `out` of the
        // digest's length.
        let (key, input) = unsafe { (bytes(key, key_size)?, bytes(input, input_size)?) };
        let mut signer = hmac::Context::with_key(&hmac::Key::new(algorithm, key));
        signer.update(input);
        if !input2.is_null() {
            // SAFETY: as above.
            signer.update(unsafe { bytes(input2, input2_size) }?);
        }
        let tag = signer.sign();
        // SAFETY: as above.
        let out = unsafe { bytes_mut(out, c_int::try_from(tag.as_ref().len()).ok()?) }?;
        out.copy_from_slice(tag.as_ref());
        Some(())
    })
}

/// PBKDF2 of `password` with `salt`: the page key from a passphrase, and the HMAC key
/// from the page key (two rounds) even when the store's key is given raw.
#[allow(clippy::too_many_arguments)] // SQLCipher's signature
unsafe extern "C" fn kdf(
    _context: *mut c_void,
    algorithm: c_int,
    password: *const u8,
    password_size: c_int,
    salt: *const u8,
    salt_size: c_int,
    rounds: c_int,
    key_size: c_int,
    key: *mut u8,
) -> c_int {
    answer(|| {
        let algorithm = pbkdf2_algorithm(algorithm)?;
        let rounds = NonZeroU32::new(u32::try_from(rounds).ok()?)?;
        // SAFETY: SQLCipher passes buffers of the sizes it gives.
        let (password, salt, key) =
            unsafe { (bytes(password, password_size)?, bytes(salt, salt_size)?, bytes_mut(key, key_size)?) };
        if key.is_empty() {
            return None;
        }
        pbkdf2::derive(algorithm, rounds, salt, password, key);
        Some(())
    })
}

/// AES-256-CBC without padding over whole blocks: `input` to `out`, which may be the
/// same buffer.
#[allow(clippy::too_many_arguments)] // SQLCipher's signature
unsafe extern "C" fn cipher(
    _context: *mut c_void,
    mode: c_int,
    key: *const u8,
    key_size: c_int,
    iv: *const u8,
    input: *const u8,
    size: c_int,
    out: *mut u8,
) -> c_int {
    answer(|| {
        let encrypt = match mode {
            ENCRYPT => true,
            DECRYPT => false,
            _ => return None,
        };
        let length = usize::try_from(size).ok()?;
        if input.is_null() || out.is_null() || length % BLOCK_BYTES != 0 {
            return None;
        }
        // SAFETY: SQLCipher passes a key of `key_size` bytes and an IV of [`iv_size`].
        let (key, iv) = unsafe { (bytes(key, key_size)?, bytes(iv, IV_BYTES as c_int)?) };
        let (key, iv) = (<&[u8; KEY_BYTES]>::try_from(key).ok()?, <&[u8; IV_BYTES]>::try_from(iv).ok()?);
        // SAFETY: `input` and `out` hold `size` bytes each and may overlap (copy is
        // memmove); afterwards only `out` is touched.
        let page = unsafe {
            std::ptr::copy(input, out, length);
            bytes_mut(out, size)?
        };
        if encrypt {
            Aes256CbcEncrypt::new(key.into(), iv.into()).encrypt_padded::<NoPadding>(page, length).ok()?;
        } else {
            Aes256CbcDecrypt::new(key.into(), iv.into()).decrypt_padded::<NoPadding>(page).ok()?;
        }
        Some(())
    })
}

unsafe extern "C" fn hmac_size(_context: *mut c_void, algorithm: c_int) -> c_int {
    hmac_algorithm(algorithm).map_or(0, |algorithm| algorithm.digest_algorithm().output_len() as c_int)
}

unsafe extern "C" fn key_size(_context: *mut c_void) -> c_int {
    KEY_BYTES as c_int
}

unsafe extern "C" fn iv_size(_context: *mut c_void) -> c_int {
    IV_BYTES as c_int
}

unsafe extern "C" fn block_size(_context: *mut c_void) -> c_int {
    BLOCK_BYTES as c_int
}

unsafe extern "C" fn provider_name(_context: *mut c_void) -> *const c_char {
    NAME.as_ptr()
}

unsafe extern "C" fn provider_version(_context: *mut c_void) -> *const c_char {
    VERSION.as_ptr()
}

unsafe extern "C" fn cipher_name(_context: *mut c_void) -> *const c_char {
    CIPHER.as_ptr()
}

/// Nothing is kept per connection, so there is no context to make or free.
unsafe extern "C" fn context_init(context: *mut *mut c_void) -> c_int {
    if !context.is_null() {
        // SAFETY: SQLCipher passes the address of its context pointer.
        unsafe { *context = std::ptr::null_mut() };
    }
    SQLITE_OK
}

unsafe extern "C" fn context_free(_context: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn fips_status(_context: *mut c_void) -> c_int {
    0
}

#[cfg(test)]
mod tests {
    use std::ptr::{null, null_mut};

    use super::*;

    /// NIST SP 800-38A, F.2.5 (CBC-AES256.Encrypt), its first two blocks.
    const NIST_KEY: &str = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4";
    const NIST_IV: &str = "000102030405060708090a0b0c0d0e0f";
    const NIST_PLAIN: &str = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51";
    const NIST_CIPHER: &str = "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d";

    fn unhex(text: &str) -> Vec<u8> {
        (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
    }

    fn run_cipher(mode: c_int, key: &[u8], iv: &[u8], input: &[u8], out: &mut [u8]) -> c_int {
        // SAFETY: every buffer holds the length passed with it.
        unsafe {
            cipher(
                null_mut(),
                mode,
                key.as_ptr(),
                key.len() as c_int,
                iv.as_ptr(),
                input.as_ptr(),
                input.len() as c_int,
                out.as_mut_ptr(),
            )
        }
    }

    #[test]
    fn pages_are_aes_256_cbc_as_nist_gives_it_both_ways_and_in_place() {
        let (key, iv, plain) = (unhex(NIST_KEY), unhex(NIST_IV), unhex(NIST_PLAIN));
        let mut out = vec![0u8; plain.len()];
        assert_eq!(run_cipher(ENCRYPT, &key, &iv, &plain, &mut out), SQLITE_OK);
        assert_eq!(out, unhex(NIST_CIPHER));
        let mut back = vec![0u8; plain.len()];
        assert_eq!(run_cipher(DECRYPT, &key, &iv, &out, &mut back), SQLITE_OK);
        assert_eq!(back, plain);
        // SQLCipher may hand the same buffer as input and output.
        let mut page = plain.clone();
        let pointer = page.as_mut_ptr();
        // SAFETY: `page` holds the 32 bytes passed, as input and as output.
        let code = unsafe { cipher(null_mut(), ENCRYPT, key.as_ptr(), 32, iv.as_ptr(), pointer, 32, pointer) };
        assert_eq!(code, SQLITE_OK);
        assert_eq!(page, unhex(NIST_CIPHER));
    }

    #[test]
    fn wrong_arguments_from_c_get_an_error_code_and_touch_nothing() {
        let (key, iv, plain) = (unhex(NIST_KEY), unhex(NIST_IV), unhex(NIST_PLAIN));
        let mut out = vec![0u8; plain.len()];
        // Not whole blocks, a short key, a mode SQLCipher does not have.
        assert_eq!(run_cipher(ENCRYPT, &key, &iv, &plain[..31], &mut out), SQLITE_ERROR);
        assert_eq!(run_cipher(ENCRYPT, &key[..16], &iv, &plain, &mut out), SQLITE_ERROR);
        assert_eq!(run_cipher(7, &key, &iv, &plain, &mut out), SQLITE_ERROR);
        assert_eq!(out, vec![0u8; plain.len()]);
        let mut mac = [0u8; 64];
        // SAFETY: every non-null buffer holds the length passed with it.
        unsafe {
            assert_eq!(
                cipher(null_mut(), ENCRYPT, key.as_ptr(), 32, iv.as_ptr(), null(), 32, out.as_mut_ptr()),
                SQLITE_ERROR
            );
            assert_eq!(
                hmac(null_mut(), 9, key.as_ptr(), 32, plain.as_ptr(), 32, null(), 0, mac.as_mut_ptr()),
                SQLITE_ERROR
            );
            assert_eq!(
                hmac(null_mut(), SHA512, key.as_ptr(), 32, null(), 0, null(), 0, mac.as_mut_ptr()),
                SQLITE_ERROR
            );
            assert_eq!(
                hmac(null_mut(), SHA512, key.as_ptr(), -1, plain.as_ptr(), 32, null(), 0, mac.as_mut_ptr()),
                SQLITE_ERROR
            );
            assert_eq!(
                kdf(null_mut(), SHA512, key.as_ptr(), 32, iv.as_ptr(), 16, 0, 32, mac.as_mut_ptr()),
                SQLITE_ERROR
            );
            assert_eq!(kdf(null_mut(), 9, key.as_ptr(), 32, iv.as_ptr(), 16, 2, 32, mac.as_mut_ptr()), SQLITE_ERROR);
            assert_eq!(
                kdf(null_mut(), SHA512, key.as_ptr(), 32, iv.as_ptr(), 16, 2, -32, mac.as_mut_ptr()),
                SQLITE_ERROR
            );
            assert_eq!(random(null_mut(), null_mut(), 16), SQLITE_ERROR);
            assert_eq!(hmac_size(null_mut(), 9), 0);
        }
        assert_eq!(mac, [0u8; 64]);
    }

    #[test]
    fn a_panic_becomes_an_error_code_instead_of_unwinding_into_c() {
        assert_eq!(answer(|| panic!("a deliberate panic in the provider")), SQLITE_ERROR);
    }

    #[test]
    fn the_sizes_are_sqlcipher_4s() {
        // SAFETY: none of these read their context.
        unsafe {
            assert_eq!((key_size(null_mut()), iv_size(null_mut()), block_size(null_mut())), (32, 16, 16));
            assert_eq!(
                (hmac_size(null_mut(), SHA1), hmac_size(null_mut(), SHA256), hmac_size(null_mut(), SHA512)),
                (20, 32, 64)
            );
        }
    }
}
