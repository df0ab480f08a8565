// The Android app: one activity over the Compose UI (../ui), and what only the phone
// can do for the core (key storage, background sync, reminders, the network).
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "app.familytime.android"
    compileSdk = 35

    defaultConfig {
        applicationId = "app.familytime"
        // Android 8: notification channels and adaptive icons without compatibility
        // branches; AES-GCM keys in the Keystore date from Android 6.
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        // The council's server the child's code is for (gradle.properties).
        val server = providers.gradleProperty("familytime.server").get()
        buildConfigField("String", "COUNCIL_SERVER", "\"$server\"")
        ndk {
            // The ABIs `cargo xtask android` builds into src/main/jniLibs.
            abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64")
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        buildConfig = true
        compose = true
    }

    packaging {
        // Stored uncompressed and page-aligned in the APK: the phone maps the library
        // straight from it, and the download is compressed anyway.
        jniLibs.useLegacyPackaging = false
    }
}

kotlin {
    jvmToolchain(17)
}

val checkNativeLibraries by tasks.registering {
    val jniLibs = layout.projectDirectory.dir("src/main/jniLibs").asFile
    doLast {
        val missing =
            listOf("arm64-v8a", "armeabi-v7a", "x86_64").filterNot { abi ->
                jniLibs.resolve("$abi/libfamilytime_ffi.so").isFile
            }
        check(missing.isEmpty()) {
            "No libfamilytime_ffi.so for ${missing.joinToString()} in $jniLibs: " +
                "run `cargo xtask android` at the repository's root first."
        }
    }
}

tasks.named("preBuild") {
    dependsOn(checkNativeLibraries)
}

dependencies {
    implementation(project(":ui"))
    implementation(platform(libs.androidx.compose.bom))
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.work.runtime.ktx)
}
