-- Issue 13, plan checks and the "in demand" label.
--
-- Whether an occupation is in demand is the State or Local Workforce Development Board's decision
-- (WIOA sec. 3(23): "in-demand industry sector or occupation" as the board determines it), not
-- Waypoint's. Admins keep the official lists here: the state board's (lwda_id NULL) and each local
-- board's, entered one by one or imported from a CSV file. Plans and their PDFs show the label taken
-- from these lists; training is linked to local demand through them (20 CFR 680.210(b)).
-- Ids come from waypoint_seq (V1), as for every entity.
CREATE TABLE in_demand_occupation (
    id          BIGINT        NOT NULL PRIMARY KEY,
    state_code  VARCHAR(2)    NOT NULL REFERENCES state_profile (code),
    lwda_id     BIGINT        REFERENCES lwda (id),
    soc         VARCHAR(7)    NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    source      VARCHAR(200),
    version     BIGINT        NOT NULL,
    -- One occupation once per list; NULLS NOT DISTINCT makes the state list (lwda_id NULL) one list
    -- too (H2 2.2+ and PostgreSQL 15+). Two admins adding the same occupation at once: one is saved.
    CONSTRAINT uq_in_demand_occupation UNIQUE NULLS NOT DISTINCT (state_code, lwda_id, soc),
    CONSTRAINT ck_in_demand_occupation_soc CHECK (soc LIKE '__-____')
);
CREATE INDEX ix_in_demand_occupation_lwda ON in_demand_occupation (lwda_id);

-- A youth ISS may use a recent service strategy from another program instead of a new one
-- (20 CFR 681.420(a)(4)); how recent is the state's choice. Six months, like the assessment.
ALTER TABLE state_profile ADD COLUMN strategy_max_age_months INTEGER DEFAULT 6 NOT NULL;
ALTER TABLE state_profile ADD CONSTRAINT ck_state_profile_strategy_age CHECK (strategy_max_age_months >= 1);
