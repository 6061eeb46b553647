package org.corpusdesk.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the JVM's own threads, the JIT compilers and the garbage collector, which {@code ThreadMXBean} does not
 * report: read from Linux's {@code /proc/self/task}. Elsewhere it reads as unknown.
 */
public record JvmThreadCpu(long jitNanos, long gcNanos) {

    static final JvmThreadCpu UNKNOWN = new JvmThreadCpu(-1, -1);
    /** Linux reports thread times in clock ticks of 1/100 s (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000;

    static JvmThreadCpu now() {
        long jit = 0;
        long gc = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException threadEnded) {
                    continue;
                }
                // pid (name) state ppid ...: utime and stime are the 14th and 15th fields
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                if (name.contains("CompilerThre")) {
                    jit += ticks;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                    gc += ticks;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return UNKNOWN;
        }
        return new JvmThreadCpu(jit * NANOS_PER_TICK, gc * NANOS_PER_TICK);
    }

    JvmThreadCpu since(JvmThreadCpu start) {
        if (this == UNKNOWN || start == UNKNOWN) {
            return UNKNOWN;
        }
        return new JvmThreadCpu(jitNanos - start.jitNanos, gcNanos - start.gcNanos);
    }

    public boolean known() {
        return jitNanos >= 0;
    }
}
