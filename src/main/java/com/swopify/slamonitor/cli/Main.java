package com.swopify.slamonitor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one entry point with a subcommand per task. */
@Command(
    name = "helpdesk-sla-monitor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Watches the marketplace Helpdesk's reply SLA and customer-service rules.",
    subcommands = {
      DemoCommand.class,
      ReplayCommand.class,
      RunCommand.class,
      TopicsCommand.class,
      DevKafkaCommand.class,
      GenerateCommand.class,
      CalendarCommand.class,
      BenchCommand.class,
      SqlCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of main. */
  public static int run(String... args) {
    return CommandLines.create(new Main()).execute(args);
  }

  @Override
  public void run() {
    // No subcommand: show what there is.
    CommandLine.usage(this, System.out);
  }
}
