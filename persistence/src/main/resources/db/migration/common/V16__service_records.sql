-- Services delivered (issue 14): what a participant actually receives after the plan, as a record
-- of its own in one program enrollment. Federal reporting (PIRL), the 90-day exit rule, training
-- and supportive-service spending and follow-up all start from here. A delivered service is never
-- deleted: it is voided with its reason, and the void is audited like every other change.

-- The state's exit settings (20 CFR 677.150(c); TEGL 10-16, Change 1 leaves both to the state) and
-- Kentucky 24-003's rule that the IEP/ISS "is completed prior to enrollment of career training services".
ALTER TABLE state_profile ADD COLUMN common_exit BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE state_profile ADD COLUMN planned_gaps_allowed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE state_profile ADD COLUMN training_requires_signed_plan BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE state_profile SET training_requires_signed_plan = TRUE WHERE code = 'KY';

-- How an enrollment ended (PIRL 901 exit date, 923 other reasons for exit) and the last service
-- that counted for exit, kept by the daily exit job so lists need no aggregate over services.
ALTER TABLE enrollment ADD COLUMN exit_reason VARCHAR(30);
ALTER TABLE enrollment ADD COLUMN exit_exclusion VARCHAR(40);
ALTER TABLE enrollment ADD COLUMN exit_note VARCHAR(500);
ALTER TABLE enrollment ADD COLUMN last_service_date DATE;
ALTER TABLE enrollment ADD COLUMN participation_date DATE;
ALTER TABLE enrollment ADD CONSTRAINT ck_enrollment_exit_reason
    CHECK (exit_reason IS NULL OR exit_reason IN ('NO_SERVICE_90_DAYS', 'COMMON_EXIT', 'MANUAL'));
ALTER TABLE enrollment ADD CONSTRAINT ck_enrollment_exit_exclusion
    CHECK (exit_exclusion IS NULL OR exit_exclusion IN ('INSTITUTIONALIZED', 'HEALTH_MEDICAL', 'DECEASED',
        'RESERVE_FORCES_ACTIVE_DUTY', 'FOSTER_CARE_MOVED', 'INELIGIBLE', 'CRIMINAL_OFFENDER'));
ALTER TABLE enrollment ADD CONSTRAINT ck_enrollment_exit_complete
    CHECK ((exit_date IS NULL AND exit_reason IS NULL) OR (exit_date IS NOT NULL AND exit_reason IS NOT NULL));
ALTER TABLE enrollment ADD CONSTRAINT ck_enrollment_exit_after_entry
    CHECK (exit_date IS NULL OR exit_date >= entry_date);

CREATE TABLE service_record (
    id               BIGINT         NOT NULL PRIMARY KEY,
    participant_id   BIGINT         NOT NULL REFERENCES participant (id),
    enrollment_id    BIGINT         NOT NULL REFERENCES enrollment (id),
    service_code_id  BIGINT         NOT NULL REFERENCES service_code (id),
    status           VARCHAR(30)    NOT NULL,
    planned_start    DATE,
    planned_end      DATE,
    actual_start     DATE,
    actual_end       DATE,
    provider         VARCHAR(200),
    -- the WIOA program that pays, or else the named non-WIOA source (Pell, TAA, a partner)
    funding_program  VARCHAR(30),
    funding_source   VARCHAR(120),
    planned_cost     NUMERIC(12, 2),
    actual_cost      NUMERIC(12, 2),
    staff_id         BIGINT         REFERENCES staff_account (id),
    note             VARCHAR(2000),
    -- the plan whose schedule planned it, and the schedule row's key in the plan's content
    plan_id          BIGINT         REFERENCES plan (id),
    plan_item_key    VARCHAR(40),
    voided_at        TIMESTAMP,
    voided_by        BIGINT         REFERENCES staff_account (id),
    void_reason      VARCHAR(500),
    created_at       TIMESTAMP      NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT ck_service_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED_SUCCESSFUL',
        'COMPLETED_UNSUCCESSFUL', 'NOT_COMPLETED')),
    CONSTRAINT ck_service_planned_dates CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
    CONSTRAINT ck_service_actual_dates CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start)),
    CONSTRAINT ck_service_started CHECK (status = 'PLANNED' OR status = 'NOT_COMPLETED' OR actual_start IS NOT NULL),
    CONSTRAINT ck_service_completed CHECK (status NOT IN ('COMPLETED_SUCCESSFUL', 'COMPLETED_UNSUCCESSFUL') OR actual_end IS NOT NULL),
    CONSTRAINT ck_service_funding CHECK ((funding_program IS NULL) <> (funding_source IS NULL)),
    CONSTRAINT ck_service_costs CHECK ((planned_cost IS NULL OR planned_cost >= 0) AND (actual_cost IS NULL OR actual_cost >= 0)),
    CONSTRAINT ck_service_void CHECK ((voided_at IS NULL AND void_reason IS NULL) OR (voided_at IS NOT NULL AND void_reason IS NOT NULL)),
    CONSTRAINT uq_service_plan_item UNIQUE (plan_id, plan_item_key)
);
CREATE INDEX ix_service_record_participant ON service_record (participant_id, actual_start);
CREATE INDEX ix_service_record_enrollment ON service_record (enrollment_id);
CREATE INDEX ix_service_record_code ON service_record (service_code_id);
