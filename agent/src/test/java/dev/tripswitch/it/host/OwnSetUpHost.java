package dev.tripswitch.it.host;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * A host like an application server, with its own log manager and MBeanServer builder, which must
 * not be created before its own start-up work has run. With {@code command-line}, it is started with
 * {@code -Djava.util.logging.manager} and {@code -Djavax.management.builder.initial} naming them;
 * with {@code in-main}, it logs through java.util.logging first and chooses its builder afterwards,
 * in main. Prints whether they were created in time, then waits for the agent's MBean.
 */
public final class OwnSetUpHost {
    static final String SET_UP = "host.set.up";

    public static void main(String[] args) throws Exception {
        boolean inMain = args[0].equals("in-main");
        Thread.sleep(500); // the host's own start-up work, before it sets up logging and JMX
        System.setProperty(SET_UP, "true");
        Logger.getLogger("host").fine("logging is up");
        if (inMain) {
            System.setProperty("javax.management.builder.initial", HostMBeanServerBuilder.class.getName());
        } else {
            LogManager logManager = LogManager.getLogManager();
            System.out.println("log manager: " + logManager.getClass().getSimpleName()
                    + (logManager instanceof HostLogManager && ((HostLogManager) logManager).createdAfterHostSetUp
                    ? ", created after the host's set-up" : ", created too early"));
        }
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        System.out.println("MBeanServer: " + (Boolean.TRUE.equals(HostMBeanServerBuilder.builtAfterHostSetUp)
                ? "built by the host's builder after its set-up" : "built too early: " + HostMBeanServerBuilder.builtAfterHostSetUp));
        ObjectName agent = new ObjectName("tripswitch:type=Agent");
        for (int i = 0; i < 100 && !server.isRegistered(agent); i++) {
            Thread.sleep(50);
        }
        System.out.println("tripswitch MBean: " + (server.isRegistered(agent) ? "registered" : "missing"));
        new OrdersClient().place(false);
        System.out.println("guarded call: " + (OrdersClient.RAN.get() == 1 ? "ran" : "did not run"));
    }
}
