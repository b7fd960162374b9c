-- Waypoint foundation schema: reference data (states as policy profiles, LWDAs, counties, ZIPs,
-- offices), staff accounts and the audit trail. Written in the SQL that H2 2.x and PostgreSQL 15
-- both accept; vendor-specific pieces live in db/migration/{h2,postgresql}.

CREATE SEQUENCE waypoint_seq START WITH 1000 INCREMENT BY 50;

-- A state is a policy profile: its rules for plans (review interval, assessment age) are data.
CREATE TABLE state_profile (
    code                      VARCHAR(2)   NOT NULL PRIMARY KEY,
    name                      VARCHAR(60)  NOT NULL,
    plan_review_interval_days INTEGER,
    assessment_max_age_months INTEGER      NOT NULL,
    version                   BIGINT       NOT NULL
);

CREATE TABLE lwda (
    id          BIGINT       NOT NULL PRIMARY KEY,
    state_code  VARCHAR(2)   NOT NULL REFERENCES state_profile (code),
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_lwda_state_code UNIQUE (state_code, code),
    CONSTRAINT uq_lwda_state_name UNIQUE (state_code, name)
);

CREATE TABLE county (
    fips        VARCHAR(5)   NOT NULL PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    state_code  VARCHAR(2)   NOT NULL REFERENCES state_profile (code),
    lwda_id     BIGINT       REFERENCES lwda (id),
    version     BIGINT       NOT NULL
);
CREATE INDEX ix_county_lwda ON county (lwda_id);

CREATE TABLE zip_county (
    zip          VARCHAR(5) NOT NULL,
    county_fips  VARCHAR(5) NOT NULL REFERENCES county (fips),
    PRIMARY KEY (zip, county_fips)
);
CREATE INDEX ix_zip_county_county ON zip_county (county_fips);

CREATE TABLE office (
    id        BIGINT       NOT NULL PRIMARY KEY,
    lwda_id   BIGINT       NOT NULL REFERENCES lwda (id),
    name      VARCHAR(120) NOT NULL,
    street    VARCHAR(200),
    city      VARCHAR(80),
    zip       VARCHAR(5),
    phone     VARCHAR(20),
    active    BOOLEAN      NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT uq_office_lwda_name UNIQUE (lwda_id, name)
);

CREATE TABLE staff_account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL,
    display_name         VARCHAR(120) NOT NULL,
    email                VARCHAR(200),
    role                 VARCHAR(20)  NOT NULL,
    lwda_id              BIGINT       REFERENCES lwda (id),
    office_id            BIGINT       REFERENCES office (id),
    password_hash        VARCHAR(400) NOT NULL,
    failed_attempts      INTEGER      NOT NULL,
    locked_until         TIMESTAMP,
    enabled              BOOLEAN      NOT NULL,
    demo                 BOOLEAN      NOT NULL,
    last_login_at        TIMESTAMP,
    password_changed_at  TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uq_staff_username UNIQUE (username),
    CONSTRAINT ck_staff_role CHECK (role IN ('CASE_MANAGER', 'LWDA_ADMIN', 'STATE_ADMIN', 'MONITOR')),
    -- Case managers and LWDA admins belong to exactly one LWDA; state roles to none.
    CONSTRAINT ck_staff_lwda CHECK ((role IN ('CASE_MANAGER', 'LWDA_ADMIN') AND lwda_id IS NOT NULL)
                                 OR (role IN ('STATE_ADMIN', 'MONITOR') AND lwda_id IS NULL))
);

-- Append-only: the application never updates or deletes these rows (see V1_1 per vendor).
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    entity_type  VARCHAR(60)   NOT NULL,
    entity_id    VARCHAR(60)   NOT NULL,
    lwda_id      BIGINT,
    changes      VARCHAR(20000)
);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
CREATE SEQUENCE audit_seq START WITH 1000 INCREMENT BY 50;
