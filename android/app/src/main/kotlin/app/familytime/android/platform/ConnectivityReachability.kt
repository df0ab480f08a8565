package app.familytime.android.platform

import android.content.Context
import android.net.ConnectivityManager
import android.net.NetworkCapabilities
import app.familytime.core.Reachability

/** Whether the phone has a network that offers the internet, as Android sees it now. */
class ConnectivityReachability(
    context: Context,
) : Reachability {
    private val connectivity = context.getSystemService(ConnectivityManager::class.java)

    // Not "validated": Android's validation check fails on some networks that do reach
    // the council, and a false here would hold back a child's message.
    override fun isOnline(): Boolean =
        connectivity
            .getNetworkCapabilities(connectivity.activeNetwork)
            ?.hasCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET) == true
}
