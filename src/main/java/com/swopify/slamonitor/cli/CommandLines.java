package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.calendar.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the picocli command line with the project's error policy: a bad flag, a bad file or a
 * bad configuration prints one clear line to stderr and exits non-zero, never a stack trace.
 */
final class CommandLines {
  static final int EXIT_USAGE = 2;
  static final int EXIT_FAILURE = 1;

  private CommandLines() {}

  static CommandLine create(Object command) {
    CommandLine cl = new CommandLine(command);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("error: " + ex.getMessage());
          err.println("try: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
          return EXIT_USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + oneLine(ex));
          return ex instanceof UserError || ex instanceof ConfigException ? EXIT_USAGE : EXIT_FAILURE;
        });
    return cl;
  }

  /**
   * The message of the exception on one line. Wrappers (Flink's job execution exceptions,
   * completion exceptions) hide the cause a person needs, so the innermost message is taken.
   */
  static String oneLine(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && !(t instanceof UserError) && !(t instanceof ConfigException)) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
