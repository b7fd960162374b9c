-- UI wage records (issue 15). TEGL 10-16, Change 1: the state's unemployment insurance wage records
-- are the primary source for employment and earnings in the quarters after exit. A state admin
-- imports the state's quarterly wage file; only the rows of people who are participants of that
-- state's LWDAs are kept, matched through the SSN's keyed hash (participant.ssn_hash). No SSN is
-- stored here, and the uploaded file itself is not kept.

-- One import, accepted or refused: who, when, which file (its name only), how the columns were
-- read, and what came of it. A refused file keeps its row errors (wage_import_error) and no rows.
CREATE TABLE wage_import (
    id               BIGINT        NOT NULL PRIMARY KEY,
    state_code       VARCHAR(2)    NOT NULL REFERENCES state_profile (code),
    file_name        VARCHAR(255)  NOT NULL,
    column_mapping   VARCHAR(500)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    rows_read        INTEGER       NOT NULL,
    rows_matched     INTEGER       NOT NULL,
    rows_unmatched   INTEGER       NOT NULL,
    rows_inserted    INTEGER       NOT NULL,
    rows_replaced    INTEGER       NOT NULL,
    error_count      INTEGER       NOT NULL,
    message          VARCHAR(1000),
    imported_by      VARCHAR(60)   NOT NULL,
    started_at       TIMESTAMP     NOT NULL,
    finished_at      TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT ck_wage_import_status CHECK (status IN ('IMPORTED', 'REFUSED', 'FAILED')),
    CONSTRAINT ck_wage_import_counts CHECK (rows_read >= 0 AND rows_matched >= 0 AND rows_unmatched >= 0
        AND rows_inserted >= 0 AND rows_replaced >= 0 AND error_count >= 0),
    -- an accepted file accounts for every row; a refused one saved none
    CONSTRAINT ck_wage_import_imported CHECK (status <> 'IMPORTED' OR (error_count = 0
        AND rows_matched + rows_unmatched = rows_read AND rows_inserted + rows_replaced = rows_matched)),
    CONSTRAINT ck_wage_import_refused CHECK (status = 'IMPORTED' OR (rows_inserted = 0 AND rows_replaced = 0)),
    CONSTRAINT ck_wage_import_finished CHECK (finished_at >= started_at)
);
CREATE INDEX ix_wage_import_state ON wage_import (state_code, started_at);

-- The quarters an accepted file reported (all rows, matched or not): a quarter the state has
-- reported with no wages for a participant is a quarter that participant had no covered wages.
CREATE TABLE wage_import_quarter (
    wage_import_id   BIGINT        NOT NULL REFERENCES wage_import (id),
    wage_year        SMALLINT      NOT NULL,
    wage_quarter     SMALLINT      NOT NULL,
    row_count        INTEGER       NOT NULL,
    CONSTRAINT pk_wage_import_quarter PRIMARY KEY (wage_import_id, wage_year, wage_quarter),
    CONSTRAINT ck_wage_import_quarter CHECK (wage_quarter BETWEEN 1 AND 4 AND row_count > 0)
);

-- The first row errors of a refused file, located by row and column; never the value of an SSN.
CREATE TABLE wage_import_error (
    wage_import_id   BIGINT        NOT NULL REFERENCES wage_import (id),
    error_index      INTEGER       NOT NULL,
    error_row        INTEGER       NOT NULL,
    column_name      VARCHAR(100)  NOT NULL,
    message          VARCHAR(300)  NOT NULL,
    CONSTRAINT pk_wage_import_error PRIMARY KEY (wage_import_id, error_index)
);

-- A participant's wages from one employer in one quarter. The key is the state's: a later import
-- with the same participant, quarter and employer replaces the amount (a correction by the state).
CREATE TABLE wage_record (
    participant_id   BIGINT         NOT NULL REFERENCES participant (id),
    wage_year        SMALLINT       NOT NULL,
    wage_quarter     SMALLINT       NOT NULL,
    employer_fein    VARCHAR(9)     NOT NULL,
    wages            NUMERIC(12, 2) NOT NULL,
    wage_import_id   BIGINT         NOT NULL REFERENCES wage_import (id),
    CONSTRAINT pk_wage_record PRIMARY KEY (participant_id, wage_year, wage_quarter, employer_fein),
    CONSTRAINT ck_wage_record_quarter CHECK (wage_quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_wage_record_wages CHECK (wages >= 0),
    CONSTRAINT ck_wage_record_fein CHECK (CHAR_LENGTH(employer_fein) = 9)
);
CREATE INDEX ix_wage_record_import ON wage_record (wage_import_id);
