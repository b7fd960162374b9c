-- Monitoring evidence in the reader's language (issue 19): each checklist item keeps, beside the English
-- evidence its rule read, the same sentence as a service text (its key and arguments, as JSON), so that a
-- Spanish review page shows it in Spanish. Items drafted before this have none and show their English.
ALTER TABLE monitoring_item ADD COLUMN evidence_text VARCHAR(4000);
