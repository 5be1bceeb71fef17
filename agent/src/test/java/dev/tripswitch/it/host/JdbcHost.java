package dev.tripswitch.it.host;

import java.sql.DriverManager;

/** Asks DriverManager, a JDK class of the platform loader, for connections no driver accepts. */
public final class JdbcHost {
    public static void main(String[] args) {
        for (int i = 1; i <= 3; i++) {
            try {
                DriverManager.getConnection("jdbc:tripswitch-nowhere:orders", "app", "secret");
                System.out.println("call " + i + ": connected");
            } catch (Exception e) {
                System.out.println("call " + i + ": " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
