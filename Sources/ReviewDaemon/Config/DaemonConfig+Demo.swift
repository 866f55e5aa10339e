import Foundation
import ReviewCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension DaemonConfig {
    /// The built-in config of `ehc-reviewd --demo`: everything under `root` (e.g. `./demo`), so that the
    /// demo needs no file, no root and no mail server, and works for whoever runs it.
    ///
    /// The database is `root/reviews.sqlite`, the socket `root/admin.sock` (group and admin group: the
    /// current user's primary group), mail goes to `.eml` files in `root/mail`; Europe/London, the
    /// digest at 07:00 to `sen-team@demo.example`, from `EHC reviews (demo) <ehc-reviews@demo.example>`,
    /// standard rule settings; the demo's NHS and council domains secure (plan documents attached), plans
    /// linked at `https://case.demo.example/ehc/{reference}`, an invented SENDIASS named in families' messages.
    /// Nothing is created here; the demo creates `root` when it starts.
    public static func demo(root: String) -> DaemonConfig {
        let base = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        let group = currentPrimaryGroupName()
        return DaemonConfig(
            database: base + "/reviews.sqlite",
            timeZone: TimeZone(identifier: "Europe/London") ?? .gmt,
            socket: SocketSettings(path: base + "/admin.sock", group: group, adminGroup: group),
            digest: DigestSettings(at: LocalTime.sevenAM, recipients: [demoAddress("sen-team@demo.example")]),
            mail: MailSettings(
                from: (try? MailboxAddress(displayName: "EHC reviews (demo)", address: demoAddress("ehc-reviews@demo.example")))
                    ?? MailboxAddress(address: demoAddress("ehc-reviews@demo.example")),
                transport: .directory, smtp: .standard, sendmailPath: ConfigDefaults.sendmailPath,
                directory: base + "/mail",
                // The demo's NHS and council mail counts as secure: their notices carry plan documents attached,
                // the schools' a link.
                secureDomains: ["nhs.demo.example", "council.demo.example"]),
            rules: .standard,
            links: LinkSettings(planURL: try? PlanLinkTemplate("https://case.demo.example/ehc/{reference}",
                                                                field: "links.plan_url")),
            family: FamilySettings(iassContact: "Demoton SENDIASS, 0113 000 0000, sendiass@demo.example"))
    }

    /// The name of the caller's primary group, or its number when the group database has no name for it.
    static func currentPrimaryGroupName() -> String {
        let gid = getgid()
        guard let entry = getgrgid(gid), let name = entry.pointee.gr_name else { return String(gid) }
        return String(cString: name)
    }

    /// One of the demo's constant addresses, which a test checks are valid.
    private static func demoAddress(_ text: String) -> EmailAddress {
        do {
            return try EmailAddress(text)
        } catch {
            preconditionFailure("the demo address \(text) is invalid: \(error)")
        }
    }
}
