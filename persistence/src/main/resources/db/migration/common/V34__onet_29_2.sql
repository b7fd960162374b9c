-- O*NET 29.2 (issue 20): the files Kentucky 24-003 Attachment A's questions need beyond the
-- occupation, its related occupations and its education: how much preparation it takes (Job Zones),
-- whom it suits (Interests), what seekers call it (Alternate Titles, Sample of Reported Titles),
-- which tools and technology it uses (Tools Used, Technology Skills) and what its workers do (Task
-- Statements). Each is a dataset kind of its own, imported whole and by vintage like the others:
-- rows carry their dataset, are never updated, and a newer import of the kind supersedes the older.
--
-- Column sizes: the longest value in the 29.2 files, with headroom for later releases (alternate
-- title 128 characters, short title 50, reported title 126, tool 93, technology 111, UNSPSC
-- commodity title 107, task 332). "position" is the row's place in the file, so that a list reads
-- back in O*NET's order whatever the database's collation.

ALTER TABLE lmi_dataset DROP CONSTRAINT ck_lmi_dataset_kind;
ALTER TABLE lmi_dataset ADD CONSTRAINT ck_lmi_dataset_kind CHECK (kind IN ('OCCUPATIONAL_OUTLOOK', 'OEWS_WAGES',
    'ONET_OCCUPATIONS', 'ONET_RELATED_OCCUPATIONS', 'ONET_EDUCATION', 'ZIP_COUNTY', 'ONET_JOB_ZONES',
    'ONET_INTERESTS', 'ONET_ALTERNATE_TITLES', 'ONET_REPORTED_TITLES', 'ONET_TOOLS', 'ONET_TECHNOLOGY_SKILLS',
    'ONET_TASKS'));

CREATE TABLE lmi_job_zone (
    dataset_id     BIGINT        NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code  VARCHAR(10)   NOT NULL,
    job_zone       INTEGER       NOT NULL,
    PRIMARY KEY (dataset_id, onet_soc_code),
    CONSTRAINT ck_lmi_job_zone CHECK (job_zone BETWEEN 1 AND 5)
);

-- One row per occupation: the six occupational-interest scores (scale OI, 1 to 7) and the
-- high-point code, the first to third high-points as RIASEC letters ("CRS").
CREATE TABLE lmi_interest (
    dataset_id     BIGINT        NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code  VARCHAR(10)   NOT NULL,
    realistic      DECIMAL(4, 2) NOT NULL,
    investigative  DECIMAL(4, 2) NOT NULL,
    artistic       DECIMAL(4, 2) NOT NULL,
    social         DECIMAL(4, 2) NOT NULL,
    enterprising   DECIMAL(4, 2) NOT NULL,
    conventional   DECIMAL(4, 2) NOT NULL,
    high_points    VARCHAR(6)    NOT NULL,
    PRIMARY KEY (dataset_id, onet_soc_code)
);

-- O*NET lists a title twice when it gives it with and without a short form ("Licensed Mental Health
-- Counselor (LMHC)", "n/a" and "LMHC"), so the short title is part of the key: '' where O*NET
-- writes "n/a" (a key column cannot be null).
CREATE TABLE lmi_alternate_title (
    dataset_id       BIGINT        NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code    VARCHAR(10)   NOT NULL,
    alternate_title  VARCHAR(250)  NOT NULL,
    short_title      VARCHAR(120)  NOT NULL,
    position         INTEGER       NOT NULL,
    PRIMARY KEY (dataset_id, onet_soc_code, alternate_title, short_title)
);

CREATE TABLE lmi_reported_title (
    dataset_id              BIGINT        NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code           VARCHAR(10)   NOT NULL,
    reported_title          VARCHAR(250)  NOT NULL,
    shown_in_my_next_move   BOOLEAN       NOT NULL,
    position                INTEGER       NOT NULL,
    PRIMARY KEY (dataset_id, onet_soc_code, reported_title)
);

CREATE TABLE lmi_tool (
    dataset_id       BIGINT        NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code    VARCHAR(10)   NOT NULL,
    example          VARCHAR(250)  NOT NULL,
    commodity_code   VARCHAR(10)   NOT NULL,
    commodity_title  VARCHAR(250)  NOT NULL,
    position         INTEGER       NOT NULL,
    PRIMARY KEY (dataset_id, onet_soc_code, commodity_code, example)
);

CREATE TABLE lmi_technology_skill (
    dataset_id       BIGINT        NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code    VARCHAR(10)   NOT NULL,
    example          VARCHAR(250)  NOT NULL,
    commodity_code   VARCHAR(10)   NOT NULL,
    commodity_title  VARCHAR(250)  NOT NULL,
    hot_technology   BOOLEAN       NOT NULL,
    in_demand        BOOLEAN       NOT NULL,
    position         INTEGER       NOT NULL,
    PRIMARY KEY (dataset_id, onet_soc_code, commodity_code, example)
);

CREATE TABLE lmi_task (
    dataset_id     BIGINT         NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code  VARCHAR(10)    NOT NULL,
    task_id        BIGINT         NOT NULL,
    task           VARCHAR(1000)  NOT NULL,
    task_type      VARCHAR(20)    NOT NULL,
    position       INTEGER        NOT NULL,
    PRIMARY KEY (dataset_id, onet_soc_code, task_id),
    CONSTRAINT ck_lmi_task_type CHECK (task_type IN ('Core', 'Supplemental', 'n/a'))
);
