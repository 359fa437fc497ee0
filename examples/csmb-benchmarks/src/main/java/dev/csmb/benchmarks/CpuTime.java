package dev.csmb.benchmarks;

import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.CsmbEngine;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A check for busy machines, beside JMH: warm {@code generate} per platform and {@link Shape}, measured in the
 * thread's own CPU time and allocated bytes ({@code com.sun.management.ThreadMXBean}), which other processes on the
 * machine disturb far less than wall-clock time. {@code java -cp target/benchmarks.jar dev.csmb.benchmarks.CpuTime
 * [calls]} (default 3,000 warm-up and 3,000 measured calls per line; all lines are warmed up before the first is
 * measured).
 */
public final class CpuTime {

    private CpuTime() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        lines(CsmbEngine.builder().build(), calls).forEach(System.out::println);
    }

    static List<String> lines(CsmbEngine engine, int calls) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-18s %-10s %12s %9s %12s %10s", "platform", "shape", "cpu µs/op",
                "out KB", "cpu µs/KB", "alloc/out"));
        // Every line is warmed up before any is measured: warmed up line by line, the first line measured code the JIT
        // had not finished compiling (on a busy machine, cli-interface minimal, measured first, came out at 1.4 µs/KB
        // instead of 0.75).
        long call = 0;
        for (PlatformDescriptor platform : engine.platforms()) {
            for (Shape shape : Shape.values()) {
                for (int i = 0; i < calls; i++) {
                    engine.generate(shape.configuration(platform, call++));
                }
            }
        }
        for (PlatformDescriptor platform : engine.platforms()) {
            for (Shape shape : Shape.values()) {
                long bytes = 0;
                long cpu = threads.getCurrentThreadCpuTime();
                long allocated = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < calls; i++) {
                    bytes += engine.generate(shape.configuration(platform, call++)).totalSize();
                }
                double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / calls;
                double allocation = (threads.getCurrentThreadAllocatedBytes() - allocated) / (double) bytes;
                double kilobytes = bytes / 1024.0 / calls;
                lines.add(String.format(Locale.ROOT, "%-18s %-10s %12.1f %9.1f %12.3f %9.2f×", platform.id(),
                        shape.name().toLowerCase(Locale.ROOT), micros, kilobytes, micros / kilobytes, allocation));
            }
        }
        return lines;
    }
}
