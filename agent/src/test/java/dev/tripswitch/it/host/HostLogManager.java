package dev.tripswitch.it.host;

import java.util.logging.LogManager;

/** A host's own log manager, which needs the host's start-up to have run before it is created. */
public final class HostLogManager extends LogManager {
    public final boolean createdAfterHostSetUp = Boolean.getBoolean(OwnSetUpHost.SET_UP);
}
