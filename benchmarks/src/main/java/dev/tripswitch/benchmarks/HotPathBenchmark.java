package dev.tripswitch.benchmarks;

import dev.tripswitch.breaker.Permit;
import dev.tripswitch.breaker.WindowType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The work a breaker adds to every guarded call, tripswitch beside Resilience4j with the same
 * settings: in CLOSED, asking permission and recording a success; in OPEN, being rejected. Each
 * side reads the clock as an instrumented call does (start and end of a call; now, to reject).
 * The subclasses run it on one thread and on two threads sharing one breaker.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public abstract class HotPathBenchmark {

    @Param({"COUNT", "TIME"})
    public WindowType window;

    private BreakerPair closed;
    private BreakerPair open;

    @Setup
    public void setUp() {
        closed = new BreakerPair(window);
        open = new BreakerPair(window);
        open.open();
    }

    /** The two clock reads both closed benchmarks include: subtract it to see a breaker's own cost. */
    @Benchmark
    public long clockOnly() {
        long start = System.nanoTime();
        return System.nanoTime() - start;
    }

    @Benchmark
    public void closedTripswitch(Blackhole blackhole) {
        long start = System.nanoTime();
        Permit permit = closed.tripswitch.tryAcquire(start);
        blackhole.consume(permit);
        closed.tripswitch.onSuccess(permit, start, System.nanoTime());
    }

    @Benchmark
    public void closedResilience4j(Blackhole blackhole) {
        long start = System.nanoTime();
        blackhole.consume(closed.resilience4j.tryAcquirePermission());
        closed.resilience4j.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    @Benchmark
    public Permit openTripswitch() {
        return open.tripswitch.tryAcquire(System.nanoTime());
    }

    @Benchmark
    public boolean openResilience4j() {
        return open.resilience4j.tryAcquirePermission();
    }
}
