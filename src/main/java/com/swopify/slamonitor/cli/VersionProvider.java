package com.swopify.slamonitor.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"helpdesk-sla-monitor " + (version == null ? "(development build)" : version)};
  }
}
