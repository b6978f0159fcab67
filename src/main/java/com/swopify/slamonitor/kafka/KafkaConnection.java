package com.swopify.slamonitor.kafka;

import java.io.Serializable;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How to reach the brokers: the bootstrap servers and the client properties for security (TLS, SASL
 * SCRAM or PLAIN), which come from a properties file or the environment, never from the job file in
 * clear text.
 */
public record KafkaConnection(String bootstrapServers, Map<String, String> clientProperties)
    implements Serializable {

  public KafkaConnection {
    clientProperties = Map.copyOf(new TreeMap<>(clientProperties));
  }

  public static KafkaConnection plaintext(String bootstrapServers) {
    return new KafkaConnection(bootstrapServers, Map.of());
  }

  /** The properties for a Kafka client, with the bootstrap servers. */
  public Properties properties() {
    Properties properties = new Properties();
    properties.putAll(clientProperties);
    properties.setProperty("bootstrap.servers", bootstrapServers);
    return properties;
  }
}
