-- The objective assessment (20 CFR 680.170, 681.420): basic skills tests and what staff learn about
-- the participant's interests, skills, strengths, stressors and needs.

CREATE TABLE basic_skills_test (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    participant_id     BIGINT      NOT NULL REFERENCES participant (id),
    instrument         VARCHAR(20) NOT NULL,
    subject            VARCHAR(20) NOT NULL,
    scale_score        INTEGER     NOT NULL,
    functioning_level  INTEGER     NOT NULL,
    test_date          DATE        NOT NULL,
    recorded_by        VARCHAR(60) NOT NULL,
    recorded_at        TIMESTAMP   NOT NULL,
    version            BIGINT      NOT NULL
);
CREATE INDEX ix_basic_skills_participant ON basic_skills_test (participant_id, test_date);

CREATE TABLE objective_assessment (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    participant_id            BIGINT        NOT NULL REFERENCES participant (id),
    assessed_on               DATE          NOT NULL,
    assessed_by               VARCHAR(60)   NOT NULL,
    interests                 VARCHAR(4000),
    aptitudes                 VARCHAR(4000),
    work_history              VARCHAR(4000),
    transferable_skills       VARCHAR(4000),
    strengths                 VARCHAR(4000),
    stressors_and_challenges  VARCHAR(4000),
    supportive_service_needs  VARCHAR(4000),
    developmental_needs       VARCHAR(4000),
    version                   BIGINT        NOT NULL,
    CONSTRAINT uq_assessment_participant UNIQUE (participant_id)
);
