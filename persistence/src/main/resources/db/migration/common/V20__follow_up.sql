-- Follow-up after exit (issue 15): Georgia 3.3.1 I.E and Kentucky 24-003's ISS follow-up strategy;
-- 20 CFR 680.150 (Adult and Dislocated Worker: as the state sets) and 20 CFR 681.580 (Youth: at
-- least twelve months). A period opens when an enrollment exits, contacts are recorded against it
-- by quarter after exit, and it ends after twelve months or earlier when the person declines or
-- cannot be located.

-- Which Adult and Dislocated Worker exiters the state follows up: ALL_EXITERS, EMPLOYED_EXITERS
-- (Georgia 3.3.1 I.E: twelve months after exit to unsubsidized employment; a reached contact that
-- finds the person not employed closes the period as not required) or NONE. Youth always have it.
ALTER TABLE state_profile ADD COLUMN adult_follow_up VARCHAR(20) DEFAULT 'ALL_EXITERS' NOT NULL;
ALTER TABLE state_profile ADD CONSTRAINT ck_state_profile_adult_follow_up
    CHECK (adult_follow_up IN ('ALL_EXITERS', 'EMPLOYED_EXITERS', 'NONE'));
UPDATE state_profile SET adult_follow_up = 'EMPLOYED_EXITERS' WHERE code = 'GA';

-- One follow-up period per exited enrollment that has one. Quarters are calendar quarters after the
-- exit's quarter (as the performance indicators count them): Q1 is due by the last day of the first
-- quarter after the exit quarter, Q4 by the last day of the fourth, which is also ends_on.
CREATE TABLE follow_up (
    id               BIGINT        NOT NULL PRIMARY KEY,
    enrollment_id    BIGINT        NOT NULL REFERENCES enrollment (id),
    participant_id   BIGINT        NOT NULL REFERENCES participant (id),
    program          VARCHAR(30)   NOT NULL,
    exit_date        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    closed_on        DATE,
    close_reason     VARCHAR(500),
    closed_by        BIGINT        REFERENCES staff_account (id),
    opened_at        TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_follow_up_enrollment UNIQUE (enrollment_id),
    CONSTRAINT ck_follow_up_status CHECK (status IN ('OPEN', 'COMPLETED', 'DECLINED', 'UNREACHABLE', 'NOT_REQUIRED')),
    CONSTRAINT ck_follow_up_closed CHECK ((status = 'OPEN' AND closed_on IS NULL)
        OR (status <> 'OPEN' AND closed_on IS NOT NULL)),
    CONSTRAINT ck_follow_up_reason CHECK (status NOT IN ('DECLINED', 'UNREACHABLE', 'NOT_REQUIRED')
        OR close_reason IS NOT NULL),
    CONSTRAINT ck_follow_up_ends CHECK (ends_on > exit_date)
);
CREATE INDEX ix_follow_up_participant ON follow_up (participant_id);
CREATE INDEX ix_follow_up_open ON follow_up (status, ends_on);

-- A contact (or an attempt) in a quarter of the period: how, by whom, with what outcome, and what
-- was learned of employment (TEGL 23-19 for how it was verified) or, for youth, of a placement in
-- education or training. Follow-up services given are service records of their own. Voided, never
-- deleted.
CREATE TABLE follow_up_contact (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    follow_up_id       BIGINT         NOT NULL REFERENCES follow_up (id),
    quarter            SMALLINT       NOT NULL,
    contact_date       DATE           NOT NULL,
    method             VARCHAR(20)    NOT NULL,
    staff_id           BIGINT         REFERENCES staff_account (id),
    outcome            VARCHAR(20)    NOT NULL,
    employment_status  VARCHAR(20),
    employer           VARCHAR(200),
    employment_start   DATE,
    soc_code           VARCHAR(10),
    hourly_wage        NUMERIC(7, 2),
    weekly_hours       NUMERIC(4, 1),
    verification       VARCHAR(30),
    youth_placement    VARCHAR(40),
    note               VARCHAR(2000),
    voided_at          TIMESTAMP,
    voided_by          BIGINT         REFERENCES staff_account (id),
    void_reason        VARCHAR(500),
    created_at         TIMESTAMP      NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT ck_follow_up_contact_quarter CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_follow_up_contact_method CHECK (method IN ('PHONE', 'EMAIL', 'TEXT', 'IN_PERSON', 'MAIL')),
    CONSTRAINT ck_follow_up_contact_outcome CHECK (outcome IN ('REACHED', 'UNREACHABLE', 'DECLINED')),
    CONSTRAINT ck_follow_up_contact_employment CHECK (employment_status IS NULL
        OR employment_status IN ('EMPLOYED', 'NOT_EMPLOYED')),
    CONSTRAINT ck_follow_up_contact_reached CHECK (outcome = 'REACHED' OR employment_status IS NULL),
    CONSTRAINT ck_follow_up_contact_verification CHECK (verification IS NULL
        OR verification IN ('PAY_STUB', 'EMPLOYER', 'UI_WAGE_RECORD', 'SELF_ATTESTATION')),
    CONSTRAINT ck_follow_up_contact_placement CHECK (youth_placement IS NULL
        OR youth_placement IN ('POSTSECONDARY_EDUCATION', 'SECONDARY_EDUCATION', 'OCCUPATIONAL_SKILLS_TRAINING',
            'APPRENTICESHIP', 'MILITARY')),
    CONSTRAINT ck_follow_up_contact_wage CHECK (hourly_wage IS NULL OR hourly_wage >= 0),
    CONSTRAINT ck_follow_up_contact_hours CHECK (weekly_hours IS NULL OR (weekly_hours > 0 AND weekly_hours <= 168)),
    CONSTRAINT ck_follow_up_contact_void CHECK ((voided_at IS NULL AND void_reason IS NULL)
        OR (voided_at IS NOT NULL AND void_reason IS NOT NULL))
);
CREATE INDEX ix_follow_up_contact_follow_up ON follow_up_contact (follow_up_id, quarter);
