package org.corpusdesk.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Who runs an import, as "pid@host". A RUNNING batch is dead when its owner is a process of this host that no
 * longer exists, or, for another host, when its heartbeat is older than {@link #STALE_AFTER}.
 */
final class ImportOwner {

    static final Duration STALE_AFTER = Duration.ofMinutes(15);
    static final String HOST = hostName();

    private ImportOwner() {
    }

    static String current() {
        return ProcessHandle.current().pid() + "@" + HOST;
    }

    static boolean isDead(String owner, OffsetDateTime heartbeat, OffsetDateTime now) {
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
        return heartbeat == null || heartbeat.isBefore(now.minus(STALE_AFTER));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
