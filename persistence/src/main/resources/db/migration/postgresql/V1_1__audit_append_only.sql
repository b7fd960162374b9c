-- The database itself refuses to change or remove audit rows, whoever connects.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry rows are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
