package dev.tripswitch.instrument;

import dev.tripswitch.bootstrap.Dispatcher;
import dev.tripswitch.bootstrap.MethodGuard;
import dev.tripswitch.bootstrap.Rejection;
import dev.tripswitch.bootstrap.Replacement;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The advice woven into every guarded method. It is pasted into the host's class, so it touches
 * only the JDK and {@code dev.tripswitch.bootstrap}, which the boot loader holds.
 *
 * <p>The return value and the arguments are read only when the guard asks for them: each read of an
 * {@code @Advice.Return} of a primitive method boxes it, and each read of
 * {@code @Advice.AllArguments} builds a new array, so a call that needs neither allocates nothing.
 * Both methods suppress every throwable: a bug of the agent must not change the host's call. Our
 * own exceptions therefore reach the caller by assignment to {@code thrown}, never by a throw.
 */
public final class GuardAdvice {
    private GuardAdvice() {
    }

    @Advice.OnMethodEnter(skipOn = Rejection.class, suppress = Throwable.class)
    static Object enter(@GuardKey int key, @Advice.Local("tripswitchStart") long start) {
        start = System.nanoTime();
        return Dispatcher.guard(key).enter(start);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@GuardKey int key,
                     @Advice.Enter Object token,
                     @Advice.Local("tripswitchStart") long start,
                     @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned,
                     @Advice.Thrown(readOnly = false) Throwable thrown,
                     @Advice.AllArguments Object[] arguments) {
        if (token != null) {
            MethodGuard guard = Dispatcher.guard(key);
            Replacement replacement = guard.exit(token, start,
                    guard.needsReturnValue ? returned : null,
                    thrown,
                    guard.needsArguments(token, thrown) ? arguments : null);
            if (replacement != null) {
                if (replacement.thrown != null) {
                    thrown = replacement.thrown;
                } else {
                    returned = replacement.value;
                    thrown = null;
                }
            }
        }
    }
}
