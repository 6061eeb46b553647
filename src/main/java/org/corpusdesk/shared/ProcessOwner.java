package org.corpusdesk.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Who runs a long job (an import, an export), as "pid@host". A job left RUNNING is dead when its owner is a
 * process of this host that no longer exists, or, for another host, when its last sign of life is older than
 * the caller's limit (an import's heartbeat: {@link #STALE_AFTER}).
 */
public final class ProcessOwner {

    public static final Duration STALE_AFTER = Duration.ofMinutes(15);
    static final String HOST = hostName();

    private ProcessOwner() {
    }

    public static String current() {
        return ProcessHandle.current().pid() + "@" + HOST;
    }

    public static boolean isDead(String owner, OffsetDateTime heartbeat, OffsetDateTime now) {
        return isDead(owner, heartbeat, now, STALE_AFTER);
    }

    public static boolean isDead(String owner, OffsetDateTime lastSign, OffsetDateTime now, Duration staleAfter) {
        if (owner != null) {
            int at = owner.indexOf('@');
            if (at > 0 && owner.substring(at + 1).equals(HOST)) {
                try {
                    long pid = Long.parseLong(owner.substring(0, at));
                    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
                } catch (NumberFormatException e) {
                    // not one of ours: fall back to the heartbeat
                }
            }
        }
        return lastSign == null || lastSign.isBefore(now.minus(staleAfter));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
