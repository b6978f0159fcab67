package com.swopify.slamonitor.cli;

import com.swopify.slamonitor.config.ConfigException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the picocli command line with the project's error policy: a bad flag, a bad file or a bad
 * configuration prints one clear line to stderr and exits non-zero, never a stack trace.
 */
final class CommandLines {
  static final int EXIT_USAGE = 2;
  static final int EXIT_FAILURE = 1;

  /** {@code topics check}: the brokers answered, and some of the job's topics do not exist. */
  static final int EXIT_TOPICS_MISSING = 3;

  private CommandLines() {}

  static CommandLine create(Object command) {
    CommandLine cl = new CommandLine(command);
    listCommandsBySentence(cl);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          String beforeCommand = optionBeforeCommand(ex, args);
          err.println("error: " + (beforeCommand != null ? beforeCommand : ex.getMessage()));
          err.println("try: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
          return EXIT_USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + oneLine(ex));
          return ex instanceof UserError || ex instanceof ConfigException
              ? EXIT_USAGE
              : EXIT_FAILURE;
        });
    return cl;
  }

  /**
   * The list of commands in {@code --help} shows each command's first sentence, whole and wrapped:
   * picocli's default shows the first line of the description, cut wherever the source broke it.
   */
  private static void listCommandsBySentence(CommandLine cl) {
    cl.getHelpSectionMap()
        .put(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CommandLines::commandList);
    cl.getSubcommands().values().forEach(CommandLines::listCommandsBySentence);
  }

  private static String commandList(CommandLine.Help help) {
    Map<String, CommandLine.Help> commands = help.subcommands();
    if (commands.isEmpty()) {
      return "";
    }
    int nameWidth = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
    int width = help.commandSpec().usageMessage().width();
    CommandLine.Help.TextTable table =
        CommandLine.Help.TextTable.forColumns(
            help.colorScheme(),
            new CommandLine.Help.Column(nameWidth, 2, CommandLine.Help.Column.Overflow.SPAN),
            new CommandLine.Help.Column(
                width - nameWidth, 1, CommandLine.Help.Column.Overflow.WRAP));
    commands.forEach(
        (name, command) -> {
          CommandLine.Model.UsageMessageSpec usage = command.commandSpec().usageMessage();
          String text =
              usage.header().length > 0
                  ? String.join(" ", usage.header())
                  : firstSentence(String.join(" ", usage.description()));
          table.addRowValues(name, text);
        });
    return table.toString();
  }

  static String firstSentence(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    int end = flat.indexOf(". ");
    return end < 0 ? flat : flat.substring(0, end + 1);
  }

  /**
   * When an unknown option comes before a command named later on the line ({@code --markets F
   * replay ...}), says so: picocli's "Unknown option" would send the user looking for a typo.
   */
  static String optionBeforeCommand(CommandLine.ParameterException ex, String[] args) {
    CommandLine root = ex.getCommandLine();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Map<String, CommandLine> commands = root.getSubcommands();
    for (int i = 0; i < args.length; i++) {
      if (commands.containsKey(args[i])) {
        for (int j = 0; j < i; j++) {
          String option = args[j].split("=", 2)[0];
          if (option.startsWith("-") && root.getCommandSpec().findOption(option) == null) {
            return "option "
                + option
                + " is given before the command "
                + args[i]
                + ": options go after their command ("
                + root.getCommandName()
                + " "
                + args[i]
                + " "
                + option
                + " ...)";
          }
        }
        return null;
      }
    }
    return null;
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
