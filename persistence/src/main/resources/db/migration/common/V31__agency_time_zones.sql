-- The agency's local time (issue 19): pages and printed plans showed times in the server's zone (UTC).
-- Each state has a time zone (IANA id); an office may override it, because Kentucky is split: the
-- western counties (Paducah/McCracken, Hopkinsville/Christian, Owensboro/Daviess, Bowling
-- Green/Warren...) keep Central time while the state's default is Eastern.
ALTER TABLE state_profile ADD COLUMN time_zone VARCHAR(40) DEFAULT 'America/New_York' NOT NULL;
UPDATE state_profile SET time_zone = 'America/New_York' WHERE code IN ('KY', 'GA');

ALTER TABLE office ADD COLUMN time_zone VARCHAR(40);
-- Offices that exist already in Kentucky's Central-time cities
UPDATE office SET time_zone = 'America/Chicago'
 WHERE city IN ('Paducah', 'Hopkinsville', 'Owensboro', 'Bowling Green', 'Madisonville', 'Henderson',
                'Mayfield', 'Murray', 'Glasgow', 'Russellville')
   AND lwda_id IN (SELECT id FROM lwda WHERE state_code = 'KY');
