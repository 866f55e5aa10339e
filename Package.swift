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
        .library(name: "ReviewDaemon", targets: ["ReviewDaemon"]),
        .executable(name: "ehc-reviewd", targets: ["ehc-reviewd"]),
        .executable(name: "ehc-reviewctl", targets: ["ehc-reviewctl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
        .package(url: "https://github.com/apple/swift-configuration.git", exact: "1.4.0", traits: [.defaults, "YAML"]),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-system.git", exact: "1.8.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", exact: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", exact: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", exact: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
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
        // The admin API's JSON shapes, shared by the daemon and ehc-reviewctl.
        .target(name: "ReviewAPI", dependencies: ["ReviewCore"], swiftSettings: strictSettings),
        // Mail: building RFC 5322/MIME messages (text, HTML, iCalendar) and delivering them.
        .target(
            name: "ReviewMail",
            dependencies: [
                "ReviewCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strictSettings
        ),
        // The running service: config, lifecycle, systemd integration, deadline timers, demo data.
        .target(
            name: "ReviewDaemon",
            dependencies: [
                "ReviewCore", "ReviewStore", "ReviewAPI", "ReviewMail",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        // The daemon's executable: argument parsing and wiring only.
        .executableTarget(
            name: "ehc-reviewd",
            dependencies: [
                "ReviewDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // ehc-reviewctl's client and output: HTTP over the admin socket, tables, exit codes.
        .target(
            name: "ReviewControl",
            dependencies: [
                "ReviewCore", "ReviewAPI",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        // The admin CLI: the command tree (argument parsing) only.
        .executableTarget(
            name: "ehc-reviewctl",
            dependencies: [
                "ReviewControl", "ReviewAPI", "ReviewCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Times the CSV import's reading half alone (bench/import-reader.md); not a product, never installed.
        .executableTarget(
            name: "import-reader-bench",
            dependencies: ["ReviewCore"],
            path: "bench/ImportReaderBench",
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
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        // The daemon: config, lifecycle, the admin API (through the router and over the real socket), the
        // outbox, the timers; runs both binaries in its process tests.
        .testTarget(
            name: "ReviewDaemonTests",
            dependencies: [
                "ReviewCore", "ReviewStore", "ReviewDaemon", "ReviewTestSupport", "ehc-reviewd", "ehc-reviewctl",
                "ReviewAPI", "ReviewMail",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Support"],
            swiftSettings: strictSettings
        ),
        // Mail on its own: message building byte for byte (golden files, Python's email parser), the
        // transports against scripted and real SMTP servers, sendmail and the mail folder.
        .testTarget(
            name: "ReviewMailTests",
            dependencies: [
                "ReviewCore", "ReviewMail",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            exclude: ["Golden", "Support"],
            swiftSettings: strictSettings
        ),
        // ehc-reviewctl on its own: the command tree, the client against a fake socket, the output, the
        // exit codes, and the real binary.
        .testTarget(
            name: "ReviewControlTests",
            dependencies: [
                "ReviewControl", "ReviewAPI", "ReviewCore", "ReviewTestSupport", "ehc-reviewctl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
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
