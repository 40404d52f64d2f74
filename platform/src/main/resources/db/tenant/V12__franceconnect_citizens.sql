-- Citizens signed in with FranceConnect (decision 018): the pairwise subject FranceConnect gives this commune's
-- client identifies the person; one account per subject.
ALTER TABLE citizens ADD COLUMN franceconnect_sub VARCHAR(100);
CREATE UNIQUE INDEX citizens_franceconnect_sub ON citizens (franceconnect_sub) WHERE franceconnect_sub IS NOT NULL;
