-- A promotion outcome's reason is kept as the facts it states (OutcomeReason as JSON) and written
-- in each reader's language; the reason column keeps its English text (and the text of outcomes
-- proposed before).
alter table promotion_outcome add column reason_facts text;
