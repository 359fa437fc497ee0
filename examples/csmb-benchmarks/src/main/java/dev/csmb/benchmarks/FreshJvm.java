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
 * What an embedding application pays once: {@code CsmbEngine.builder().build()} and the first {@code generate}, each
 * measured once per fresh JVM (single shot, many forks, no warm-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FreshJvm {

    @Param("cli-interface")
    public String platform;

    /** Only for {@link #firstGenerate}: the engine is built before the measured call. */
    @State(Scope.Benchmark)
    public static class Built {
        CsmbEngine engine;
        PlatformDescriptor descriptor;

        @Setup(Level.Trial)
        public void setUp(FreshJvm jvm) {
            engine = CsmbEngine.builder().build();
            descriptor = engine.platform(jvm.platform).orElseThrow();
        }
    }

    @Benchmark
    public CsmbEngine engineBuild() {
        return CsmbEngine.builder().build();
    }

    @Benchmark
    public GeneratedSolution firstGenerate(Built built) {
        return built.engine.generate(Shape.EVERYTHING.configuration(built.descriptor, 0));
    }
}
