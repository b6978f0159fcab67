package com.swopify.slamonitor.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM the bench measures in. Throughput depends on the heap (G1 resizing a growing heap costs
 * as much as the first runs' JIT), so the documented figures are taken with a fixed heap ({@code
 * -Xms} = {@code -Xmx}); the {@code bench} command starts a child JVM with that heap when its own
 * differs, so that typing {@code bench} gives the figure docs/benchmarks.md quotes.
 */
public final class FixedHeapJvm {
  /** Set in the child, so that it measures whatever heap it got and never starts another. */
  public static final String CHILD_PROPERTY = "helpdesk-sla-monitor.bench.child";

  /** Memory beyond the heap the child needs: metaspace, code cache, threads, Flink's buffers. */
  static final long HEADROOM_BYTES = 1024L * 1024 * 1024;

  private static final Pattern SIZE = Pattern.compile("(\\d{1,7})([mMgG])");
  private static final long MIB = 1024 * 1024;

  private FixedHeapJvm() {}

  /**
   * Parses a heap size as java's {@code -Xmx} takes it in m or g, e.g. {@code 6g}, {@code 512m}.
   */
  public static long parseSize(String text) {
    Matcher matcher = SIZE.matcher(text);
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      throw new IllegalArgumentException(
          "--heap: a size such as 6g or 512m, or current; was " + text);
    }
    long unit = matcher.group(2).equalsIgnoreCase("g") ? 1024 * MIB : MIB;
    return Long.parseLong(matcher.group(1)) * unit;
  }

  /** Whether this JVM is a bench child, which measures in place. */
  public static boolean isChild() {
    return Boolean.getBoolean(CHILD_PROPERTY);
  }

  /** Whether this JVM's heap is fixed at the given size (initial = maximum = bytes). */
  public static boolean hasFixedHeap(long bytes) {
    HotSpotDiagnosticMXBean hotSpot =
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    return Long.parseLong(hotSpot.getVMOption("MaxHeapSize").getValue()) == bytes
        && Long.parseLong(hotSpot.getVMOption("InitialHeapSize").getValue()) == bytes;
  }

  /** This JVM's maximum heap in MiB. */
  public static long currentMaxHeapMib() {
    return Runtime.getRuntime().maxMemory() / MIB;
  }

  /** Whether the machine has the memory for a child with this heap (and its headroom). */
  public static boolean fits(long heapBytes) {
    return availableBytes() >= heapBytes + HEADROOM_BYTES;
  }

  /**
   * Memory a new process can have: Linux's MemAvailable (free plus what the page cache gives back),
   * else the free memory the JVM reports.
   */
  public static long availableBytes() {
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.isReadable(meminfo)) {
      try {
        for (String line : Files.readAllLines(meminfo, StandardCharsets.US_ASCII)) {
          if (line.startsWith("MemAvailable:")) {
            return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
          }
        }
      } catch (IOException | NumberFormatException e) {
        // Fall through to the JVM's own figure.
      }
    }
    return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getFreeMemorySize();
  }

  /**
   * The command that starts this program again with a fixed heap: the same java, the same JVM flags
   * except heap sizes and debugger agents, the same jar or class path, and the same arguments.
   */
  public static List<String> command(long heapBytes, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!isHeapOrDebugFlag(flag)) {
        command.add(flag);
      }
    }
    long mib = heapBytes / MIB;
    command.add("-Xms" + mib + "m");
    command.add("-Xmx" + mib + "m");
    command.add("-D" + CHILD_PROPERTY + "=true");
    String classPath = System.getProperty("java.class.path");
    String launched = System.getProperty("sun.java.command", "");
    if (!classPath.contains(File.pathSeparator)
        && classPath.endsWith(".jar")
        && launched.startsWith(classPath)) {
      // Started with java -jar: so is the child, for the jar's manifest (Add-Opens) to apply.
      command.add("-jar");
      command.add(classPath);
    } else {
      command.add("-cp");
      command.add(classPath);
      command.add(mainClass);
    }
    command.addAll(args);
    return command;
  }

  static boolean isHeapOrDebugFlag(String flag) {
    String lower = flag.toLowerCase(Locale.ROOT);
    return lower.startsWith("-xmx")
        || lower.startsWith("-xms")
        || lower.startsWith("-xx:maxheapsize=")
        || lower.startsWith("-xx:initialheapsize=")
        || lower.startsWith("-xx:minheapsize=")
        || lower.startsWith("-agentlib:jdwp")
        || flag.startsWith("-D" + CHILD_PROPERTY);
  }

  /**
   * Runs the child to its end: its standard output copied to {@code out}, its standard error (logs)
   * straight through. Returns its exit code.
   */
  public static int run(List<String> command, PrintWriter out)
      throws IOException, InterruptedException {
    Process child =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        out.println(line);
        out.flush();
      }
      return child.waitFor();
    } catch (IOException | InterruptedException | RuntimeException e) {
      child.destroy();
      throw e;
    }
  }
}
