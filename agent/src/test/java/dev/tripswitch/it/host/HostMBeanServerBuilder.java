package dev.tripswitch.it.host;

import javax.management.MBeanServer;
import javax.management.MBeanServerBuilder;
import javax.management.MBeanServerDelegate;

/** A host's own MBeanServer builder, which needs the host's start-up to have run before it builds. */
public final class HostMBeanServerBuilder extends MBeanServerBuilder {
    static volatile Boolean builtAfterHostSetUp;

    @Override
    public MBeanServer newMBeanServer(String defaultDomain, MBeanServer outer, MBeanServerDelegate delegate) {
        if (builtAfterHostSetUp == null) {
            builtAfterHostSetUp = Boolean.getBoolean(OwnSetUpHost.SET_UP);
        }
        return super.newMBeanServer(defaultDomain, outer, delegate);
    }
}
