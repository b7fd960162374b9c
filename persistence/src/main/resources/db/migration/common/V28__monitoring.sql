-- Compliance monitoring (issue 17): a monitor's review of an LWDA's plans in a period. The sample is
-- drawn at random from the participants with plans in the period; its seed is stored so that the
-- same seed over the same population draws the same files again. Each file gets a checklist built
-- from the state's policy and the federal rules; an item a monitor marks FINDING becomes a corrective
-- action the LWDA admin answers and the monitor closes. Kept, never deleted.
CREATE TABLE monitoring_review (
    id               BIGINT        NOT NULL PRIMARY KEY,
    lwda_id          BIGINT        NOT NULL REFERENCES lwda (id),
    state_code       VARCHAR(2)    NOT NULL,
    period_from      DATE          NOT NULL,
    period_to        DATE          NOT NULL,
    sample_size      INTEGER       NOT NULL,
    seed             BIGINT        NOT NULL,
    population       INTEGER       NOT NULL,
    created_by       VARCHAR(60)   NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT ck_monitoring_review_period CHECK (period_from <= period_to),
    CONSTRAINT ck_monitoring_review_size CHECK (sample_size BETWEEN 1 AND 200)
);
CREATE INDEX ix_monitoring_review_lwda ON monitoring_review (lwda_id, created_at);

CREATE TABLE monitoring_file (
    id               BIGINT        NOT NULL PRIMARY KEY,
    review_id        BIGINT        NOT NULL REFERENCES monitoring_review (id),
    position         INTEGER       NOT NULL,
    participant_id   BIGINT        NOT NULL REFERENCES participant (id),
    plan_id          BIGINT        NOT NULL REFERENCES plan (id),
    CONSTRAINT uq_monitoring_file_position UNIQUE (review_id, position),
    CONSTRAINT uq_monitoring_file_participant UNIQUE (review_id, participant_id)
);

CREATE TABLE monitoring_item (
    id               BIGINT        NOT NULL PRIMARY KEY,
    file_id          BIGINT        NOT NULL REFERENCES monitoring_file (id),
    position         INTEGER       NOT NULL,
    code             VARCHAR(40)   NOT NULL,
    question         VARCHAR(500)  NOT NULL,
    citation         VARCHAR(200)  NOT NULL,
    -- what Waypoint could judge from its records, for the monitor to confirm; NULL when it cannot
    suggested        VARCHAR(20),
    evidence         VARCHAR(2000),
    result           VARCHAR(20),
    comment          VARCHAR(2000),
    checked_by       VARCHAR(60),
    checked_at       TIMESTAMP,
    -- the corrective action of a finding: due date, the LWDA admin's response, the monitor's close
    finding_status   VARCHAR(20),
    due_date         DATE,
    response         VARCHAR(4000),
    responded_by     VARCHAR(60),
    responded_at     TIMESTAMP,
    closed_by        VARCHAR(60),
    closed_at        TIMESTAMP,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_monitoring_item_position UNIQUE (file_id, position),
    CONSTRAINT ck_monitoring_item_suggested CHECK (suggested IS NULL OR suggested IN ('PASS', 'FINDING', 'NOT_APPLICABLE')),
    CONSTRAINT ck_monitoring_item_result CHECK (result IS NULL OR result IN ('PASS', 'FINDING', 'NOT_APPLICABLE')),
    CONSTRAINT ck_monitoring_item_finding CHECK ((result = 'FINDING' AND comment IS NOT NULL AND due_date IS NOT NULL
        AND finding_status IN ('OPEN', 'ANSWERED', 'CLOSED'))
        OR ((result IS NULL OR result <> 'FINDING') AND finding_status IS NULL))
);
CREATE INDEX ix_monitoring_item_file ON monitoring_item (file_id);
CREATE INDEX ix_monitoring_item_finding ON monitoring_item (finding_status);
