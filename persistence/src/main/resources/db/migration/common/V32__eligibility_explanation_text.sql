-- Eligibility explanations in the reader's language (issue 19): each criterion of a saved determination
-- keeps, beside its English explanation, the same sentence as a service text (its key and arguments, as
-- JSON), so that a Spanish page shows it in Spanish; likewise the priority-of-service reason. Rows saved
-- before this have none and show their English.
ALTER TABLE eligibility_criterion ADD COLUMN explanation_text VARCHAR(4000);
ALTER TABLE eligibility_determination ADD COLUMN priority_reason_text VARCHAR(2000);
