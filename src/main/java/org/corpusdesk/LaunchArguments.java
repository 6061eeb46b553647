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

    /**
     * The data folder's problem in one line (a missing or damaged credentials file), checked before the server
     * starts so that it is said once instead of in a stack trace; null when the folder is fine, a datasource URL
     * of one's own is given, or only the full start can tell which folder it is.
     */
    static String dataFolderProblem(String[] serverArgs) {
        var env = DataDirectorySettings.launchEnvironment(null, List.of(serverArgs));
        java.nio.file.Path dir = env == null ? null : DataDirectorySettings.embeddedDataDir(env);
        return dir == null ? null : DataDirectorySettings.problem(dir);
    }
}
