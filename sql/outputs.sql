-- The monitor's outputs as Flink SQL tables: the fields and types of docs/contract.md section 6,
-- with their event time and watermark. Instants are TIMESTAMP_LTZ(3): the json format reads the
-- contract's UTC 'Z' form (json.timestamp-format.standard ISO-8601). `details` and `evidence` are
-- JSON text: read them with JSON_VALUE / JSON_QUERY. A field that a record leaves out is NULL.
--
-- These definitions name no connector: files.sql (a replay's output folder) and kafka.sql (the
-- output topics) create the tables to query from them, with CREATE TABLE ... LIKE. In Flink's
-- SQL client, run this file first, then one of those two, then views.sql.
CREATE DATABASE IF NOT EXISTS contract;

CREATE TABLE contract.alerts (
  alertId STRING NOT NULL,
  type STRING NOT NULL,                     -- AT_RISK, OVERDUE or LATE_REPLY
  threadId STRING NOT NULL,
  sellerId STRING NOT NULL,
  market STRING NOT NULL,
  messageId STRING NOT NULL,                -- the wait's earliest buyer message
  receivedAt TIMESTAMP_LTZ(3) NOT NULL,     -- that message's sentAt
  dueAt TIMESTAMP_LTZ(3) NOT NULL,          -- the reply deadline
  `at` TIMESTAMP_LTZ(3) NOT NULL,           -- event time: at-risk point, dueAt or the late reply
  businessElapsed STRING NOT NULL,          -- ISO-8601 duration, business time receivedAt to at
  repliedAt TIMESTAMP_LTZ(3),               -- LATE_REPLY only
  emittedAt TIMESTAMP_LTZ(3),               -- live mode only, wall clock
  WATERMARK FOR `at` AS `at` - INTERVAL '5' MINUTE
) WITH ('format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');

CREATE TABLE contract.breaches (
  breachId STRING NOT NULL,
  type STRING NOT NULL,                     -- REPLY_OVERDUE, AUTOMATED_REPLY, OFF_PLATFORM_CONTACT, WRONG_LANGUAGE, ABSENCE_NOTICE_TOO_SHORT, UNANNOUNCED_ABSENCE
  sellerId STRING NOT NULL,
  market STRING NOT NULL,
  threadId STRING,
  messageId STRING,                         -- for reply breaches, the reply
  noticeId STRING,                          -- ABSENCE_NOTICE_TOO_SHORT only
  occurredAt TIMESTAMP_LTZ(3) NOT NULL,     -- event time
  details STRING NOT NULL,                  -- JSON object, '{}' when there is none
  WATERMARK FOR occurredAt AS occurredAt - INTERVAL '5' MINUTE
) WITH ('format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');

CREATE TABLE contract.takeovers (
  takeoverId STRING NOT NULL,
  threadId STRING,                          -- not for SELLER_ABSENT
  sellerId STRING NOT NULL,
  market STRING NOT NULL,
  reason STRING NOT NULL,                   -- REPLY_OVERDUE, QUALITY_DISPUTE, DESCRIPTION_MISMATCH, RETURN_RIGHTS, LOCKED_DEVICE, COUNTERFEIT, DANGEROUS_PRODUCT, SELLER_ABSENT
  severity STRING NOT NULL,                 -- SERIOUS or STANDARD
  requestedAt TIMESTAMP_LTZ(3) NOT NULL,    -- event time
  evidence STRING NOT NULL,                 -- JSON object, '{}' when there is none
  WATERMARK FOR requestedAt AS requestedAt - INTERVAL '5' MINUTE
) WITH ('format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');

CREATE TABLE contract.breach_counts (
  sellerId STRING NOT NULL,
  market STRING NOT NULL,
  type STRING NOT NULL,
  `day` DATE NOT NULL,                      -- the market's local date of the breaches
  `count` BIGINT NOT NULL,
  dayStart AS CAST(`day` AS TIMESTAMP(3)),  -- event time: the local day's start, on the market's clock
  WATERMARK FOR dayStart AS dayStart - INTERVAL '1' DAY
) WITH ('format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');

-- Findings too uncertain to act on, for a person to confirm or dismiss (contract: FindingReview).
CREATE TABLE contract.finding_reviews (
  reviewId STRING NOT NULL,
  finding STRING NOT NULL,                  -- OFF_PLATFORM_CONTACT, WRONG_LANGUAGE, AUTOMATED_REPLY, LOCKED_DEVICE, COUNTERFEIT, DANGEROUS_PRODUCT
  threadId STRING NOT NULL,
  messageId STRING NOT NULL,                -- the message the finding is in
  sellerId STRING NOT NULL,
  market STRING NOT NULL,
  `at` TIMESTAMP_LTZ(3) NOT NULL,           -- event time: the message's sentAt
  confidence DECIMAL(3, 2) NOT NULL,        -- 0 to 1, two decimals
  evidence STRING NOT NULL,                 -- JSON object, the masked evidence
  WATERMARK FOR `at` AS `at` - INTERVAL '5' MINUTE
) WITH ('format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');

-- Seller scorecards (contract section 10): one record per seller, market and closed local day,
-- never corrected afterwards, so the records are the totals. windows.P7D / P30D / P90D are the
-- local days [day - n + 1, day]; onTimeRate and meanReplyBusinessSeconds are NULL without waits
-- or replies; breaches maps a breach type to its count (types with 0 left out).
CREATE TABLE contract.seller_scores (
  sellerId STRING NOT NULL,
  market STRING NOT NULL,
  `day` DATE NOT NULL,                      -- the market's local date the record closes
  windows ROW<P7D ROW<waits INT, onTime INT, onTimeRate DOUBLE, markedWaits INT, replies INT, meanReplyBusinessSeconds BIGINT, breaches MAP<STRING, INT>>, P30D ROW<waits INT, onTime INT, onTimeRate DOUBLE, markedWaits INT, replies INT, meanReplyBusinessSeconds BIGINT, breaches MAP<STRING, INT>>, P90D ROW<waits INT, onTime INT, onTimeRate DOUBLE, markedWaits INT, replies INT, meanReplyBusinessSeconds BIGINT, breaches MAP<STRING, INT>>> NOT NULL,
  grade STRING NOT NULL,                    -- from P30D: NO_DATA, GOOD, AT_RISK or POOR
  previousGrade STRING,                     -- the grade of the day before, NULL if none
  dayStart AS CAST(`day` AS TIMESTAMP(3)),  -- event time: the local day's start, on the market's clock
  WATERMARK FOR dayStart AS dayStart - INTERVAL '1' DAY
) WITH ('format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');

-- Dead letters carry no event time in the contract, so this table has no watermark.
CREATE TABLE contract.dead_letters (
  source STRING NOT NULL,                   -- messages, replies, absences, cases or markets
  reason STRING NOT NULL,
  `raw` STRING NOT NULL,                    -- the record as received, cut to 8 KiB
  topic STRING,                             -- Kafka mode only
  `partition` INT,                          -- Kafka mode only
  `offset` BIGINT                           -- Kafka mode only
) WITH ('format' = 'json', 'json.timestamp-format.standard' = 'ISO-8601');
