-- Sign-in attempts are counted as failures before the password is checked (so concurrent
-- attempts cannot all pass the limit); an id lets a successful attempt take its row back.
ALTER TABLE sign_in_failure ADD COLUMN id bigserial PRIMARY KEY;
