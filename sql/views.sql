-- Views over the tables of either flavour (files.sql or kafka.sql); run after it.

-- Breach counts are totals, one per (sellerId, market, day, type). A breach that arrives for a day
-- already counted (a late event) is followed by a corrected record with the new total for the same
-- key (contract: BreachCount), so the records hold a key more than once then. Totals only grow, so
-- the latest record of a key is its largest count: this view keeps it, as an upsert table would.
CREATE VIEW breach_counts AS
SELECT sellerId, market, type, `day`, MAX(`count`) AS `count`, dayStart
FROM breach_count_records
GROUP BY sellerId, market, type, `day`, dayStart;
