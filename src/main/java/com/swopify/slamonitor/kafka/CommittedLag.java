package com.swopify.slamonitor.kafka;

import java.util.List;

/**
 * The input backlog as the consumer group's committed offsets show it. The source commits with each
 * completed checkpoint, so a committed offset at a partition's end means that the restored
 * checkpoint holds every record of that partition.
 */
public final class CommittedLag implements InputBacklog {
  private static final long serialVersionUID = 1L;

  private final KafkaConnection kafka;
  private final String groupId;
  private final List<String> topics;
  private transient GroupProgress progress;

  public CommittedLag(KafkaConnection kafka, String groupId, List<String> topics) {
    this.kafka = kafka;
    this.groupId = groupId;
    this.topics = List.copyOf(topics);
  }

  @Override
  public Answer check() {
    try {
      if (progress == null) {
        progress = GroupProgress.unchecked(kafka, groupId, topics);
      }
      return progress.offsets().lag() == 0 ? Answer.NONE : Answer.SOME;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.UNKNOWN;
    } catch (Exception e) {
      return Answer.UNKNOWN;
    }
  }

  @Override
  public void close() {
    if (progress != null) {
      progress.close();
      progress = null;
    }
  }
}
