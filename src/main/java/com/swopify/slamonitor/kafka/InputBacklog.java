package com.swopify.slamonitor.kafka;

import java.io.Serializable;

/**
 * Whether the input topics still hold records the job has not taken into a completed checkpoint:
 * the question {@link RestoredTime} must have answered before it moves time on after a restore.
 * Silence alone does not answer it: a broker that is down delivers nothing either, and time moved
 * on over an unread backlog would make its records late.
 */
public interface InputBacklog extends Serializable {
  /** What the brokers said. */
  enum Answer {
    /** Every input partition's end is at the group's committed offset. */
    NONE,
    /** Some partition holds records past the committed offset. */
    SOME,
    /** No broker answered. */
    UNKNOWN
  }

  /** Asks the brokers; blocking, so called off the task thread. Never throws. */
  Answer check();

  /** Releases the connection, if one was made. */
  default void close() {}
}
