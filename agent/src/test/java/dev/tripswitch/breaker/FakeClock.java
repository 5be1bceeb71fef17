package dev.tripswitch.breaker;

import java.time.Duration;

/** A clock that moves only when a test moves it. */
public final class FakeClock implements BreakerClock {
    private volatile long nanos = 1_000_000_000_000L;
    private volatile long millis = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public long currentTimeMillis() {
        return millis;
    }

    public synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
        millis += duration.toMillis();
    }
}
