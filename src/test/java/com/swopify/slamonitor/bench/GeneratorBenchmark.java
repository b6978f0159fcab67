package com.swopify.slamonitor.bench;

import com.swopify.slamonitor.demo.GeneratedMarketplace;
import com.swopify.slamonitor.demo.GeneratorSettings;
import com.swopify.slamonitor.demo.MarketplaceGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * How long {@code demo} and {@code generate} take to make the default marketplace (300 sellers, 30
 * 000 threads over six weeks), in memory. Run with bench/jmh.sh GeneratorBenchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeneratorBenchmark {
  @Benchmark
  public GeneratedMarketplace generateTheDefaultMarketplace() {
    return MarketplaceGenerator.generate(GeneratorSettings.defaults());
  }
}
