-- The public SQL contract (docs/reporting.md). Columns are only ever added, never renamed or removed.

CREATE VIEW v_article AS
SELECT a.id,
       a.title,
       a.outlet,
       a.author,
       a.url,
       a.published_on,
       a.published_precision,
       a.dateline,
       a.language,
       a.credit_line,
       a.flags,
       a.status,
       a.story_cluster,
       a.cluster_similarity,
       a.duplicate_of,
       a.clean_text,
       a.clean_cp_length AS clean_chars,
       (SELECT COUNT(*) FROM annotation n WHERE n.article_id = a.id) AS annotation_count,
       u.username AS assigned_to,
       a.import_batch_id,
       a.import_file,
       a.import_line,
       a.content_hash,
       a.version,
       a.created_at,
       a.updated_at
FROM article a
LEFT JOIN app_user u ON u.id = a.assigned_to;

CREATE VIEW v_annotation AS
SELECT n.id,
       n.article_id,
       u.username AS annotator,
       l.name AS label,
       l.kind,
       n.start_cp,
       n.end_cp,
       n.covered_text AS text,
       n.attributes,
       ct.code AS claim_type,
       n.figure,
       n.figure_unit,
       n.figure_qualifier,
       v.code AS verdict,
       n.note,
       n.source_id,
       n.claim_id,
       n.created_at,
       n.updated_at
FROM annotation n
JOIN app_user u ON u.id = n.annotator_id
JOIN label l ON l.id = n.label_id
LEFT JOIN claim_type ct ON ct.id = n.claim_type_id
LEFT JOIN verdict v ON v.id = n.verdict_id;

CREATE VIEW v_attribution AS
SELECT t.id,
       c.article_id,
       t.claim_annotation_id,
       c.covered_text AS claim_text,
       t.source_annotation_id,
       s.covered_text AS source_text,
       s.source_id AS registry_source_id,
       rs.name AS registry_source_name,
       t.cue_annotation_id,
       q.covered_text AS cue_text,
       u.username AS created_by,
       t.created_at
FROM attribution t
JOIN annotation c ON c.id = t.claim_annotation_id
JOIN annotation s ON s.id = t.source_annotation_id
LEFT JOIN annotation q ON q.id = t.cue_annotation_id
LEFT JOIN registry_source rs ON rs.id = s.source_id
LEFT JOIN app_user u ON u.id = t.created_by;

CREATE VIEW v_source AS
SELECT s.id,
       s.name,
       s.kind,
       s.country,
       s.description,
       s.merged_into,
       (SELECT COUNT(*) FROM registry_source_alias al WHERE al.source_id = s.id) AS alias_count,
       (SELECT COUNT(*) FROM annotation n WHERE n.source_id = s.id) AS mention_count,
       (SELECT COUNT(DISTINCT n.article_id) FROM annotation n WHERE n.source_id = s.id) AS article_count,
       s.created_at,
       s.updated_at
FROM registry_source s;

CREATE VIEW v_source_alias AS
SELECT al.id, al.source_id, al.alias
FROM registry_source_alias al;

CREATE VIEW v_claim AS
SELECT c.id,
       c.statement,
       c.subject,
       ct.code AS claim_type,
       v.code AS verdict,
       c.merged_into,
       (SELECT COUNT(*) FROM annotation n WHERE n.claim_id = c.id) AS mention_count,
       (SELECT COUNT(DISTINCT n.article_id) FROM annotation n WHERE n.claim_id = c.id) AS article_count,
       (SELECT COUNT(DISTINCT a.outlet) FROM annotation n JOIN article a ON a.id = n.article_id
         WHERE n.claim_id = c.id) AS outlet_count,
       c.created_at,
       c.updated_at
FROM registry_claim c
LEFT JOIN claim_type ct ON ct.id = c.claim_type_id
LEFT JOIN verdict v ON v.id = c.verdict_id;

CREATE VIEW v_import_batch AS
SELECT b.id,
       b.started_at,
       b.finished_at,
       u.username AS started_by,
       b.origin,
       b.description,
       b.status,
       b.files_seen,
       b.articles_imported,
       b.duplicates_skipped,
       b.problems_recorded,
       b.bytes_read
FROM import_batch b
LEFT JOIN app_user u ON u.id = b.started_by;

CREATE VIEW v_import_problem AS
SELECT p.id,
       p.batch_id,
       p.file_name AS file,
       p.line_no AS line,
       p.reason,
       p.created_at
FROM import_problem p;

CREATE VIEW v_metadata_revision AS
SELECT r.id,
       r.article_id,
       r.field_name AS field,
       r.old_value,
       r.new_value,
       u.username AS changed_by,
       r.changed_at,
       r.reason
FROM metadata_revision r
LEFT JOIN app_user u ON u.id = r.changed_by;

CREATE VIEW v_audit AS
SELECT e.id,
       e.occurred_at,
       e.actor_name AS actor,
       e.action,
       e.entity_type,
       e.entity_id,
       e.before_json,
       e.after_json
FROM audit_event e;

CREATE VIEW v_label AS
SELECT l.id, l.name, l.kind, l.colour, l.hotkey, l.description, l.sort_order, l.active
FROM label l;
