-- The outputs of a replay (or demo) as tables over its output folder ${out}: the `sql --out DIR`
-- command fills it in; in Flink's SQL client, write the folder's absolute path instead. Read in
-- batch mode. Run outputs.sql first, views.sql after.
CREATE TABLE alerts WITH ('connector' = 'filesystem', 'path' = '${out}/alerts.jsonl') LIKE contract.alerts;
CREATE TABLE breaches WITH ('connector' = 'filesystem', 'path' = '${out}/breaches.jsonl') LIKE contract.breaches;
CREATE TABLE takeovers WITH ('connector' = 'filesystem', 'path' = '${out}/takeovers.jsonl') LIKE contract.takeovers;
CREATE TABLE breach_count_records WITH ('connector' = 'filesystem', 'path' = '${out}/breach-counts.jsonl') LIKE contract.breach_counts;
CREATE TABLE dead_letters WITH ('connector' = 'filesystem', 'path' = '${out}/dead-letters.jsonl') LIKE contract.dead_letters;
CREATE TABLE finding_reviews WITH ('connector' = 'filesystem', 'path' = '${out}/finding-reviews.jsonl') LIKE contract.finding_reviews;
CREATE TABLE seller_scores WITH ('connector' = 'filesystem', 'path' = '${out}/seller-scores.jsonl') LIKE contract.seller_scores;
