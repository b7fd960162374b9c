-- Outcomes (issue 15): the credentials and measurable skill gains a participant attains, each
-- recorded against the program enrollment whose indicator it counts for (20 CFR 677.155(a)(1)(iv)
-- credential attainment, (v) measurable skill gains; PIRL 1800-1810), with its evidence. Never
-- deleted: one recorded in error is voided with who, when and why, and audited like the rest.
-- The dates against the enrollment (on or after entry; a credential within a year of exit, a skill
-- gain not after exit) are the service's rules: a CHECK cannot read the enrollment row.

CREATE TABLE credential (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    participant_id       BIGINT         NOT NULL REFERENCES participant (id),
    enrollment_id        BIGINT         NOT NULL REFERENCES enrollment (id),
    -- PIRL 1800 code values 1-7 by name (0, no credential, is the absence of a row)
    credential_type      VARCHAR(40)    NOT NULL,
    name                 VARCHAR(200)   NOT NULL,
    attained_on          DATE           NOT NULL,
    evidence_kind        VARCHAR(30)    NOT NULL,
    evidence_description VARCHAR(500)   NOT NULL,
    -- the training it came from, when there is one (issue 14)
    training_id          BIGINT         REFERENCES training (id),
    note                 VARCHAR(2000),
    recorded_by          BIGINT         REFERENCES staff_account (id),
    created_at           TIMESTAMP      NOT NULL,
    voided_at            TIMESTAMP,
    voided_by            BIGINT         REFERENCES staff_account (id),
    void_reason          VARCHAR(500),
    version              BIGINT         NOT NULL,
    CONSTRAINT ck_credential_type CHECK (credential_type IN ('SECONDARY_DIPLOMA', 'ASSOCIATE_DEGREE',
        'BACHELOR_DEGREE', 'OCCUPATIONAL_LICENSURE', 'OCCUPATIONAL_CERTIFICATE', 'OCCUPATIONAL_CERTIFICATION',
        'OTHER_RECOGNIZED')),
    CONSTRAINT ck_credential_evidence CHECK (evidence_kind IN ('COPY_OF_CREDENTIAL', 'TRANSCRIPT',
        'LICENSING_BOARD_RECORD', 'TEST_RESULTS', 'PROVIDER_RECORD', 'EMPLOYER_REPORT', 'OTHER')),
    CONSTRAINT ck_credential_name CHECK (LENGTH(TRIM(name)) > 0),
    CONSTRAINT ck_credential_evidence_description CHECK (LENGTH(TRIM(evidence_description)) > 0),
    CONSTRAINT ck_credential_void CHECK ((voided_at IS NULL AND void_reason IS NULL AND voided_by IS NULL)
        OR (voided_at IS NOT NULL AND void_reason IS NOT NULL)),
    CONSTRAINT ck_credential_void_after_record CHECK (voided_at IS NULL OR voided_at >= created_at)
);
CREATE INDEX ix_credential_participant ON credential (participant_id, attained_on);
CREATE INDEX ix_credential_enrollment ON credential (enrollment_id);
CREATE INDEX ix_credential_training ON credential (training_id);

CREATE TABLE skill_gain (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    participant_id       BIGINT         NOT NULL REFERENCES participant (id),
    enrollment_id        BIGINT         NOT NULL REFERENCES enrollment (id),
    -- the five types of TEGL 10-16 Change 1, the transcript split as PIRL 1807/1808 report it
    gain_type            VARCHAR(40)    NOT NULL,
    achieved_on          DATE           NOT NULL,
    evidence_kind        VARCHAR(30)    NOT NULL,
    evidence_description VARCHAR(500)   NOT NULL,
    training_id          BIGINT         REFERENCES training (id),
    note                 VARCHAR(2000),
    recorded_by          BIGINT         REFERENCES staff_account (id),
    created_at           TIMESTAMP      NOT NULL,
    voided_at            TIMESTAMP,
    voided_by            BIGINT         REFERENCES staff_account (id),
    void_reason          VARCHAR(500),
    version              BIGINT         NOT NULL,
    CONSTRAINT ck_skill_gain_type CHECK (gain_type IN ('EDUCATIONAL_FUNCTIONING_LEVEL', 'SECONDARY_DIPLOMA',
        'SECONDARY_TRANSCRIPT', 'POSTSECONDARY_TRANSCRIPT', 'TRAINING_MILESTONE', 'SKILLS_PROGRESSION')),
    CONSTRAINT ck_skill_gain_evidence CHECK (evidence_kind IN ('COPY_OF_CREDENTIAL', 'TRANSCRIPT',
        'LICENSING_BOARD_RECORD', 'TEST_RESULTS', 'PROVIDER_RECORD', 'EMPLOYER_REPORT', 'OTHER')),
    CONSTRAINT ck_skill_gain_evidence_description CHECK (LENGTH(TRIM(evidence_description)) > 0),
    CONSTRAINT ck_skill_gain_void CHECK ((voided_at IS NULL AND void_reason IS NULL AND voided_by IS NULL)
        OR (voided_at IS NOT NULL AND void_reason IS NOT NULL)),
    CONSTRAINT ck_skill_gain_void_after_record CHECK (voided_at IS NULL OR voided_at >= created_at)
);
CREATE INDEX ix_skill_gain_participant ON skill_gain (participant_id, achieved_on);
CREATE INDEX ix_skill_gain_enrollment ON skill_gain (enrollment_id);
CREATE INDEX ix_skill_gain_training ON skill_gain (training_id);
