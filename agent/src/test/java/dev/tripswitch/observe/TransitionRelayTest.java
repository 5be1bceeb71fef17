package dev.tripswitch.observe;

import dev.tripswitch.breaker.BreakerState;
import dev.tripswitch.breaker.Transition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TransitionRelayTest {
    private final BlockingQueue<Transition> delivered = new LinkedBlockingQueue<>();
    private final TransitionRelay relay = new TransitionRelay(new AgentThread()).to(delivered::add);

    @Test
    void transitionsThatArriveOutOfOrderAreDeliveredInTheBreakersOrder() throws Exception {
        relay.onTransition(transition("a", 2, BreakerState.OPEN, BreakerState.HALF_OPEN));
        relay.onTransition(transition("b", 1, BreakerState.CLOSED, BreakerState.FORCED_OPEN));
        relay.onTransition(transition("a", 3, BreakerState.HALF_OPEN, BreakerState.CLOSED));
        relay.onTransition(transition("a", 1, BreakerState.CLOSED, BreakerState.OPEN));

        assertThat(take(4)).containsExactly("b #1", "a #1", "a #2", "a #3");
    }

    @Test
    void aSinkThatThrowsHoldsBackNeitherTheOtherSinksNorLaterTransitions() throws Exception {
        TransitionRelay failingFirst = new TransitionRelay(new AgentThread())
                .to(t -> {
                    throw new IllegalStateException("broken sink");
                })
                .to(delivered::add);

        failingFirst.onTransition(transition("a", 1, BreakerState.CLOSED, BreakerState.OPEN));
        failingFirst.onTransition(transition("a", 2, BreakerState.OPEN, BreakerState.HALF_OPEN));

        assertThat(take(2)).containsExactly("a #1", "a #2");
    }

    private List<String> take(int count) throws InterruptedException {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Transition next = delivered.poll(5, TimeUnit.SECONDS);
            assertThat(next).as("transition %d of %d", i + 1, count).isNotNull();
            taken.add(next.breakerName() + " #" + next.sequence());
        }
        return taken;
    }

    private static Transition transition(String breaker, long sequence, BreakerState from, BreakerState to) {
        return new Transition(breaker, from, to, sequence, 0, "test", -1, -1);
    }
}
