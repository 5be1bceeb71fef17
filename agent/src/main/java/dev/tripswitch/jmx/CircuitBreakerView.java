package dev.tripswitch.jmx;

import dev.tripswitch.breaker.BreakerMetrics;
import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.Transition;
import dev.tripswitch.config.TargetConfig;

import javax.management.AttributeChangeNotification;
import javax.management.MBeanNotificationInfo;
import javax.management.NotificationBroadcasterSupport;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One breaker as an MBean. Every read is a lock-free snapshot of the breaker, so no attribute waits
 * for a guarded call nor makes one wait. State notifications are sent by the agent's own thread.
 */
final class CircuitBreakerView extends NotificationBroadcasterSupport implements CircuitBreakerMBean {
    private static final MBeanNotificationInfo STATE_CHANGES = new MBeanNotificationInfo(
            new String[]{AttributeChangeNotification.ATTRIBUTE_CHANGE},
            AttributeChangeNotification.class.getName(),
            "The breaker's State changed");

    private final CircuitBreaker breaker;
    private final TargetConfig target;
    private final AtomicLong notificationSequence = new AtomicLong();

    CircuitBreakerView(CircuitBreaker breaker, TargetConfig target) {
        super(STATE_CHANGES);
        this.breaker = breaker;
        this.target = target;
    }

    String name() {
        return breaker.name();
    }

    /** Tells JMX listeners of one state change; called in transition order. */
    void announce(Transition transition, Object source) {
        AttributeChangeNotification notification = new AttributeChangeNotification(source,
                notificationSequence.incrementAndGet(), transition.wallClockMillis(),
                breaker.name() + " " + transition.from() + " -> " + transition.to() + ": " + transition.reason(),
                "State", String.class.getName(), transition.from().name(), transition.to().name());
        sendNotification(notification);
    }

    @Override
    public String getState() {
        return breaker.state().name();
    }

    @Override
    public String getMode() {
        return breaker.settings().mode().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public float getFailureRate() {
        return metrics().failureRate();
    }

    @Override
    public float getSlowCallRate() {
        return metrics().slowCallRate();
    }

    @Override
    public int getBufferedCalls() {
        return metrics().bufferedCalls();
    }

    @Override
    public long getTotalCalls() {
        return metrics().totalCalls();
    }

    @Override
    public long getTotalFailures() {
        return metrics().totalFailures();
    }

    @Override
    public long getTotalSlowCalls() {
        return metrics().totalSlowCalls();
    }

    @Override
    public long getTotalRejected() {
        return metrics().totalRejected();
    }

    @Override
    public long getTotalFallbacks() {
        return metrics().totalFallbacks();
    }

    @Override
    public long getWouldRejectCalls() {
        return metrics().wouldRejectCalls();
    }

    @Override
    public String getLastTransition() {
        return Instant.ofEpochMilli(metrics().lastTransitionMillis()).toString();
    }

    @Override
    public String getSettings() {
        return target.toHocon();
    }

    @Override
    public void forceOpen() {
        breaker.forceOpen();
    }

    @Override
    public void disable() {
        breaker.disable();
    }

    @Override
    public void reset() {
        breaker.reset();
    }

    private BreakerMetrics metrics() {
        return breaker.metrics();
    }
}
