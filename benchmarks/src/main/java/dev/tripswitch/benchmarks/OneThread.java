package dev.tripswitch.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link HotPathBenchmark} on one thread. */
@Threads(1)
public class OneThread extends HotPathBenchmark {
}
