import GRDB

/// The store's schema, evolved only by appending migrations. A migration that has landed is never
/// edited: stores in use have already applied it.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-foundation") { db in
            try db.create(table: "batch") { t in
                t.primaryKey("id", .text)
                t.column("started_at", .datetime).notNull()
                t.column("operator_name", .text).notNull()
                t.column("host", .text).notNull()
                t.column("pipeline_name", .text).notNull()
                t.column("pipeline_path", .text).notNull()
                t.column("pipeline_sha256", .text).notNull()
                t.column("sluss_version", .text).notNull()
                t.column("tesseract_version", .text).notNull()
                t.column("leptonica_version", .text).notNull()
                t.column("poppler_version", .text).notNull()
                t.column("models_json", .text).notNull()
                t.column("case_id", .text)
                t.column("original_location", .text)
            }
            try db.create(table: "case_file") { t in
                t.primaryKey("id", .text)
                t.column("created_at", .datetime).notNull()
                t.column("created_by", .text).notNull()
            }
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sha256", .text).notNull().unique()
                t.column("byte_size", .integer).notNull()
                t.column("format", .text).notNull()
                t.column("page_count", .integer).notNull()
                t.column("source_path", .text).notNull()
                t.column("file_name", .text).notNull()
                t.column("stored_path", .text).notNull()
                t.column("ingested_at", .datetime).notNull()
                t.column("batch_id", .text).notNull().references("batch")
                t.column("case_id", .text).references("case_file").indexed()
                t.column("original_location", .text)
            }
            try db.create(table: "page") { t in
                // An explicit integer key: the full-text index refers to pages by rowid, which
                // VACUUM may renumber unless it is the table's INTEGER PRIMARY KEY.
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().references("document", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.uniqueKey(["document_id", "number"])
                t.column("text", .text).notNull()
                t.column("text_source", .text).notNull()
                t.column("mean_confidence", .double)
                t.column("rotation_applied", .integer).notNull()
                t.column("orientation_confidence", .double)
                t.column("skew_corrected", .double)
                t.column("image_width", .integer).notNull()
                t.column("image_height", .integer).notNull()
                t.column("dpi", .integer).notNull()
                t.column("text_layer_note", .text)
                t.column("load_seconds", .double).notNull()
                t.column("orientation_seconds", .double).notNull()
                t.column("deskew_seconds", .double).notNull()
                t.column("ocr_seconds", .double).notNull()
            }
            try db.create(table: "word") { t in
                t.column("document_id", .integer).notNull()
                t.column("page_number", .integer).notNull()
                t.column("ordinal", .integer).notNull()
                t.primaryKey(["document_id", "page_number", "ordinal"])
                t.foreignKey(["document_id", "page_number"], references: "page", columns: ["document_id", "number"], onDelete: .cascade)
                t.column("text", .text).notNull()
                t.column("x", .integer).notNull()
                t.column("y", .integer).notNull()
                t.column("width", .integer).notNull()
                t.column("height", .integer).notNull()
                t.column("confidence", .double).notNull()
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().references("document", onDelete: .cascade).indexed()
                t.column("kind", .text).notNull()
                t.column("occurred_at", .datetime).notNull()
                t.column("agent", .text).notNull()
                t.column("batch_id", .text)
                t.column("detail", .text).notNull()
            }
            try db.create(table: "ingest_failure") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("batch_id", .text).notNull().references("batch")
                t.column("source_path", .text).notNull()
                t.column("sha256", .text)
                t.column("occurred_at", .datetime).notNull()
                t.column("reason", .text).notNull()
            }
            // Full-text index over page text, kept in step with `page` by triggers. Diacritics are
            // kept: in Swedish å, ä, ö are letters of their own ("för" is not "for").
            try db.create(virtualTable: "page_fts", using: FTS5()) { t in
                t.synchronize(withTable: "page")
                t.tokenizer = .unicode61(diacritics: .keep)
                t.column("text")
            }
        }
        migrator.registerMigration("v2-page-survey-orientation") { db in
            // Pages stored before this migration keep NULL here: they were never surveyed, and
            // their orientation was not judged.
            try db.alter(table: "page") { t in
                t.add(column: "orientation", .text)
                t.add(column: "scanned_dpi", .integer)
                t.add(column: "ink_marks", .integer)
                t.add(column: "ink_coverage", .double)
                t.add(column: "survey_seconds", .double).notNull().defaults(to: 0)
            }
        }
        migrator.registerMigration("v3-classification") { db in
            // Every decision about a document's class, machine or person, oldest first; the
            // latest is the document's class. Nothing is updated in place, so the history of
            // a review stays readable.
            try db.create(table: "classification") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().references("document", onDelete: .cascade).indexed()
                t.column("class_id", .text).notNull()
                t.column("confidence", .double)
                t.column("status", .text).notNull()
                t.column("decided_by", .text).notNull()
                t.column("decided_at", .datetime).notNull()
                t.column("previous_class_id", .text)
                t.column("reason", .text).notNull()
                t.column("explanation_json", .text)
                t.column("model_path", .text)
                t.column("model_sha256", .text)
                t.column("pipeline_name", .text)
                t.column("pipeline_sha256", .text)
            }
        }
        migrator.registerMigration("v4-case-subject") { db in
            // The personnummer of the person a case is about, for matching documents to cases.
            // Cases made before this migration have none until one is set.
            try db.alter(table: "case_file") { t in
                t.add(column: "subject_personnummer", .text)
            }
        }
        migrator.registerMigration("v5-routing") { db in
            // How each document found its case, or why it waits for a person to assign one.
            // Append-only like `classification`: the latest row per document counts.
            try db.create(table: "routing") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().references("document", onDelete: .cascade).indexed()
                t.column("status", .text).notNull()
                t.column("case_id", .text)
                t.column("reason", .text).notNull()
                t.column("candidates_json", .text).notNull()
                t.column("decided_by", .text).notNull()
                t.column("decided_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v6-stack-parts") { db in
            // A stack scanned in one go and split at its cover sheets gives several documents from
            // one original, so a document is identified by its original's SHA-256 together with the
            // page of the original it starts on. SQLite cannot change a table's constraints in place:
            // the table is rebuilt and its rows copied, ids kept (foreign keys are off meanwhile,
            // and checked before the migration commits).
            try db.create(table: "document_v6") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sha256", .text).notNull()
                t.column("byte_size", .integer).notNull()
                t.column("format", .text).notNull()
                t.column("page_count", .integer).notNull()
                t.column("source_path", .text).notNull()
                t.column("file_name", .text).notNull()
                t.column("stored_path", .text).notNull()
                t.column("ingested_at", .datetime).notNull()
                t.column("batch_id", .text).notNull().references("batch")
                t.column("case_id", .text).references("case_file")
                t.column("original_location", .text)
                // Pages of the original this document is (1 and page_count for a whole file).
                t.column("first_page", .integer).notNull()
                t.column("last_page", .integer).notNull()
                t.uniqueKey(["sha256", "first_page"])
            }
            let columns = "id, sha256, byte_size, format, page_count, source_path, file_name, stored_path, ingested_at, batch_id, case_id, original_location"
            try db.execute(sql: "INSERT INTO document_v6 (\(columns), first_page, last_page) SELECT \(columns), 1, page_count FROM document")
            try db.drop(table: "document")
            try db.rename(table: "document_v6", to: "document")
            try db.create(index: "document_on_case_id", on: "document", columns: ["case_id"])
        }
        migrator.registerMigration("v7-summaries") { db in
            // Each document's summary as made at ingest or by `sluss summary --refresh`, with the
            // method and parameters that made it. Append-only: the latest row per document counts.
            try db.create(table: "summary") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().references("document", onDelete: .cascade).indexed()
                t.column("method", .text).notNull()
                t.column("body_json", .text).notNull()
                t.column("software", .text).notNull()
                t.column("pipeline_name", .text).notNull()
                t.column("pipeline_sha256", .text).notNull()
                t.column("created_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v8-original-page-count") { db in
            // How many pages the paper original has, so that the first part of a split stack (pages
            // 1–2 of a 6-page file) is known to be a part, as the later parts are. Documents stored
            // before: the last page that any document of the same original reaches.
            try db.alter(table: "document") { t in
                t.add(column: "original_page_count", .integer).notNull().defaults(to: 0)
            }
            try db.execute(sql: """
                UPDATE document SET original_page_count =
                    (SELECT MAX(other.last_page) FROM document AS other WHERE other.sha256 = document.sha256)
                """)
        }
        return migrator
    }
}
