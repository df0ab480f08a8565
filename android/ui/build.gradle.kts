// The Compose screens, and the core's generated Kotlin bindings they render. The sources
// import nothing from android.*, so the same files also build for the desktop (desktop/).
plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

// Written by `cargo xtask bindings --release`; never committed.
val generatedBindings = layout.projectDirectory.dir("../generated/kotlin")

android {
    namespace = "app.familytime.ui"
    compileSdk = 35

    defaultConfig {
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
    }

    sourceSets {
        getByName("main") {
            kotlin.srcDirs("src/main/kotlin", generatedBindings)
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
    }
}

kotlin {
    jvmToolchain(17)
}

val checkBindings by tasks.registering {
    val bindings = generatedBindings.asFile
    doLast {
        check(bindings.resolve("app/familytime/core").isDirectory) {
            "No Kotlin bindings in $bindings: run `cargo xtask bindings --release` at the repository's root first."
        }
    }
}

tasks.named("preBuild") {
    dependsOn(checkBindings)
}

dependencies {
    implementation(platform(libs.androidx.compose.bom))
    implementation(libs.androidx.compose.ui)
    implementation(libs.androidx.compose.foundation)
    implementation(libs.androidx.compose.material3)
    // The bindings' API: JNA (the aar, with its native dispatcher) and coroutines for
    // the core's async calls; `api` because the app module calls the bindings too.
    api(variantOf(libs.jna) { artifactType("aar") })
    api(libs.kotlinx.coroutines.android)
}
