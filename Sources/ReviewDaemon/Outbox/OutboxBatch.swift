import Foundation
import Logging
import ReviewCore
import ReviewMail
import ReviewStore

/// One claimed batch of notices on its way out: builds each message, hands them to the transport in one
/// call, and records each result in the store as soon as the transport reports it.
///
/// It exists to keep the dispatcher's loop about scheduling only. Each outcome becomes one store write:
/// delivered → `sent`; temporary failure → `failed` with the ``RetryPolicy``'s next attempt, or `dead`
/// after the last attempt; permanent failure, or a payload that does not decode → `dead`. The write is made
/// before the transport goes on to the next message, so a crash leaves at most one message per batch
/// delivered but not recorded; it is sent again after the restart, with the same Message-ID. A store
/// failure while recording is logged and counted; the row stays `sending` and is rescued at the next start.
struct OutboxBatch {
    let store: ReviewStore
    let clock: any WallClock
    let mail: OutboxMail
    let policy: RetryPolicy
    let logger: Logger

    func deliver(_ notices: [Notice]) async -> OutboxTally {
        var tally = OutboxTally()
        var built: [(notice: Notice, message: MailMessage)] = []
        for notice in notices {
            do {
                built.append((notice, try await mail.message(for: notice, date: clock.now())))
            } catch let error as DecodingError {
                let reason = "payload does not decode as a notice's content: \(Self.describe(error))"
                await record(notice, as: .permanentFailure(reason), into: &tally)
            } catch let error as DocumentUnavailable {
                await record(notice, as: .permanentFailure(error.description), into: &tally)
            } catch {
                // The message could not be built for now (a digest's report unreadable: the store busy or
                // the disk failing): try again later rather than give up.
                await record(notice, as: .temporaryFailure("the message cannot be built yet: \(error)"), into: &tally)
            }
        }
        guard !built.isEmpty else { return tally }
        // Each result is recorded the moment the transport reports it, before the next message is handed
        // over: a crash can then re-send at most the one message whose result was not yet recorded.
        var reported = Array(repeating: false, count: built.count)
        await mail.transport.deliver(built.map(\.message)) { index, result in
            guard built.indices.contains(index), !reported[index] else {
                logger.error("the transport reported a result twice or for no message; ignored",
                             metadata: ["transport": "\(mail.transport.name)", "index": "\(index)"])
                return
            }
            reported[index] = true
            await record(built[index].notice, as: result, into: &tally)
        }
        for (index, item) in built.enumerated() where !reported[index] {
            await record(item.notice, as: .temporaryFailure("the \(mail.transport.name) transport returned no result"),
                         into: &tally)
        }
        return tally
    }

    private func record(_ notice: Notice, as result: DeliveryResult, into tally: inout OutboxTally) async {
        let attempt = notice.attempts + 1
        var metadata: Logger.Metadata = [
            "notice": "\(notice.id.rawValue)", "kind": "\(notice.kind.rawValue)", "attempt": "\(attempt)",
            "domain": "\(LogRedaction.domain(of: notice.recipient.value))",
        ]
        do {
            switch result {
            case .delivered:
                try await store.markSent(notice.id, at: clock.now())
                tally.delivered += 1
            case .temporaryFailure(let reason):
                metadata["reason"] = "\(LogRedaction.addresses(in: reason))"
                switch policy.decision(afterAttempt: attempt, now: clock.now()) {
                case .retry(let at):
                    try await store.markFailed(notice.id, error: reason, retryAt: at)
                    tally.retrying += 1
                    metadata["retry_at"] = "\(at)"
                    logger.warning("notice not delivered; will retry", metadata: metadata)
                case .giveUp:
                    try await store.markDead(notice.id, error: "gave up after \(attempt) attempts: \(reason)")
                    tally.dead += 1
                    logger.error("notice not delivered after the last attempt; dead", metadata: metadata)
                }
            case .permanentFailure(let reason):
                metadata["reason"] = "\(LogRedaction.addresses(in: reason))"
                try await store.markDead(notice.id, error: reason)
                tally.dead += 1
                logger.error("notice cannot be delivered; dead", metadata: metadata)
            }
        } catch {
            tally.unrecorded += 1
            metadata["error"] = "\(error)"
            logger.error("cannot record a delivery result; the notice is sent again after a restart",
                         metadata: metadata)
        }
    }

    /// A decoding error in a few words (the coding path and the decoder's reason), without the payload.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(type(of: error))" }
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default:
            return "undecodable"
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    }
}
