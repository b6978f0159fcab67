package com.swopify.slamonitor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven built: the manifest's Implementation-Version when the jar has one, else the
 * pom.properties Maven puts into every jar it builds. Classes run from target/classes have neither.
 */
final class VersionProvider implements IVersionProvider {
  static final String POM_PROPERTIES =
      "/META-INF/maven/com.swopify/helpdesk-sla-monitor/pom.properties";

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    if (version == null) {
      version = fromPomProperties();
    }
    return new String[] {
      "helpdesk-sla-monitor " + (version == null ? "(development build)" : version)
    };
  }

  private static String fromPomProperties() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }
}
