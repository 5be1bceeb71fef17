package dev.tripswitch.breaker;

/**
 * The time source of a breaker. Durations and deadlines use the monotonic {@link #nanoTime()};
 * the wall clock only stamps transitions for operators. Tests inject a fake.
 */
public interface BreakerClock {

    BreakerClock SYSTEM = new BreakerClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long currentTimeMillis() {
            return System.currentTimeMillis();
        }
    };

    long nanoTime();

    long currentTimeMillis();
}
