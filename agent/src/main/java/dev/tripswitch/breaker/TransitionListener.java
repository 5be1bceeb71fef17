package dev.tripswitch.breaker;

/**
 * Told of every state change of a breaker, on the thread that caused it: often a host thread in
 * the middle of a guarded call, so a listener must be quick and hand slow work to a thread of its
 * own. An exception thrown by a listener is swallowed so that it never reaches the host's call.
 */
@FunctionalInterface
public interface TransitionListener {
    void onTransition(Transition transition);
}
