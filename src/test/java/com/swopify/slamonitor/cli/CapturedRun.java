package com.swopify.slamonitor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A command run in this JVM with the project's error policy: what it printed and returned. */
record CapturedRun(int exitCode, String out, String err) {

  static CapturedRun of(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = CommandLines.create(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exitCode = cl.execute(args);
    return new CapturedRun(exitCode, out.toString(), err.toString());
  }
}
