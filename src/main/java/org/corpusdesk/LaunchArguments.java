package org.corpusdesk;

import java.util.ArrayList;
import java.util.List;

/** Turns the friendly {@code --data DIR} option into the Spring property that {@link DataDirectorySettings} reads. */
public final class LaunchArguments {

    private LaunchArguments() {
    }

    public static String[] forServer(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data") && i + 1 < args.length) {
                out.add("--corpusdesk.data-dir=" + args[++i]);
            } else if (arg.startsWith("--data=")) {
                out.add("--corpusdesk.data-dir=" + arg.substring("--data=".length()));
            } else {
                out.add(arg);
            }
        }
        return out.toArray(String[]::new);
    }
}
