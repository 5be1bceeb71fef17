package dev.tripswitch.bootstrap;

/**
 * The guard of one woven method, as its advice sees it. The agent implements it in its own class
 * loader; this type lives in the boot loader so that advice woven into a class of any loader
 * (bootstrap and platform ones too) can call it.
 *
 * <p>Advice calls {@link #enter} with the start time, skips the body when the answer is a
 * {@link Rejection}, and always calls {@link #exit} with what {@code enter} answered, unless that
 * was {@code null} (the call is not guarded). Neither method throws: the implementation keeps its
 * own failures away from the host's call.
 */
public abstract class MethodGuard {

    /** Whether {@link #exit} needs the method's return value (reading it may box a primitive). */
    public final boolean needsReturnValue;

    protected MethodGuard(boolean needsReturnValue) {
        this.needsReturnValue = needsReturnValue;
    }

    /**
     * @return {@code null} to let the call run unguarded, {@link Rejection#INSTANCE} to skip it,
     *         or a token to hand back to {@link #exit}
     */
    public abstract Object enter(long startNanos);

    /**
     * Whether {@link #exit} needs the call's arguments. The advice builds the argument array only
     * when asked, so a call that needs none allocates nothing.
     */
    public abstract boolean needsArguments(Object token, Throwable thrown);

    /**
     * Records the outcome of the call {@code enter} answered {@code token} for, and says what the
     * caller gets instead of the method's own result, if anything.
     *
     * @param returned  the return value, or null when {@link #needsReturnValue} is false
     * @param thrown    what the method threw, or null
     * @param arguments the call's arguments when {@link #needsArguments} said so, else null
     * @return {@code null} to leave the call's result as it is
     */
    public abstract Replacement exit(Object token, long startNanos, Object returned, Throwable thrown, Object[] arguments);
}
