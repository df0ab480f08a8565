package app.familytime.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import app.familytime.core.FamilyTime
import app.familytime.core.FamilyTimeException
import app.familytime.core.Feeling
import app.familytime.ui.navigation.BackStack
import app.familytime.ui.navigation.Route
import app.familytime.ui.screens.CheckInEvent
import app.familytime.ui.screens.CheckInScreen
import app.familytime.ui.screens.ShareEvent
import app.familytime.ui.screens.ShareScreen
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.launch

/** The draft a shared check-in becomes: kept apart from the one the child is writing on Tell. */
const val SHARE_DRAFT_ID = "share"

/** A check-in: the face and words the child picks are theirs until saved, privately, on the phone. */
@Composable
internal fun CheckInHolder(route: Route.CheckIn, app: FamilyTime, stack: BackStack, changed: Int, scope: CoroutineScope, onChanged: () -> Unit) {
    var picked by remember(route) { mutableStateOf<Feeling?>(null) }
    var typed by remember(route) { mutableStateOf<String?>(null) }
    Holder(route, changed, read = { app.checkInScreen(route.session, route.moment) }) { view ->
        if (view == null) return@Holder
        val feeling = picked ?: view.feelings.firstOrNull { it.selected }?.feeling
        val words = typed ?: view.ownWords.orEmpty()
        CheckInScreen(view, feeling, words) { event ->
            when (event) {
                is CheckInEvent.Pick -> picked = event.feeling
                is CheckInEvent.Write -> typed = event.text
                CheckInEvent.Save -> if (feeling != null) {
                    act(scope, onChanged) { app.checkIn(route.session, route.moment, feeling, words.trim().ifEmpty { null }) }
                }
                CheckInEvent.Share -> scope.launch {
                    val made = io { app.checkIns() }.firstOrNull { it.session == route.session && it.moment == route.moment }
                    if (made != null) stack.push(Route.Share(listOf(made.id)))
                }
            }
        }
    }
}

/** Sharing: the message shown is the message sent, as an ordinary sealed one, and only when the child says so. */
@Composable
internal fun ShareHolder(route: Route.Share, app: FamilyTime, stack: BackStack, changed: Int, scope: CoroutineScope, onChanged: () -> Unit) {
    val read = { app.shareCheckIns(route.checkIns, route.to ?: app.tell(null).helpers.first().helper.id) }
    Holder(route, changed, read = read) { view ->
        ShareScreen(view) { event ->
            when (event) {
                is ShareEvent.To -> stack.replaceTop(route.copy(to = event.helper))
                ShareEvent.KeepPrivate -> stack.pop()
                ShareEvent.Send -> scope.launch {
                    try {
                        io {
                            app.saveDraft(SHARE_DRAFT_ID, view.preview)
                            app.send(SHARE_DRAFT_ID)
                        }
                    } catch (_: FamilyTimeException) {
                        // Not sent: the child stays here, with the message as it was.
                        return@launch
                    }
                    stack.replaceTop(Route.Outbox)
                    trySync(app)
                    onChanged()
                }
            }
        }
    }
}
