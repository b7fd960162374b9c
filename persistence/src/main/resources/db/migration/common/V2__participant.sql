-- The participant core: enough to own case data by LWDA. Later migrations add PII, facts and enrollments.
CREATE TABLE participant (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    participant_number  VARCHAR(12)  NOT NULL,
    first_name          VARCHAR(60)  NOT NULL,
    last_name           VARCHAR(60)  NOT NULL,
    date_of_birth       DATE         NOT NULL,
    lwda_id             BIGINT       NOT NULL REFERENCES lwda (id),
    office_id           BIGINT       REFERENCES office (id),
    case_manager_id     BIGINT       REFERENCES staff_account (id),
    created_at          TIMESTAMP    NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uq_participant_number UNIQUE (participant_number)
);
CREATE INDEX ix_participant_lwda ON participant (lwda_id);
CREATE INDEX ix_participant_case_manager ON participant (case_manager_id);
CREATE INDEX ix_participant_name ON participant (last_name, first_name);
