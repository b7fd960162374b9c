-- The case file's documents of a plan: the PDF of each signed version, kept as the original the
-- participant and staff signed (20 CFR 680.170; Georgia 3.3.1 "a signed copy"), and for a youth
-- ISS the copy of a recent service strategy from another program used instead of a new one
-- (681.420). Stored once, never changed. Reviews record progress objective by objective.

CREATE TABLE plan_document (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    plan_id                 BIGINT        NOT NULL REFERENCES plan (id),
    version_number          INTEGER,
    kind                    VARCHAR(20)   NOT NULL,
    file_name               VARCHAR(255)  NOT NULL,
    media_type              VARCHAR(100)  NOT NULL,
    content                 BLOB          NOT NULL,
    size_bytes              INTEGER       NOT NULL,
    sha256                  VARCHAR(64)   NOT NULL,
    offered_to_participant  BOOLEAN       NOT NULL,
    created_by              VARCHAR(60)   NOT NULL,
    created_at              TIMESTAMP     NOT NULL,
    CONSTRAINT ck_plan_document_kind CHECK (kind IN ('SIGNED_PLAN', 'REUSED_STRATEGY'))
);
CREATE INDEX ix_plan_document_plan ON plan_document (plan_id, version_number);

ALTER TABLE plan_review ADD COLUMN objective_progress VARCHAR(100000);
