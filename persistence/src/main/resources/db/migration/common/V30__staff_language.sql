-- Language access (issue 19, WIOA sec. 188 and 29 CFR 38.9): each staff member chooses the language of
-- the staff pages, English or Spanish. Existing accounts keep English.
ALTER TABLE staff_account ADD COLUMN ui_language VARCHAR(2) DEFAULT 'en' NOT NULL;
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_account_ui_language CHECK (ui_language IN ('en', 'es'));
