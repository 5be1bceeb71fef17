package dev.tripswitch.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link HotPathBenchmark} on two threads sharing each breaker: the contended case. */
@Threads(2)
public class TwoThreads extends HotPathBenchmark {
}
