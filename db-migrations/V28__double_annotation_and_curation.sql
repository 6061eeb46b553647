-- Several editors per article: every assignee is a row here; article.assigned_to stays as the first of them (the
-- queue's column and v_article.assigned_to), kept by the article repository.
CREATE TABLE article_assignment (
    article_id   BIGINT NOT NULL REFERENCES article (id),
    user_id      BIGINT NOT NULL REFERENCES app_user (id),
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_article_assignment PRIMARY KEY (article_id, user_id)
);
CREATE INDEX ix_article_assignment_user ON article_assignment (user_id, article_id);
INSERT INTO article_assignment (article_id, user_id)
SELECT id, assigned_to FROM article WHERE assigned_to IS NOT NULL;

-- A curated article: its editors' layers were merged into the gold layer by a curator.
ALTER TABLE article DROP CONSTRAINT ck_article_status;
ALTER TABLE article ADD CONSTRAINT ck_article_status
    CHECK (status IN ('NEW', 'IN_PROGRESS', 'DONE', 'CURATED', 'APPROVED', 'REJECTED'));

-- The gold layer is the layer of one system user that cannot sign in; curators write into it.
ALTER TABLE app_user ADD COLUMN gold_layer BOOLEAN NOT NULL DEFAULT FALSE;
INSERT INTO app_user (username, display_name, password_hash, role, enabled, gold_layer)
SELECT 'gold', 'Gold layer (curated)', NULL, 'CURATOR', FALSE, TRUE
WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'gold');
INSERT INTO app_user (username, display_name, password_hash, role, enabled, gold_layer)
SELECT 'gold-layer', 'Gold layer (curated)', NULL, 'CURATOR', FALSE, TRUE
WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE gold_layer);

CREATE VIEW v_assignment AS
SELECT s.article_id, u.username, s.assigned_at
FROM article_assignment s JOIN app_user u ON u.id = s.user_id;

-- Agreement is between editors' layers: the gold layer is left out.
DROP VIEW v_agreement_exact;
CREATE VIEW v_agreement_exact AS
SELECT p.article_id,
       l.name AS label,
       ua.username AS annotator_a,
       ub.username AS annotator_b,
       (SELECT COUNT(*) FROM annotation x
         WHERE x.article_id = p.article_id AND x.annotator_id = p.a AND x.label_id = l.id) AS spans_a,
       (SELECT COUNT(*) FROM annotation y
         WHERE y.article_id = p.article_id AND y.annotator_id = p.b AND y.label_id = l.id) AS spans_b,
       (SELECT COUNT(*) FROM annotation x
         WHERE x.article_id = p.article_id AND x.annotator_id = p.a AND x.label_id = l.id
           AND EXISTS (SELECT 1 FROM annotation y
                        WHERE y.article_id = x.article_id AND y.annotator_id = p.b AND y.label_id = x.label_id
                          AND y.start_cp = x.start_cp AND y.end_cp = x.end_cp)) AS exact_matches
FROM (SELECT DISTINCT la.article_id, la.annotator_id AS a, lb.annotator_id AS b
        FROM annotation la JOIN annotation lb ON lb.article_id = la.article_id AND lb.annotator_id > la.annotator_id) p
JOIN label l ON EXISTS (SELECT 1 FROM annotation z WHERE z.article_id = p.article_id AND z.label_id = l.id
                          AND z.annotator_id IN (p.a, p.b))
JOIN app_user ua ON ua.id = p.a AND NOT ua.gold_layer
JOIN app_user ub ON ub.id = p.b AND NOT ub.gold_layer;

-- The same per article and pair, with the article's outlet and the month of the pair's latest change there: for
-- agreement per outlet, per editor and over time.
CREATE VIEW v_agreement_article AS
SELECT e.article_id, a.outlet, e.label, e.annotator_a, e.annotator_b, e.spans_a, e.spans_b, e.exact_matches,
       (SELECT MAX(n.updated_at) FROM annotation n JOIN app_user u ON u.id = n.annotator_id
         WHERE n.article_id = e.article_id AND u.username IN (e.annotator_a, e.annotator_b)) AS annotated_at
FROM v_agreement_exact e JOIN article a ON a.id = e.article_id;
