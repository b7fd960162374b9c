-- Plans: the IEP (20 CFR 680.170) and the youth ISS (681.420) on one machinery. A plan has numbered
-- versions; each stores the whole plan document (JSON) so that a signed version never changes and
-- two versions can be compared. Signing freezes a version; a change afterwards opens the next one.

CREATE TABLE plan (
    id              BIGINT       NOT NULL PRIMARY KEY,
    participant_id  BIGINT       NOT NULL REFERENCES participant (id),
    lwda_id         BIGINT       NOT NULL REFERENCES lwda (id),
    kind            VARCHAR(3)   NOT NULL,
    state_code      VARCHAR(2)   NOT NULL,
    created_by      VARCHAR(60)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT ck_plan_kind CHECK (kind IN ('IEP', 'ISS'))
);
CREATE INDEX ix_plan_participant ON plan (participant_id);

CREATE TABLE plan_version (
    id              BIGINT          NOT NULL PRIMARY KEY,
    plan_id         BIGINT          NOT NULL REFERENCES plan (id),
    number          INTEGER         NOT NULL,
    content         VARCHAR(1000000) NOT NULL,
    status          VARCHAR(10)     NOT NULL,
    changed_by      VARCHAR(60)     NOT NULL,
    changed_at      TIMESTAMP       NOT NULL,
    signed_at       TIMESTAMP,
    version         BIGINT          NOT NULL,
    CONSTRAINT uq_plan_version UNIQUE (plan_id, number),
    CONSTRAINT ck_plan_version_status CHECK (status IN ('DRAFT', 'SIGNED'))
);

CREATE TABLE plan_signature (
    id               BIGINT         NOT NULL PRIMARY KEY,
    plan_version_id  BIGINT         NOT NULL REFERENCES plan_version (id),
    signer_role      VARCHAR(12)    NOT NULL,
    signer_name      VARCHAR(200)   NOT NULL,
    method           VARCHAR(10)    NOT NULL,
    drawing          VARCHAR(200000),
    consent          BOOLEAN        NOT NULL,
    signed_at        TIMESTAMP      NOT NULL,
    recorded_by      VARCHAR(60)    NOT NULL,
    CONSTRAINT ck_plan_signer CHECK (signer_role IN ('PARTICIPANT', 'STAFF')),
    CONSTRAINT ck_plan_signature_method CHECK (method IN ('DRAWN', 'TYPED'))
);
CREATE INDEX ix_plan_signature_version ON plan_signature (plan_version_id);

CREATE TABLE plan_review (
    id              BIGINT        NOT NULL PRIMARY KEY,
    plan_id         BIGINT        NOT NULL REFERENCES plan (id),
    version_number  INTEGER       NOT NULL,
    reviewed_on     DATE          NOT NULL,
    progress        VARCHAR(8000) NOT NULL,
    changes         VARCHAR(8000),
    reviewed_by     VARCHAR(60)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL
);
CREATE INDEX ix_plan_review_plan ON plan_review (plan_id, reviewed_on);
