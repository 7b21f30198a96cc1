#include "schema.h"

namespace shoptuner::store {

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
            {
                "CREATE TABLE project_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                // One row per imported file, with the mapping used and what was wrong with it.
                "CREATE TABLE imports ("
                " id INTEGER PRIMARY KEY,"
                " kind TEXT NOT NULL CHECK (kind IN "
                "  ('catalog','reviews','questions','searches','orders','ecinstruct')),"
                " file_name TEXT NOT NULL, file_size INTEGER NOT NULL DEFAULT 0,"
                " encoding TEXT NOT NULL DEFAULT '', delimiter TEXT NOT NULL DEFAULT '',"
                " mapping_json TEXT NOT NULL DEFAULT '{}',"
                " row_count INTEGER NOT NULL DEFAULT 0, skipped_count INTEGER NOT NULL DEFAULT 0,"
                " issues_json TEXT NOT NULL DEFAULT '[]', imported_at TEXT NOT NULL)",
                // The user's confirmed column mapping per kind and header, reused next time.
                "CREATE TABLE saved_mappings ("
                " kind TEXT NOT NULL, header_signature TEXT NOT NULL, mapping_json TEXT NOT NULL,"
                " updated_at TEXT NOT NULL, PRIMARY KEY (kind, header_signature))",
                "CREATE TABLE products ("
                " id INTEGER PRIMARY KEY,"
                " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                " product_key TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
                " description TEXT NOT NULL DEFAULT '', features_json TEXT NOT NULL DEFAULT '[]',"
                " brand TEXT NOT NULL DEFAULT '', price REAL,"
                " category_json TEXT NOT NULL DEFAULT '[]', gtin TEXT NOT NULL DEFAULT '',"
                " mpn TEXT NOT NULL DEFAULT '', attributes_json TEXT NOT NULL DEFAULT '{}')",
                "CREATE INDEX products_gtin ON products (gtin)",
                "CREATE TABLE reviews ("
                " id INTEGER PRIMARY KEY,"
                " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                " review_key TEXT NOT NULL DEFAULT '', product_key TEXT NOT NULL,"
                " rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),"
                " title TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,"
                " review_date TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX reviews_product ON reviews (product_key)",
                "CREATE TABLE questions ("
                " id INTEGER PRIMARY KEY,"
                " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                " question_key TEXT NOT NULL DEFAULT '', product_key TEXT NOT NULL,"
                " question TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '',"
                " asked_at TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX questions_product ON questions (product_key)",
                "CREATE TABLE search_events ("
                " id INTEGER PRIMARY KEY,"
                " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                " session_key TEXT NOT NULL DEFAULT '', query TEXT NOT NULL,"
                " product_key TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,"
                " clicked INTEGER NOT NULL DEFAULT 0, added INTEGER NOT NULL DEFAULT 0,"
                " purchased INTEGER NOT NULL DEFAULT 0, searched_at TEXT NOT NULL DEFAULT '')",
                "CREATE TABLE order_lines ("
                " id INTEGER PRIMARY KEY,"
                " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                " order_key TEXT NOT NULL DEFAULT '', customer_key TEXT NOT NULL,"
                " product_key TEXT NOT NULL, quantity INTEGER NOT NULL DEFAULT 1,"
                " ordered_at TEXT NOT NULL DEFAULT '')",
                "CREATE INDEX order_lines_customer ON order_lines (customer_key, ordered_at)",
                // One row per run of the task builders; its records hang off it.
                "CREATE TABLE task_builds ("
                " id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, seed INTEGER NOT NULL,"
                " params_json TEXT NOT NULL, report_json TEXT NOT NULL)",
                // Instruction records, built from the shop's data or imported (ECInstruct).
                "CREATE TABLE records ("
                " id INTEGER PRIMARY KEY,"
                " build_id INTEGER REFERENCES task_builds(id) ON DELETE CASCADE,"
                " import_id INTEGER REFERENCES imports(id) ON DELETE CASCADE,"
                " task TEXT NOT NULL, setting TEXT NOT NULL, split TEXT NOT NULL,"
                " instruction TEXT NOT NULL, input TEXT NOT NULL, options_json TEXT NOT NULL,"
                " output TEXT NOT NULL, extra_json TEXT NOT NULL DEFAULT '',"
                " group_key TEXT NOT NULL DEFAULT '',"
                " CHECK (build_id IS NOT NULL OR import_id IS NOT NULL))",
                "CREATE INDEX records_task ON records (task, split, setting)",
                "CREATE TABLE training_runs ("
                " id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, model_path TEXT NOT NULL,"
                " params_json TEXT NOT NULL, status TEXT NOT NULL, output_dir TEXT NOT NULL DEFAULT '',"
                " adapter_path TEXT NOT NULL DEFAULT '', best_val_loss REAL,"
                " finished_at TEXT NOT NULL DEFAULT '')",
                "CREATE TABLE eval_results ("
                " id INTEGER PRIMARY KEY,"
                " run_id INTEGER REFERENCES training_runs(id) ON DELETE CASCADE,"
                " model_label TEXT NOT NULL, task TEXT NOT NULL, setting TEXT NOT NULL,"
                " metric TEXT NOT NULL, value REAL, n INTEGER NOT NULL, invalid INTEGER NOT NULL,"
                " created_at TEXT NOT NULL)",
            }},
        {2,
            {
                // Each training run's curve: one row per logged step or validation, so the Training
                // page can redraw a run after the app was closed, and runs can be compared.
                "CREATE TABLE run_points ("
                " run_id INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,"
                " step INTEGER NOT NULL, epoch REAL, train_loss REAL, val_loss REAL, learning_rate REAL,"
                " tokens_per_s REAL)",
                "CREATE INDEX run_points_run ON run_points (run_id, step)",
                "ALTER TABLE training_runs ADD COLUMN tasks_json TEXT NOT NULL DEFAULT '[]'",
                "ALTER TABLE training_runs ADD COLUMN device TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE training_runs ADD COLUMN steps_done INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE training_runs ADD COLUMN total_steps INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE training_runs ADD COLUMN message TEXT NOT NULL DEFAULT ''",
            }},
        {3,
            {
                // One evaluation: a model (and adapter) scored on the project's test records.
                "CREATE TABLE evaluations ("
                " id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, model_path TEXT NOT NULL,"
                " adapter_path TEXT NOT NULL DEFAULT '',"
                " training_run_id INTEGER REFERENCES training_runs(id) ON DELETE SET NULL,"
                " params_json TEXT NOT NULL DEFAULT '{}', status TEXT NOT NULL, finished_at TEXT NOT NULL DEFAULT '')",
                // What the model answered, for the report's worst mistakes and for rescoring.
                "CREATE TABLE eval_predictions ("
                " evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,"
                " record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,"
                " prediction TEXT NOT NULL, PRIMARY KEY (evaluation_id, record_id))",
                "ALTER TABLE eval_results ADD COLUMN evaluation_id INTEGER REFERENCES evaluations(id) ON DELETE "
                "CASCADE",
                "ALTER TABLE eval_results ADD COLUMN ci_low REAL",
                "ALTER TABLE eval_results ADD COLUMN ci_high REAL",
                "ALTER TABLE eval_results ADD COLUMN figures_json TEXT NOT NULL DEFAULT '{}'",
                "CREATE INDEX eval_results_evaluation ON eval_results (evaluation_id)",
            }},
        {4,
            {
                // Each answer's own score (the task's metric on that item alone: right or wrong for
                // the classification tasks, NDCG, F1*, BERTScore/ROUGE-L), so the report shows the
                // worst answers first. NULL for evaluations made before.
                "ALTER TABLE eval_predictions ADD COLUMN score REAL",
            }},
        {5,
            {
                // Other names a product goes by in the shop's other files: variant SKUs, barcodes,
                // platform ids (WooCommerce's ID when the SKU is the key). Reviews and orders that name
                // a variant or a barcode are linked to the product through these.
                "CREATE TABLE product_aliases ("
                " alias TEXT NOT NULL, product_key TEXT NOT NULL, source TEXT NOT NULL,"
                " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                " PRIMARY KEY (alias, product_key))",
                "CREATE INDEX product_aliases_product ON product_aliases (product_key)",
                // Who wrote a review, kept only to remove their name from the text (a signature such
                // as "– Maria K."); never part of training data.
                "ALTER TABLE reviews ADD COLUMN author TEXT NOT NULL DEFAULT ''",
            }},
        {6,
            {
                // Where an imported file was and what it held (SHA-256), so a job that writes the
                // file back finds it and sees whether it changed since.
                "ALTER TABLE imports ADD COLUMN file_path TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE imports ADD COLUMN file_sha256 TEXT NOT NULL DEFAULT ''",
                // The tuned model put to work on the shop's data: one row per job run ...
                "CREATE TABLE work_jobs ("
                " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, created_at TEXT NOT NULL,"
                " model_path TEXT NOT NULL, adapter_path TEXT NOT NULL DEFAULT '',"
                " training_run_id INTEGER REFERENCES training_runs(id) ON DELETE SET NULL,"
                " params_json TEXT NOT NULL DEFAULT '{}', status TEXT NOT NULL,"
                " items_total INTEGER NOT NULL DEFAULT 0, items_done INTEGER NOT NULL DEFAULT 0,"
                " seconds REAL NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '',"
                " finished_at TEXT NOT NULL DEFAULT '')",
                // ... and one per item and field it looked at: the suggestion, how sure the model
                // was, and the owner's decision. Items with no suggestion are kept too ('none'), so
                // a later job can run on new items only.
                "CREATE TABLE suggestions ("
                " id INTEGER PRIMARY KEY,"
                " job_id INTEGER NOT NULL REFERENCES work_jobs(id) ON DELETE CASCADE,"
                " item_key TEXT NOT NULL, field TEXT NOT NULL DEFAULT '',"
                " current_value TEXT NOT NULL DEFAULT '', suggested TEXT NOT NULL DEFAULT '', edited TEXT,"
                " confidence REAL,"
                " decision TEXT NOT NULL DEFAULT 'pending'"
                "  CHECK (decision IN ('pending','accepted','rejected','none')),"
                " context_json TEXT NOT NULL DEFAULT '{}',"
                " UNIQUE (job_id, item_key, field))",
                "CREATE INDEX suggestions_item ON suggestions (item_key)",
            }},
        {7,
            {
                // Reviews without stars are kept (NULL rating): a comment still has a feeling for
                // the triage job to read. SQLite cannot change a CHECK, so the table is rebuilt.
                "CREATE TABLE reviews_new ("
                " id INTEGER PRIMARY KEY,"
                " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                " review_key TEXT NOT NULL DEFAULT '', product_key TEXT NOT NULL,"
                " rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),"
                " title TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,"
                " review_date TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '')",
                "INSERT INTO reviews_new (id, import_id, review_key, product_key, rating, title, text, review_date,"
                " author) SELECT id, import_id, review_key, product_key, rating, title, text, review_date, author"
                " FROM reviews",
                "DROP TABLE reviews",
                "ALTER TABLE reviews_new RENAME TO reviews",
                "CREATE INDEX reviews_product ON reviews (product_key)",
            }},
    };
    return all;
}

int currentSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace shoptuner::store
