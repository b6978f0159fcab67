-- The outputs as tables over the output topics, read from the earliest offsets, committed records
-- only (the job writes in transactions). `sql --bootstrap-servers B` fills in the placeholders:
-- the brokers, the topic names (the contract's defaults, or those of --job FILE), and
-- scan.bounded.mode: latest-offset (up to the offsets at start, batch mode) or, with --follow,
-- unbounded (streaming mode). Run outputs.sql first, views.sql after.
CREATE TABLE alerts WITH (
  'connector' = 'kafka', 'topic' = '${topics.alerts}', 'properties.bootstrap.servers' = '${bootstrap.servers}',
  'properties.isolation.level' = 'read_committed', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = '${scan.bounded.mode}'
) LIKE contract.alerts;

CREATE TABLE breaches WITH (
  'connector' = 'kafka', 'topic' = '${topics.breaches}', 'properties.bootstrap.servers' = '${bootstrap.servers}',
  'properties.isolation.level' = 'read_committed', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = '${scan.bounded.mode}'
) LIKE contract.breaches;

CREATE TABLE takeovers WITH (
  'connector' = 'kafka', 'topic' = '${topics.takeovers}', 'properties.bootstrap.servers' = '${bootstrap.servers}',
  'properties.isolation.level' = 'read_committed', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = '${scan.bounded.mode}'
) LIKE contract.takeovers;

CREATE TABLE dead_letters WITH (
  'connector' = 'kafka', 'topic' = '${topics.deadLetters}', 'properties.bootstrap.servers' = '${bootstrap.servers}',
  'properties.isolation.level' = 'read_committed', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = '${scan.bounded.mode}'
) LIKE contract.dead_letters;

CREATE TABLE finding_reviews WITH (
  'connector' = 'kafka', 'topic' = '${topics.findingReviews}', 'properties.bootstrap.servers' = '${bootstrap.servers}',
  'properties.isolation.level' = 'read_committed', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = '${scan.bounded.mode}'
) LIKE contract.finding_reviews;

CREATE TABLE seller_scores WITH (
  'connector' = 'kafka', 'topic' = '${topics.sellerScores}', 'properties.bootstrap.servers' = '${bootstrap.servers}',
  'properties.isolation.level' = 'read_committed', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = '${scan.bounded.mode}'
) LIKE contract.seller_scores;

-- Breach counts are totals, one per (sellerId, market, day, type), but the topic's Kafka key is
-- the sellerId alone (contract section 2), not that primary key, so 'upsert-kafka' (which reads
-- the primary key from the record key) cannot read it: the records are read as they are, and the
-- view breach_counts (views.sql) keeps the latest total of each key.
CREATE TABLE breach_count_records WITH (
  'connector' = 'kafka', 'topic' = '${topics.breachCounts}', 'properties.bootstrap.servers' = '${bootstrap.servers}',
  'properties.isolation.level' = 'read_committed', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = '${scan.bounded.mode}'
) LIKE contract.breach_counts;
