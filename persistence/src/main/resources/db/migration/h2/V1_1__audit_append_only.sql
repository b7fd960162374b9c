-- H2 triggers are Java classes; the embedded default relies on the application, which has no
-- update or delete path for audit rows (AuditEntry is insert-only and its listener refuses changes).
SELECT 1;
