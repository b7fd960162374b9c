-- Eligibility: the low-income thresholds a state admin keeps by year, and saved determinations.
-- A determination is never changed or removed: a new one is added beside the old.

CREATE TABLE income_schedule (
    id               BIGINT         NOT NULL PRIMARY KEY,
    state_code       VARCHAR(2)     NOT NULL REFERENCES state_profile (code),
    effective_date   DATE           NOT NULL,
    hhs_amounts      VARCHAR(400)   NOT NULL,
    hhs_increment    NUMERIC(12, 2) NOT NULL,
    llsil_amounts    VARCHAR(400),
    llsil_increment  NUMERIC(12, 2),
    source           VARCHAR(300)   NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT uq_income_schedule UNIQUE (state_code, effective_date)
);

CREATE TABLE eligibility_determination (
    id              BIGINT         NOT NULL PRIMARY KEY,
    participant_id  BIGINT         NOT NULL REFERENCES participant (id),
    lwda_id         BIGINT         NOT NULL REFERENCES lwda (id),
    program         VARCHAR(30)    NOT NULL,
    as_of           DATE           NOT NULL,
    eligible        BOOLEAN        NOT NULL,
    priority_group  INTEGER,
    determined_by   VARCHAR(60)    NOT NULL,
    determined_at   TIMESTAMP      NOT NULL,
    facts           VARCHAR(10000) NOT NULL
);
CREATE INDEX ix_determination_participant ON eligibility_determination (participant_id, determined_at);

CREATE TABLE eligibility_criterion (
    determination_id BIGINT        NOT NULL REFERENCES eligibility_determination (id),
    position         INTEGER       NOT NULL,
    code             VARCHAR(40)   NOT NULL,
    met              BOOLEAN       NOT NULL,
    explanation      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (determination_id, position)
);

CREATE TABLE eligibility_fact_source (
    determination_id BIGINT      NOT NULL REFERENCES eligibility_determination (id),
    fact             VARCHAR(60) NOT NULL,
    source           VARCHAR(30) NOT NULL,
    PRIMARY KEY (determination_id, fact)
);
