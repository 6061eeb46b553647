package org.corpusdesk.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the used heap every 100 ms while a benchmark runs; {@link #stop} gives the largest sample. */
public final class PeakHeap {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private volatile long peak;

    private PeakHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler.scheduleAtFixedRate(() -> peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed()), 0, 100,
                TimeUnit.MILLISECONDS);
    }

    public static PeakHeap start() {
        return new PeakHeap();
    }

    /** Stops sampling; the largest heap in use seen, in bytes. */
    public long stop() {
        sampler.shutdownNow();
        return peak;
    }
}
