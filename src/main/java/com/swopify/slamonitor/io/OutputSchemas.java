package com.swopify.slamonitor.io;

import com.swopify.slamonitor.codec.OutputJson;
import com.swopify.slamonitor.events.Alert;
import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.BreachCount;
import com.swopify.slamonitor.events.DeadLetter;
import com.swopify.slamonitor.events.FindingReview;
import com.swopify.slamonitor.events.TakeoverRequest;
import com.swopify.slamonitor.scorecard.SellerScore;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.flink.api.common.serialization.SerializationSchema;

/**
 * The serialization schema of each output type: the contract's JSON, UTF-8, for files and Kafka
 * alike. One schema per output class, all sharing one encoder so the JSON cannot drift apart.
 */
public final class OutputSchemas {
  private OutputSchemas() {}

  public static SerializationSchema<Alert> alerts() {
    return new JsonSchema<>(OutputJson::alert);
  }

  public static SerializationSchema<Breach> breaches() {
    return new JsonSchema<>(OutputJson::breach);
  }

  public static SerializationSchema<TakeoverRequest> takeovers() {
    return new JsonSchema<>(OutputJson::takeover);
  }

  public static SerializationSchema<FindingReview> findingReviews() {
    return new JsonSchema<>(OutputJson::findingReview);
  }

  public static SerializationSchema<BreachCount> breachCounts() {
    return new JsonSchema<>(OutputJson::breachCount);
  }

  public static SerializationSchema<SellerScore> sellerScores() {
    return new JsonSchema<>(OutputJson::sellerScore);
  }

  public static SerializationSchema<DeadLetter> deadLetters() {
    return new JsonSchema<>(OutputJson::deadLetter);
  }

  /** A function Flink can ship to its tasks. */
  interface Encoder<T> extends Function<T, String>, Serializable {}

  private static final class JsonSchema<T> implements SerializationSchema<T> {
    private static final long serialVersionUID = 1L;
    private final Encoder<T> encoder;

    JsonSchema(Encoder<T> encoder) {
      this.encoder = encoder;
    }

    @Override
    public byte[] serialize(T value) {
      return encoder.apply(value).getBytes(StandardCharsets.UTF_8);
    }
  }
}
