-- Career exploration (issue 20): the participant's O*NET Interest Profiler result, one current profile
-- per participant (a retake replaces it; the audit trail keeps the earlier scores). Each RIASEC score is
-- 0 to 40 (Short Form and its paper version: 60 items, 10 per area, 0-4 each) and 0 to 20 on the Mini
-- Interest Profiler (30 items, 5 per area).
CREATE TABLE interest_profile (
    id              BIGINT       NOT NULL PRIMARY KEY,
    participant_id  BIGINT       NOT NULL REFERENCES participant (id),
    realistic       INTEGER      NOT NULL,
    investigative   INTEGER      NOT NULL,
    artistic        INTEGER      NOT NULL,
    social          INTEGER      NOT NULL,
    enterprising    INTEGER      NOT NULL,
    conventional    INTEGER      NOT NULL,
    profiler        VARCHAR(20)  NOT NULL,
    taken_on        DATE         NOT NULL,
    recorded_by     VARCHAR(60)  NOT NULL,
    recorded_at     TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_interest_profile_participant UNIQUE (participant_id),
    CONSTRAINT ck_interest_profile_profiler CHECK (profiler IN ('SHORT_FORM', 'MINI', 'PAPER')),
    CONSTRAINT ck_interest_profile_range CHECK (
        realistic BETWEEN 0 AND 40 AND investigative BETWEEN 0 AND 40 AND artistic BETWEEN 0 AND 40
        AND social BETWEEN 0 AND 40 AND enterprising BETWEEN 0 AND 40 AND conventional BETWEEN 0 AND 40),
    CONSTRAINT ck_interest_profile_mini CHECK (profiler <> 'MINI' OR (
        realistic <= 20 AND investigative <= 20 AND artistic <= 20
        AND social <= 20 AND enterprising <= 20 AND conventional <= 20))
);
