package dev.csmb.benchmarks;

import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.CsmbEngine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The table the issue asks for, from JMH's results: µs per call, output KB, µs per KB and, with {@code -prof gc},
 * bytes allocated per call and that as a multiple of the output. Output size is the mean over the same sequence of
 * configurations the benchmark generates (names and descriptions differ by a few bytes per call).
 */
public final class Summary {

    private static final int SAMPLE = 64;

    private Summary() {
    }

    /** One line per warm benchmark result; other results (single shot) are reported by JMH itself. */
    public static List<String> lines(Collection<RunResult> results) {
        CsmbEngine engine = CsmbEngine.builder().build();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-18s %-10s %10s %9s %8s %12s %8s",
                "platform", "shape", "µs/op", "out KB", "µs/KB", "alloc B/op", "alloc/out"));
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            if (!benchmark.startsWith(WarmGeneration.class.getName() + ".")) {
                continue;
            }
            String platform = run.getParams().getParam("platform");
            Shape shape = benchmark.endsWith(".minimal") ? Shape.MINIMAL : Shape.EVERYTHING;
            double bytes = outputBytes(engine, engine.platform(platform).orElseThrow(), shape);
            double micros = run.getPrimaryResult().getScore();
            double allocated = allocatedPerCall(run.getSecondaryResults());
            lines.add(String.format(Locale.ROOT, "%-18s %-10s %10.1f %9.1f %8.3f %12s %8s", platform,
                    shape.name().toLowerCase(Locale.ROOT), micros, bytes / 1024, micros / (bytes / 1024),
                    Double.isNaN(allocated) ? "(-prof gc)" : String.format(Locale.ROOT, "%.0f", allocated),
                    Double.isNaN(allocated) ? "" : String.format(Locale.ROOT, "%.2f×", allocated / bytes)));
        }
        return lines;
    }

    /** The mean total size of the projects the benchmark generates for this platform and shape. */
    static double outputBytes(CsmbEngine engine, PlatformDescriptor platform, Shape shape) {
        long total = 0;
        for (int call = 0; call < SAMPLE; call++) {
            GeneratedSolution solution = engine.generate(shape.configuration(platform, call));
            total += solution.totalSize();
        }
        return (double) total / SAMPLE;
    }

    private static double allocatedPerCall(Map<String, Result> secondary) {
        return secondary.entrySet().stream().filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
                .mapToDouble(e -> e.getValue().getScore()).findFirst().orElse(Double.NaN);
    }
}
