-- Operators' and EPCI administrators' lockout: five wrong passwords in a row lock the account for 15 minutes
-- (decision 023); another operator may unlock it sooner.
ALTER TABLE operators
    ADD COLUMN failed_sign_ins  INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN locked_until     TIMESTAMPTZ;
