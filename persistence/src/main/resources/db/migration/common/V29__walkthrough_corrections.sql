-- The case manager's walkthrough (issue 19).
-- A basic skills test recorded in error is voided with the reason, never deleted: it stays in the
-- participant's history and no longer counts toward the basic-skills finding or the current level.
ALTER TABLE basic_skills_test ADD COLUMN voided_at TIMESTAMP;
ALTER TABLE basic_skills_test ADD COLUMN voided_by VARCHAR(60);
ALTER TABLE basic_skills_test ADD COLUMN void_reason VARCHAR(500);
ALTER TABLE basic_skills_test ADD CONSTRAINT ck_basic_skills_test_void
    CHECK ((voided_at IS NULL AND void_reason IS NULL AND voided_by IS NULL)
        OR (voided_at IS NOT NULL AND void_reason IS NOT NULL AND voided_by IS NOT NULL));

-- Why an Adult was placed in a priority-of-service group, as it was decided (20 CFR 680.600).
ALTER TABLE eligibility_determination ADD COLUMN priority_reason VARCHAR(500);
