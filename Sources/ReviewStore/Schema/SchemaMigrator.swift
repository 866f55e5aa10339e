import GRDB

/// The forward-only, versioned schema. Each migration is frozen once released: a later change is a new
/// migration, never an edit, so that a database created by any earlier version migrates to the same
/// schema as a new one. Enum lists are written out literally for that reason (a test checks that every
/// Swift enum case is accepted).
enum SchemaMigrator {
    /// Migration identifiers in order; the tests migrate from every prefix of this list.
    static let versions = ["v1_domain", "v2_outbox_audit_digest", "v3_deadlines", "v4_idempotency", "v5_covering_open_deadlines",
                                 "v6_review_cancellation", "v7_digest_meeting_index",
                                 "v8_import", "v9_refusal_counts", "v10_review_steps", "v11_digest_changes",
                                 "v12_meeting_details", "v13_documents", "v14_contacts",
                                 "v15_family_messages", "v16_contact_import"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1_domain", migrate: Migration1Domain.migrate)
        migrator.registerMigration("v2_outbox_audit_digest", migrate: Migration2Outbox.migrate)
        migrator.registerMigration("v3_deadlines", migrate: Migration3Deadlines.migrate)
        migrator.registerMigration("v4_idempotency", migrate: Migration4Idempotency.migrate)
        migrator.registerMigration("v5_covering_open_deadlines", migrate: Migration5CoveringIndex.migrate)
        migrator.registerMigration("v6_review_cancellation", migrate: Migration6ReviewCancellation.migrate)
        migrator.registerMigration("v7_digest_meeting_index", migrate: Migration7DigestIndex.migrate)
        migrator.registerMigration("v8_import", migrate: Migration8Import.migrate)
        migrator.registerMigration("v9_refusal_counts", migrate: Migration9RefusalCounts.migrate)
        migrator.registerMigration("v10_review_steps", migrate: Migration10ReviewSteps.migrate)
        migrator.registerMigration("v11_digest_changes", migrate: Migration11DigestChanges.migrate)
        migrator.registerMigration("v12_meeting_details", migrate: Migration12MeetingDetails.migrate)
        migrator.registerMigration("v13_documents", migrate: Migration13Documents.migrate)
        migrator.registerMigration("v14_contacts", migrate: Migration14Contacts.migrate)
        migrator.registerMigration("v15_family_messages", migrate: Migration15FamilyMessages.migrate)
        migrator.registerMigration("v16_contact_import", migrate: Migration16ContactImport.migrate)
        return migrator
    }
}
