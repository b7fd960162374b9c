-- Training, Individual Training Accounts and supportive services (issue 14). Each training and each
-- supportive service IS one service_record (of a TRAINING or SUPPORTIVE catalog code), so the exit
-- rule and the participant's service timeline see it; these tables hold what only that kind knows.

-- One training a participant takes (WIOA sec. 134(c)(3); PIRL 1300-1303 type of training service).
CREATE TABLE training (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    participant_id       BIGINT         NOT NULL REFERENCES participant (id),
    enrollment_id        BIGINT         NOT NULL REFERENCES enrollment (id),
    service_record_id    BIGINT         NOT NULL REFERENCES service_record (id),
    -- the Eligible Training Provider List program (20 CFR 680.410: an ITA pays only for one)
    training_program_id  BIGINT         REFERENCES training_program (id),
    training_type        VARCHAR(40)    NOT NULL,
    start_date           DATE           NOT NULL,
    planned_end          DATE,
    actual_end           DATE,
    outcome              VARCHAR(30),
    -- the employer of on-the-job or customized training (20 CFR 680.700, 680.760)
    employer             VARCHAR(200),
    -- the Individual Training Account obligated for it (20 CFR 680.300)
    ita_amount           NUMERIC(10, 2),
    -- Pell Grants and other aid considered before WIOA pays (20 CFR 680.230)
    other_aid_considered BOOLEAN        NOT NULL,
    other_aid_amount     NUMERIC(10, 2),
    aid_note             VARCHAR(500),
    created_at           TIMESTAMP      NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT uq_training_service UNIQUE (service_record_id),
    CONSTRAINT ck_training_type CHECK (training_type IN ('ON_THE_JOB', 'SKILL_UPGRADING', 'ENTREPRENEURIAL',
        'ABE_ESL_WITH_TRAINING', 'CUSTOMIZED', 'OCCUPATIONAL_SKILLS', 'PREREQUISITE', 'REGISTERED_APPRENTICESHIP',
        'YOUTH_OCCUPATIONAL_SKILLS', 'OTHER_NON_OCCUPATIONAL', 'JOB_READINESS')),
    CONSTRAINT ck_training_outcome CHECK (outcome IS NULL OR outcome IN ('COMPLETED', 'COMPLETED_WITH_CREDENTIAL',
        'WITHDREW', 'NOT_COMPLETED')),
    CONSTRAINT ck_training_planned_end CHECK (planned_end IS NULL OR planned_end >= start_date),
    CONSTRAINT ck_training_actual_end CHECK (actual_end IS NULL OR actual_end >= start_date),
    CONSTRAINT ck_training_ended CHECK ((actual_end IS NULL) = (outcome IS NULL)),
    CONSTRAINT ck_training_employer CHECK (training_type NOT IN ('ON_THE_JOB', 'CUSTOMIZED') OR employer IS NOT NULL),
    CONSTRAINT ck_training_ita CHECK (ita_amount IS NULL OR (ita_amount >= 0 AND training_program_id IS NOT NULL)),
    CONSTRAINT ck_training_aid CHECK (other_aid_amount IS NULL OR other_aid_amount >= 0)
);
CREATE INDEX ix_training_participant ON training (participant_id);

-- The dated payments made from a training's ITA; the sum over a participant's ITAs stays within
-- the local board's cap (20 CFR 680.310), checked under a lock on the participant.
CREATE TABLE ita_payment (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    training_id          BIGINT         NOT NULL REFERENCES training (id),
    participant_id       BIGINT         NOT NULL REFERENCES participant (id),
    paid_on              DATE           NOT NULL,
    amount               NUMERIC(10, 2) NOT NULL,
    note                 VARCHAR(500),
    created_at           TIMESTAMP      NOT NULL,
    CONSTRAINT ck_ita_payment_amount CHECK (amount > 0)
);
CREATE INDEX ix_ita_payment_training ON ita_payment (training_id);
CREATE INDEX ix_ita_payment_participant ON ita_payment (participant_id);

-- A supportive service (20 CFR 680.900-680.910) with its documented need; above the LWDA's limit
-- it waits for that LWDA's admin (20 CFR 680.910(b): the local board sets limits and procedures).
CREATE TABLE supportive_service (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    participant_id       BIGINT         NOT NULL REFERENCES participant (id),
    enrollment_id        BIGINT         NOT NULL REFERENCES enrollment (id),
    service_record_id    BIGINT         NOT NULL REFERENCES service_record (id),
    amount               NUMERIC(10, 2) NOT NULL,
    provided_on          DATE           NOT NULL,
    vendor               VARCHAR(200),
    need                 VARCHAR(1000)  NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    requested_by         BIGINT         REFERENCES staff_account (id),
    decided_by           BIGINT         REFERENCES staff_account (id),
    decided_at           TIMESTAMP,
    decision_reason      VARCHAR(500),
    created_at           TIMESTAMP      NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT uq_supportive_service UNIQUE (service_record_id),
    CONSTRAINT ck_supportive_status CHECK (status IN ('APPROVED', 'PENDING', 'DENIED')),
    CONSTRAINT ck_supportive_amount CHECK (amount >= 0),
    CONSTRAINT ck_supportive_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CONSTRAINT ck_supportive_denied CHECK (status <> 'DENIED' OR (decided_by IS NOT NULL AND decision_reason IS NOT NULL))
);
CREATE INDEX ix_supportive_participant ON supportive_service (participant_id, provided_on);
CREATE INDEX ix_supportive_status ON supportive_service (status);

-- What an LWDA pays per participant and program year without its admin's approval: for one
-- supportive service code, or (no code) for all supportive services together.
CREATE TABLE supportive_limit (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    lwda_id              BIGINT         NOT NULL REFERENCES lwda (id),
    service_code_id      BIGINT         REFERENCES service_code (id),
    annual_amount        NUMERIC(10, 2) NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT uq_supportive_limit UNIQUE NULLS NOT DISTINCT (lwda_id, service_code_id),
    CONSTRAINT ck_supportive_limit_amount CHECK (annual_amount >= 0)
);
