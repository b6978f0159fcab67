package com.swopify.slamonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.swopify.slamonitor.cli.Main;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the bench's child JVM is sized and started, without starting one (BenchCommandIT does). */
class FixedHeapJvmTest {
  @Test
  void heapSizesAreReadAsJavaReadsXmx() {
    assertThat(FixedHeapJvm.parseSize("6g")).isEqualTo(6L << 30);
    assertThat(FixedHeapJvm.parseSize("6G")).isEqualTo(6L << 30);
    assertThat(FixedHeapJvm.parseSize("512m")).isEqualTo(512L << 20);
    for (String bad : List.of("6", "0g", "6gb", "-1g", "six", "", "1.5g")) {
      assertThatThrownBy(() -> FixedHeapJvm.parseSize(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("--heap: ");
    }
  }

  @Test
  void theChildGetsTheFixedHeapAndTheSameArgumentsButNoOtherHeapFlagOrDebugger() {
    List<String> command =
        FixedHeapJvm.command(6L << 30, Main.class.getName(), List.of("bench", "--runs", "2"));

    assertThat(command.get(0)).endsWith("java");
    assertThat(command)
        .contains("-Xms6144m", "-Xmx6144m", "-D" + FixedHeapJvm.CHILD_PROPERTY + "=true")
        .endsWith("bench", "--runs", "2");
    assertThat(command.stream().filter(arg -> arg.startsWith("-Xm"))).hasSize(2);
    assertThat(FixedHeapJvm.isHeapOrDebugFlag("-Xmx2g")).isTrue();
    assertThat(FixedHeapJvm.isHeapOrDebugFlag("-XX:MaxHeapSize=1073741824")).isTrue();
    assertThat(FixedHeapJvm.isHeapOrDebugFlag("-agentlib:jdwp=transport=dt_socket")).isTrue();
    assertThat(FixedHeapJvm.isHeapOrDebugFlag("--add-opens=java.base/java.lang=ALL-UNNAMED"))
        .isFalse();
  }

  @Test
  void aTestJvmIsNeitherAChildNorFixedAtAnOddSize() {
    assertThat(FixedHeapJvm.isChild()).isFalse();
    assertThat(FixedHeapJvm.hasFixedHeap(6L << 30)).isFalse();
  }

  @Test
  void aBadHeapIsOneLineAndExitTwoBeforeAnyBenchRuns() {
    assertThat(Main.run("bench", "--heap", "lots")).isEqualTo(2);
    assertThat(Main.run("bench", "--heap", "0m", "--runs", "1")).isEqualTo(2);
  }
}
