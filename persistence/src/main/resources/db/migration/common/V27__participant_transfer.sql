-- Transfers of a participant to another LWDA of the same state (issue 17): the sending LWDA's admin
-- asks, the receiving LWDA's admin accepts (choosing the case manager and office) or declines with a
-- reason. Until accepted the participant stays with the sender. Kept, never deleted: the history of
-- where a record went and who decided.
CREATE TABLE participant_transfer (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    participant_id          BIGINT        NOT NULL REFERENCES participant (id),
    from_lwda_id            BIGINT        NOT NULL REFERENCES lwda (id),
    to_lwda_id              BIGINT        NOT NULL REFERENCES lwda (id),
    reason                  VARCHAR(500)  NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    requested_by            VARCHAR(60)   NOT NULL,
    requested_at            TIMESTAMP     NOT NULL,
    decided_by              VARCHAR(60),
    decided_at              TIMESTAMP,
    decline_reason          VARCHAR(500),
    -- the participant while the transfer is pending, NULL once decided: its unique constraint lets a
    -- participant have at most one pending transfer on H2 and PostgreSQL alike (both allow many NULLs;
    -- H2 has no partial indexes)
    pending_participant_id  BIGINT,
    version                 BIGINT        NOT NULL,
    CONSTRAINT uq_participant_transfer_pending UNIQUE (pending_participant_id),
    CONSTRAINT ck_participant_transfer_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT ck_participant_transfer_pending CHECK ((status = 'PENDING' AND pending_participant_id = participant_id
        AND decided_at IS NULL) OR (status <> 'PENDING' AND pending_participant_id IS NULL AND decided_at IS NOT NULL)),
    CONSTRAINT ck_participant_transfer_declined CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
    CONSTRAINT ck_participant_transfer_lwdas CHECK (from_lwda_id <> to_lwda_id)
);
CREATE INDEX ix_participant_transfer_participant ON participant_transfer (participant_id);
CREATE INDEX ix_participant_transfer_from ON participant_transfer (from_lwda_id, status);
CREATE INDEX ix_participant_transfer_to ON participant_transfer (to_lwda_id, status);
