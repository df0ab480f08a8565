package app.familytime.android.platform

import app.familytime.core.PlatformException
import java.io.IOException
import java.security.GeneralSecurityException

/**
 * Runs one platform operation for the core, turning the ways Android reports failure
 * into the core's `PlatformException`, with what was being done, so the core can tell
 * the child something true and the shell keeps running.
 */
internal inline fun <T> platformCall(
    action: String,
    operation: () -> T,
): T =
    try {
        operation()
    } catch (e: GeneralSecurityException) {
        throw PlatformException.Failed("could not $action: ${e.message}")
    } catch (e: IOException) {
        throw PlatformException.Failed("could not $action: ${e.message}")
    } catch (e: RuntimeException) {
        throw PlatformException.Failed("could not $action: ${e.message}")
    }
