package dev.csmb.benchmarks;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.CsmbEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm {@code generate} in memory, for each platform and {@link Shape}, one engine shared by the benchmark's threads.
 * {@link BenchmarkMain} fills {@code platform} with every platform the engine discovers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class WarmGeneration {

    /** The platform id; {@link BenchmarkMain} sets every discovered one. */
    @Param("cli-interface")
    public String platform;

    private CsmbEngine engine;
    private PlatformDescriptor descriptor;

    @Setup(Level.Trial)
    public void setUp() {
        engine = CsmbEngine.builder().build();
        descriptor = engine.platform(platform).orElseThrow(
                () -> new IllegalArgumentException("no platform " + platform + " on the class path"));
    }

    /** A different configuration on every call, so nothing keyed on the whole configuration answers. */
    @State(Scope.Thread)
    public static class Calls {
        long next;
    }

    @Benchmark
    public GeneratedSolution minimal(Calls calls) {
        return engine.generate(Shape.MINIMAL.configuration(descriptor, calls.next++));
    }

    @Benchmark
    public GeneratedSolution everything(Calls calls) {
        return engine.generate(Shape.EVERYTHING.configuration(descriptor, calls.next++));
    }
}
