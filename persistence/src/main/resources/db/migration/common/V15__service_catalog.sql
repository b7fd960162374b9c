-- The state's service catalog (issue 14): the activity codes a case manager records services with,
-- kept per state by its state admin. Each code says its federal category, the programs that may
-- fund it, whether it makes a participant (a participation-level service, 20 CFR 677.150(a)),
-- whether it keeps the exit clock running (20 CFR 677.150(c)(1): self-service, information-only
-- and follow-up services do not) and the PIRL data elements its dates feed. Nothing is deleted: a
-- code that no longer applies is deactivated, so the services recorded with it keep their meaning.
-- Kentucky's and Georgia's codes are added at start-up by the reference data loader (as the state
-- plans' sectors are), after the states themselves exist.

CREATE TABLE service_code (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    state_code           VARCHAR(2)    NOT NULL REFERENCES state_profile (code),
    code                 VARCHAR(20)   NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    category             VARCHAR(30)   NOT NULL,
    -- the youth program element it is (20 CFR 681.460(a)), for a youth
    youth_element        INTEGER,
    -- space-separated program names: ADULT DISLOCATED_WORKER YOUTH_IN_SCHOOL YOUTH_OUT_OF_SCHOOL WAGNER_PEYSER
    programs             VARCHAR(100)  NOT NULL,
    participation_level  BOOLEAN       NOT NULL,
    keeps_exit_clock     BOOLEAN       NOT NULL,
    -- space-separated PIRL data element numbers, for example '1200 1201 1004'
    pirl_elements        VARCHAR(60),
    active               BOOLEAN       NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_service_code UNIQUE (state_code, code),
    CONSTRAINT ck_service_code_category CHECK (category IN ('SELF_SERVICE_INFORMATION', 'BASIC_CAREER',
        'INDIVIDUALIZED_CAREER', 'TRAINING', 'SUPPORTIVE', 'YOUTH_ELEMENT', 'FOLLOW_UP')),
    CONSTRAINT ck_service_code_youth_element CHECK (youth_element BETWEEN 1 AND 14),
    -- 20 CFR 677.150(c)(1): only a service that counts for participation holds the exit
    CONSTRAINT ck_service_code_exit_clock CHECK (participation_level OR NOT keeps_exit_clock)
);
CREATE INDEX ix_service_code_state ON service_code (state_code, active);
