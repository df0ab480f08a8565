// swift-tools-version:5.9
import PackageDescription

// The app's code that is not the app target: the core's generated bindings over the Rust
// library, and the SwiftUI screens. `cargo xtask ios` builds the library into
// Frameworks/FamilyTimeCoreFFI.xcframework and copies the bindings into
// Sources/FamilyTimeCore; neither is committed.
let package = Package(
    name: "FamilyTimeKit",
    platforms: [.iOS(.v17)],
    products: [
        .library(name: "FamilyTimeCore", targets: ["FamilyTimeCore"]),
        .library(name: "FamilyTimeUI", targets: ["FamilyTimeUI"]),
    ],
    targets: [
        .binaryTarget(name: "FamilyTimeCoreFFI", path: "Frameworks/FamilyTimeCoreFFI.xcframework"),
        .target(
            name: "FamilyTimeCore",
            dependencies: ["FamilyTimeCoreFFI"],
            exclude: ["README.md"],
            // What the Rust library calls in the system: certificate checks (rustls's
            // platform verifier) and the network's proxy settings.
            linkerSettings: [.linkedFramework("Security"), .linkedFramework("SystemConfiguration")]
        ),
        .target(name: "FamilyTimeUI", dependencies: ["FamilyTimeCore"]),
        .testTarget(name: "FamilyTimeUITests", dependencies: ["FamilyTimeUI", "FamilyTimeCore"]),
    ]
)
