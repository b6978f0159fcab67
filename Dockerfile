# The monitor's image for the Flink Kubernetes Operator (helm/helpdesk-sla-monitor).
#   ./mvnw -B package -DskipTests && docker build -t <registry>/helpdesk-sla-monitor:<version> .
# It carries the thin job jar (target/helpdesk-sla-monitor-job.jar): the job and the libraries
# a Flink cluster does not bring; Flink, log4j and the filesystems are the image's own.
# The official image: the same Flink (2.2.1) and Java (17) the monitor is built and tested on.
FROM flink:2.2.1-java17

# S3-compatible checkpoint, savepoint and HA storage. The image ships the filesystem in opt/ and
# its entrypoint can copy it into plugins/ at start (ENABLE_BUILT_IN_PLUGINS), but that write
# fails on the read-only root filesystem the chart runs with, so it is done here, once.
RUN mkdir -p /opt/flink/plugins/s3-fs-presto \
 && cp /opt/flink/opt/flink-s3-fs-presto-*.jar /opt/flink/plugins/s3-fs-presto/

# usrlib, not lib: in application mode Flink puts usrlib's jars on the user-code class loader,
# which the job's classes (and the Kafka connector, Kafka's client, Jackson, Jollyday and Lingua
# it bundles) belong on; lib/ is Flink's own classpath. The chart's jarURI,
# local:///opt/flink/usrlib/helpdesk-sla-monitor-job.jar, and entryClass
# com.swopify.slamonitor.job.ClusterEntryPoint point here.
COPY --chown=flink:flink target/helpdesk-sla-monitor-job.jar /opt/flink/usrlib/helpdesk-sla-monitor-job.jar

# Flink's user (uid 9999); the chart also sets runAsUser 9999 and runAsNonRoot.
USER flink
