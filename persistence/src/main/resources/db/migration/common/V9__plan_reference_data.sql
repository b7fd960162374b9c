-- The reference data a plan picks from, maintained by admins:
--  * target industry sectors: the state plan's (lwda_id NULL) and each local/regional plan's
--    (Kentucky guidance 24-003, section B: the IEP aligns with the sectors of the state plan and the
--    local/regional plans);
--  * the state's Eligible Training Provider List (20 CFR part 680 subpart D): the programs an
--    Individual Training Account may pay for;
--  * each LWDA's cap on an Individual Training Account (20 CFR 680.310: the State or Local WDB may
--    limit its amount; the limit is described in the local plan).
-- Ids come from waypoint_seq (V1), as for every entity. Nothing is deleted: an entry that no longer
-- applies is deactivated, so a plan that cites it can still show it.

CREATE TABLE industry_sector (
    id           BIGINT         NOT NULL PRIMARY KEY,
    state_code   VARCHAR(2)     NOT NULL REFERENCES state_profile (code),
    lwda_id      BIGINT         REFERENCES lwda (id),
    name         VARCHAR(120)   NOT NULL,
    description  VARCHAR(2000),
    active       BOOLEAN        NOT NULL,
    version      BIGINT         NOT NULL,
    -- NULLS NOT DISTINCT: two state-wide sectors (lwda_id NULL) of one name are duplicates too
    -- (H2 2.2+ and PostgreSQL 15+).
    CONSTRAINT uq_industry_sector UNIQUE NULLS NOT DISTINCT (state_code, lwda_id, name)
);
CREATE INDEX ix_industry_sector_lwda ON industry_sector (lwda_id);

CREATE TABLE training_program (
    id            BIGINT         NOT NULL PRIMARY KEY,
    state_code    VARCHAR(2)     NOT NULL REFERENCES state_profile (code),
    provider      VARCHAR(200)   NOT NULL,
    program       VARCHAR(200)   NOT NULL,
    cip_code      VARCHAR(7)     NOT NULL,
    cost          DECIMAL(10, 2) NOT NULL,
    length_weeks  INTEGER        NOT NULL,
    credential    VARCHAR(200)   NOT NULL,
    outcomes      VARCHAR(4000),
    delivery      VARCHAR(10),
    location      VARCHAR(200),
    active        BOOLEAN        NOT NULL,
    version       BIGINT         NOT NULL,
    -- One provider may run the same program at several campuses: the location tells them apart.
    CONSTRAINT uq_training_program UNIQUE NULLS NOT DISTINCT (state_code, provider, program, location),
    CONSTRAINT ck_training_program_cost CHECK (cost >= 0),
    CONSTRAINT ck_training_program_weeks CHECK (length_weeks > 0),
    CONSTRAINT ck_training_program_delivery CHECK (delivery IN ('IN_PERSON', 'ONLINE', 'HYBRID'))
);
CREATE INDEX ix_training_program_state ON training_program (state_code, active);

-- NULL: the local board sets no cap.
ALTER TABLE lwda ADD COLUMN ita_limit DECIMAL(10, 2);
