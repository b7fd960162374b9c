-- Issue 11, defect B: two registrations of the same new person (same name and date of birth, not
-- confirmed by staff as different people) sent at once were both saved: registration checked with a
-- SELECT before inserting. identity_key holds "last|first|date of birth" (the lower-case search
-- names, the date as yyyy-MM-dd, exactly as Participant.identityKeyOf builds it) for the participant
-- registered without confirmation, and NULL for those staff confirmed to be someone else, who may
-- share a name. Unique: the database refuses the second of two racing registrations.
ALTER TABLE participant ADD COLUMN identity_key VARCHAR(140);

-- Existing records: the first registered (lowest id) of each name and date of birth holds the key.
UPDATE participant
   SET identity_key = last_name_search || '|' || first_name_search || '|' || TO_CHAR(date_of_birth, 'YYYY-MM-DD')
 WHERE id = (SELECT MIN(q.id) FROM participant q
              WHERE q.last_name_search = participant.last_name_search
                AND q.first_name_search = participant.first_name_search
                AND q.date_of_birth = participant.date_of_birth);

CREATE UNIQUE INDEX uq_participant_identity_key ON participant (identity_key);
