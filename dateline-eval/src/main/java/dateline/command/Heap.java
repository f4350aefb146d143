package dateline.command;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures for the benchmarks. */
public final class Heap {
    private Heap() {
    }

    /**
     * The sum of each heap pool's peak use since the JVM started: an upper bound of the peak heap (pools peak at
     * different moments), which is what a heap limit has to allow for.
     */
    public static long peakUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
