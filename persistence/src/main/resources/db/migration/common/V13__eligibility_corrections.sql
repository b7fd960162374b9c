-- Issue 13, eligibility: the state's compulsory school attendance age (20 CFR 681.210(c)(2)), the
-- local board's own priority group (TEGL 19-16), regional 70% LLSIL tables (WIOA sec. 3(36)(A)(ii)),
-- the conditions a determination carries, the enrollment's determination and characteristics at
-- entry, and the per-LWDA, per-program-year counts of the two youth 5% caps (20 CFR 681.250(c),
-- 681.310(b)).

-- Birthday on which compulsory attendance ends: Kentucky 18 (KRS 159.010), Georgia 16 (O.C.G.A. 20-2-690.1).
ALTER TABLE state_profile ADD COLUMN compulsory_school_age INTEGER;
ALTER TABLE state_profile ADD CONSTRAINT ck_state_compulsory_age CHECK (compulsory_school_age > 0);
UPDATE state_profile SET compulsory_school_age = 18 WHERE code = 'KY';
UPDATE state_profile SET compulsory_school_age = 16 WHERE code = 'GA';

-- The priority group the Governor or local board set, the fourth tier of TEGL 19-16 (a description).
ALTER TABLE lwda ADD COLUMN local_priority_group VARCHAR(300);
-- The LLSIL region whose tables the area's determinations read; none: the state-wide amounts.
ALTER TABLE lwda ADD COLUMN llsil_region VARCHAR(60);

CREATE TABLE llsil_schedule (
    id               BIGINT         NOT NULL PRIMARY KEY,
    state_code       VARCHAR(2)     NOT NULL REFERENCES state_profile (code),
    region           VARCHAR(60)    NOT NULL,
    effective_date   DATE           NOT NULL,
    amounts          VARCHAR(400)   NOT NULL,
    increment        NUMERIC(12, 2) NOT NULL,
    source           VARCHAR(300)   NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT uq_llsil_schedule UNIQUE (state_code, region, effective_date)
);

-- EVERYONE_ELSE moves from 4 to 5 now that the local board's groups are tier 4 (TEGL 19-16): the
-- finding is unchanged, only its number.
UPDATE eligibility_determination SET priority_group = 5 WHERE priority_group = 4;
-- The conditions an eligible finding carries (EligibilityCondition names, comma-separated).
ALTER TABLE eligibility_determination ADD COLUMN conditions VARCHAR(200);

-- The eligible determination an enrollment rests on (677.150(a)); none for Wagner-Peyser.
ALTER TABLE enrollment ADD COLUMN determination_id BIGINT REFERENCES eligibility_determination (id);
ALTER TABLE enrollment ADD COLUMN low_income_exception BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enrollment ADD COLUMN additional_assistance_cap BOOLEAN DEFAULT FALSE NOT NULL;
-- Characteristics at entry, frozen for federal reporting (PIRL 400, 407, 408, 600-604, 800-808).
ALTER TABLE enrollment ADD COLUMN entry_employment_status VARCHAR(60);
ALTER TABLE enrollment ADD COLUMN entry_education_level VARCHAR(60);
ALTER TABLE enrollment ADD COLUMN entry_school_status VARCHAR(60);
ALTER TABLE enrollment ADD COLUMN entry_corrected_reason VARCHAR(500);
CREATE TABLE enrollment_entry_barrier (
    enrollment_id BIGINT      NOT NULL REFERENCES enrollment (id),
    barrier       VARCHAR(60) NOT NULL,
    PRIMARY KEY (enrollment_id, barrier)
);
CREATE TABLE enrollment_entry_assistance (
    enrollment_id BIGINT      NOT NULL REFERENCES enrollment (id),
    assistance    VARCHAR(60) NOT NULL,
    PRIMARY KEY (enrollment_id, assistance)
);

-- One row per local area and program year (July 1 to June 30), locked while a youth is enrolled,
-- so two enrollments at once are both counted. The 5% caps are shares of the whole year and warn,
-- never refuse (20 CFR 681.250(c), 681.310(b)); the check keeps the counts coherent.
CREATE TABLE youth_cap_count (
    lwda_id                     BIGINT  NOT NULL REFERENCES lwda (id),
    program_year                INTEGER NOT NULL,
    youth_enrolled              INTEGER NOT NULL,
    low_income_exceptions       INTEGER NOT NULL,
    in_school_enrolled          INTEGER NOT NULL,
    in_school_additional_assist INTEGER NOT NULL,
    version                     BIGINT  NOT NULL,
    PRIMARY KEY (lwda_id, program_year),
    CONSTRAINT ck_cap_counts CHECK (low_income_exceptions <= youth_enrolled
                                    AND in_school_additional_assist <= in_school_enrolled
                                    AND in_school_enrolled <= youth_enrolled)
);
