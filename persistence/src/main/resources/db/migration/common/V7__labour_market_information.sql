-- Customized labour-market information (Kentucky guidance 24-003, Attachments A and B): the
-- published files as imported, by vintage, and the LMI a case manager reviewed with a career seeker.
--
-- Every import is one lmi_dataset; its rows carry the dataset id and are never updated. A newer
-- import of the same kind and scope supersedes the older one (current_data = FALSE) but leaves its
-- rows in place, so nothing that cites an older vintage loses its source. Plans keep their own
-- snapshot of the figures (lmi_review_occupation), so a later import cannot change a signed plan.

CREATE SEQUENCE lmi_dataset_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE lmi_dataset (
    id             BIGINT        NOT NULL PRIMARY KEY,
    kind           VARCHAR(30)   NOT NULL,
    scope          VARCHAR(200)  NOT NULL,
    vintage        VARCHAR(200)  NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    row_count      INTEGER       NOT NULL,
    imported_by    VARCHAR(60)   NOT NULL,
    imported_at    TIMESTAMP     NOT NULL,
    current_data   BOOLEAN       NOT NULL,
    superseded_at  TIMESTAMP,
    CONSTRAINT ck_lmi_dataset_kind CHECK (kind IN ('OCCUPATIONAL_OUTLOOK', 'OEWS_WAGES', 'ONET_OCCUPATIONS',
        'ONET_RELATED_OCCUPATIONS', 'ONET_EDUCATION', 'ZIP_COUNTY'))
);
CREATE INDEX ix_lmi_dataset_current ON lmi_dataset (kind, current_data);

-- Areas are created by the imports that bring figures for them: KYSTATS (state, LWAs), OEWS
-- (nation, states, metropolitan and nonmetropolitan areas).
CREATE TABLE lmi_area (
    id          VARCHAR(40)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    type        VARCHAR(20)   NOT NULL,
    state_code  VARCHAR(2),
    lwda_id     BIGINT        REFERENCES lwda (id),
    CONSTRAINT ck_lmi_area_type CHECK (type IN ('NATION', 'STATE', 'LWA', 'OEWS_AREA'))
);
CREATE INDEX ix_lmi_area_lwda ON lmi_area (lwda_id);

CREATE TABLE lmi_projection (
    dataset_id            BIGINT        NOT NULL REFERENCES lmi_dataset (id),
    area_id               VARCHAR(40)   NOT NULL REFERENCES lmi_area (id),
    soc                   VARCHAR(7)    NOT NULL,
    title                 VARCHAR(250)  NOT NULL,
    detailed              BOOLEAN       NOT NULL,
    base_year             INTEGER       NOT NULL,
    projected_year        INTEGER       NOT NULL,
    base_employment       INTEGER,
    projected_employment  INTEGER,
    employment_change     INTEGER,
    percent_change        DECIMAL(9, 4),
    exits                 INTEGER,
    transfers             INTEGER,
    openings              INTEGER,
    mean_wage             INTEGER,
    entry_wage            INTEGER,
    pct25_wage            INTEGER,
    median_wage           INTEGER,
    pct75_wage            INTEGER,
    experienced_wage      INTEGER,
    typical_education     VARCHAR(120),
    work_experience       VARCHAR(120),
    on_the_job_training   VARCHAR(120),
    PRIMARY KEY (dataset_id, area_id, soc)
);

CREATE TABLE lmi_wage (
    dataset_id     BIGINT        NOT NULL REFERENCES lmi_dataset (id),
    area_id        VARCHAR(40)   NOT NULL REFERENCES lmi_area (id),
    soc            VARCHAR(7)    NOT NULL,
    title          VARCHAR(250)  NOT NULL,
    o_group        VARCHAR(10)   NOT NULL,
    employment     INTEGER,
    mean_annual    INTEGER,
    pct10_annual   INTEGER,
    pct25_annual   INTEGER,
    median_annual  INTEGER,
    pct75_annual   INTEGER,
    pct90_annual   INTEGER,
    annual_only    BOOLEAN       NOT NULL,
    hourly_only    BOOLEAN       NOT NULL,
    top_coded      VARCHAR(200),
    -- OEWS lists a few codes twice, as a broad and as a detailed occupation (13-1020).
    PRIMARY KEY (dataset_id, area_id, soc, o_group)
);

CREATE TABLE lmi_occupation (
    dataset_id     BIGINT         NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code  VARCHAR(10)    NOT NULL,
    soc            VARCHAR(7)     NOT NULL,
    title          VARCHAR(250)   NOT NULL,
    description    VARCHAR(4000)  NOT NULL,
    PRIMARY KEY (dataset_id, onet_soc_code)
);

CREATE TABLE lmi_related_occupation (
    dataset_id             BIGINT       NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code          VARCHAR(10)  NOT NULL,
    related_onet_soc_code  VARCHAR(10)  NOT NULL,
    relatedness_tier       VARCHAR(20)  NOT NULL,
    rank_index             INTEGER      NOT NULL,
    PRIMARY KEY (dataset_id, onet_soc_code, related_onet_soc_code)
);

CREATE TABLE lmi_education (
    dataset_id          BIGINT        NOT NULL REFERENCES lmi_dataset (id),
    onet_soc_code       VARCHAR(10)   NOT NULL,
    soc                 VARCHAR(7)    NOT NULL,
    category            INTEGER,
    category_share      DECIMAL(5, 2),
    respondents         INTEGER,
    data_date           VARCHAR(7),
    PRIMARY KEY (dataset_id, onet_soc_code)
);

-- The LMI a case manager reviewed with a career seeker: the plan's LMI section (Kentucky
-- Attachment A). The figures are copied in when the review is saved, with their vintage.
CREATE TABLE lmi_review (
    id                              BIGINT         NOT NULL PRIMARY KEY,
    participant_id                  BIGINT         NOT NULL REFERENCES participant (id),
    area_id                         VARCHAR(40)    NOT NULL,
    area_name                       VARCHAR(200)   NOT NULL,
    reviewed_with_participant       BOOLEAN        NOT NULL,
    marketable_skills               BOOLEAN,
    marketable_skills_explanation   VARCHAR(2000),
    current_market                  BOOLEAN,
    current_market_explanation      VARCHAR(2000),
    generated_comment               VARCHAR(4000)  NOT NULL,
    lmi_comment                     VARCHAR(4000)  NOT NULL,
    reviewed_on                     DATE           NOT NULL,
    reviewed_by                     VARCHAR(60)    NOT NULL,
    updated_at                      TIMESTAMP      NOT NULL,
    version                         BIGINT         NOT NULL
);
CREATE INDEX ix_lmi_review_participant ON lmi_review (participant_id, reviewed_on);

CREATE TABLE lmi_review_occupation (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    review_id             BIGINT         NOT NULL REFERENCES lmi_review (id),
    position              INTEGER        NOT NULL,
    soc                   VARCHAR(7)     NOT NULL,
    title                 VARCHAR(250)   NOT NULL,
    projection_source     VARCHAR(200),
    wage_source           VARCHAR(200),
    mean_wage             INTEGER,
    median_wage           INTEGER,
    entry_wage            INTEGER,
    experienced_wage      INTEGER,
    base_employment       INTEGER,
    projected_employment  INTEGER,
    percent_change        DECIMAL(9, 4),
    annual_openings       INTEGER,
    in_demand             BOOLEAN,
    typical_education     VARCHAR(120),
    CONSTRAINT uq_lmi_review_occupation UNIQUE (review_id, position)
);
