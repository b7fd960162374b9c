-- The participant record: identity, contact and address, protected SSN, the facts WIOA programs and
-- PIRL need, program enrollments and case notes.

ALTER TABLE participant ADD COLUMN middle_name VARCHAR(60);
ALTER TABLE participant ADD COLUMN sex VARCHAR(12);
ALTER TABLE participant ADD COLUMN street VARCHAR(200);
ALTER TABLE participant ADD COLUMN city VARCHAR(80);
ALTER TABLE participant ADD COLUMN address_state VARCHAR(2);
ALTER TABLE participant ADD COLUMN zip VARCHAR(5);
ALTER TABLE participant ADD COLUMN county_fips VARCHAR(5) REFERENCES county (fips);
ALTER TABLE participant ADD COLUMN phone VARCHAR(20);
ALTER TABLE participant ADD COLUMN email VARCHAR(200);
ALTER TABLE participant ADD COLUMN preferred_language VARCHAR(40);
-- SSN: AES-GCM ciphertext (key from server configuration), a keyed hash to find duplicates
-- without decrypting, and the last four digits that staff may see.
ALTER TABLE participant ADD COLUMN ssn_cipher VARCHAR(200);
ALTER TABLE participant ADD COLUMN ssn_hash VARCHAR(64);
ALTER TABLE participant ADD COLUMN ssn_last4 VARCHAR(4);
ALTER TABLE participant ADD COLUMN disability VARCHAR(16);
ALTER TABLE participant ADD COLUMN hispanic VARCHAR(16);
ALTER TABLE participant ADD COLUMN veteran BOOLEAN;
ALTER TABLE participant ADD COLUMN eligible_spouse BOOLEAN;
ALTER TABLE participant ADD COLUMN employment_status VARCHAR(30);
ALTER TABLE participant ADD COLUMN uc_status VARCHAR(30);
ALTER TABLE participant ADD COLUMN highest_grade INTEGER;
ALTER TABLE participant ADD COLUMN education_level VARCHAR(40);
ALTER TABLE participant ADD COLUMN school_status VARCHAR(40);
ALTER TABLE participant ADD COLUMN family_size INTEGER;
ALTER TABLE participant ADD COLUMN annual_family_income NUMERIC(12, 2);
ALTER TABLE participant ADD COLUMN selective_service VARCHAR(20);
ALTER TABLE participant ADD COLUMN authorized_to_work BOOLEAN;
ALTER TABLE participant ADD COLUMN first_name_search VARCHAR(60);
ALTER TABLE participant ADD COLUMN last_name_search VARCHAR(60);

UPDATE participant SET first_name_search = LOWER(first_name), last_name_search = LOWER(last_name);

CREATE INDEX ix_participant_ssn_hash ON participant (ssn_hash);
CREATE INDEX ix_participant_last4 ON participant (ssn_last4);
CREATE INDEX ix_participant_last_search ON participant (lwda_id, last_name_search, first_name_search);
CREATE INDEX ix_participant_dob ON participant (date_of_birth);

CREATE TABLE participant_race (
    participant_id BIGINT      NOT NULL REFERENCES participant (id),
    race           VARCHAR(30) NOT NULL,
    PRIMARY KEY (participant_id, race)
);

CREATE TABLE participant_assistance (
    participant_id BIGINT      NOT NULL REFERENCES participant (id),
    assistance     VARCHAR(20) NOT NULL,
    PRIMARY KEY (participant_id, assistance)
);

CREATE TABLE participant_barrier (
    participant_id BIGINT      NOT NULL REFERENCES participant (id),
    barrier        VARCHAR(40) NOT NULL,
    PRIMARY KEY (participant_id, barrier)
);

CREATE TABLE enrollment (
    id               BIGINT      NOT NULL PRIMARY KEY,
    participant_id   BIGINT      NOT NULL REFERENCES participant (id),
    program          VARCHAR(30) NOT NULL,
    entry_date       DATE        NOT NULL,
    exit_date        DATE,
    case_manager_id  BIGINT      REFERENCES staff_account (id),
    office_id        BIGINT      REFERENCES office (id),
    version          BIGINT      NOT NULL
);
CREATE INDEX ix_enrollment_participant ON enrollment (participant_id);
CREATE INDEX ix_enrollment_program ON enrollment (program, exit_date);

-- Append-only: a correction is a new note that references the note it corrects.
CREATE TABLE case_note (
    id              BIGINT        NOT NULL PRIMARY KEY,
    participant_id  BIGINT        NOT NULL REFERENCES participant (id),
    lwda_id         BIGINT        NOT NULL REFERENCES lwda (id),
    author          VARCHAR(60)   NOT NULL,
    written_at      TIMESTAMP     NOT NULL,
    contact_date    DATE          NOT NULL,
    category        VARCHAR(30)   NOT NULL,
    text            VARCHAR(10000) NOT NULL,
    text_search     VARCHAR(10000) NOT NULL,
    corrects_id     BIGINT        REFERENCES case_note (id),
    plan_id         BIGINT,
    plan_version    INTEGER,
    service_id      BIGINT
);
CREATE INDEX ix_case_note_participant ON case_note (participant_id, written_at);
