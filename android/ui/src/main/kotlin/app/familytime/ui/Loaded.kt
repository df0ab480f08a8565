package app.familytime.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.State
import androidx.compose.runtime.produceState
import app.familytime.core.FamilyTimeException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

/** A screen's view model as the core gives it, read off the main thread. */
sealed interface Loaded<out T> {
    data object Loading : Loaded<Nothing>
    data class Ready<T>(val view: T) : Loaded<T>
    /** The core's own words for what went wrong. */
    data class Failed(val message: String) : Loaded<Nothing>
}

/** Reads [read] again whenever [keys] change (a new route, or a refresh after a change). */
@Composable
fun <T> loadFromCore(vararg keys: Any?, read: () -> T): State<Loaded<T>> =
    produceState<Loaded<T>>(Loaded.Loading, *keys) {
        value = try {
            Loaded.Ready(withContext(Dispatchers.IO) { read() })
        } catch (e: FamilyTimeException) {
            Loaded.Failed(e.message ?: e.javaClass.simpleName)
        }
    }
