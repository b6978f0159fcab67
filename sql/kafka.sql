-- The outputs as tables over the output topics, read from the earliest offsets, committed records
-- only (the job writes in transactions). `sql --bootstrap-servers B` fills in the placeholders:
-- the brokers, the topic names (the contract's defaults, or those of --job FILE), and
-- scan.bounded.mode: latest-offset (up to the offsets at start, batch mode) or, with --follow,
-- unbounded (streaming mode). Run outputs.sql first.
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

-- Breach counts are totals, one per (sellerId, market, day, type). The topic's Kafka key is the
-- sellerId alone (contract section 2), not that primary key, so 'upsert-kafka' (which reads the
-- primary key from the record key) cannot read it. The records are read as they are, and the view
-- keeps the latest record of each key, as an upsert table would: the same answers whether a key
-- was written once or, after a job restarted without its state, again.
CREATE TABLE breach_count_records (
  kafkaPartition INT METADATA FROM 'partition' VIRTUAL,
  kafkaOffset BIGINT METADATA FROM 'offset' VIRTUAL
) WITH (
  'connector' = 'kafka', 'topic' = '${topics.breachCounts}', 'properties.bootstrap.servers' = '${bootstrap.servers}',
  'properties.isolation.level' = 'read_committed', 'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = '${scan.bounded.mode}'
) LIKE contract.breach_counts;

CREATE VIEW breach_counts AS
SELECT sellerId, market, type, `day`, `count`, dayStart
FROM (
  SELECT *, ROW_NUMBER() OVER (
    PARTITION BY sellerId, market, `day`, type ORDER BY kafkaPartition DESC, kafkaOffset DESC) AS version
  FROM breach_count_records)
WHERE version = 1;
