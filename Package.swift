// swift-tools-version:6.1
import PackageDescription

/// Settings every target of ours shares: Swift 6 with strict concurrency, and the upcoming features that
/// keep imports and existentials explicit (as Hummingbird does).
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ehc-review",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ReviewCore", targets: ["ReviewCore"]),
        .library(name: "ReviewStore", targets: ["ReviewStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
    ],
    targets: [
        // The law and the calendar: pure, Foundation only, no I/O, no clock of its own.
        .target(name: "ReviewCore", swiftSettings: strictSettings),
        // SQLite through GRDB: schema, migrations, the repository, the outbox and the audit log.
        .target(
            name: "ReviewStore",
            dependencies: ["ReviewCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        // Fakes and fixtures shared by every test target (a settable clock, plan builders, temp databases).
        .target(
            name: "ReviewTestSupport",
            dependencies: ["ReviewCore", "ReviewStore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ReviewCoreTests",
            dependencies: [
                "ReviewCore", "ReviewTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ReviewStoreTests",
            dependencies: [
                "ReviewCore", "ReviewStore", "ReviewTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
    ]
)
