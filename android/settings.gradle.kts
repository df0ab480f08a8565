// The Android app: `app` (the activity and what only the phone can do) over `ui` (the
// Compose screens, which also compile on a desktop JVM; see desktop/).
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "FamilyTime"
include(":app", ":ui")
