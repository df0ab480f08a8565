package app.familytime.ui.screens

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import app.familytime.core.HelperCard
import app.familytime.core.RightsView
import app.familytime.core.TitledText
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.InfoCard

/** My rights, the words adults use, and who's who. */
@Composable
fun RightsScreen(view: RightsView) = ScreenColumn {
    Heading(view.title, big = true)
    Body(view.intro)
    view.rights.forEach { Titled(it) }
    Heading(view.glossaryTitle)
    view.glossary.forEach { Titled(it) }
    view.helpers.forEach { Helper(it) }
}

@Composable
private fun Titled(text: TitledText) = InfoCard {
    Text(text.title, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
    Body(text.body)
}

@Composable
fun Helper(helper: HelperCard) = InfoCard {
    Text(helper.name, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
    Body(helper.roleName, muted = true)
    Body(helper.explain)
    helper.hours?.let { Body(it, muted = true) }
}
