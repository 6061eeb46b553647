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
     * starts so that it is said once instead of in a stack trace; null when the folder is fine or a datasource URL
     * of one's own is given.
     */
    static String dataFolderProblem(String[] serverArgs) {
        String dir = System.getenv().getOrDefault("CORPUSDESK_DATA_DIR", "./data");
        for (String arg : serverArgs) {
            if (arg.startsWith("--spring.datasource.url=")) {
                return null;
            }
            if (arg.startsWith("--corpusdesk.data-dir=")) {
                dir = arg.substring("--corpusdesk.data-dir=".length());
            }
        }
        if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
            return null;
        }
        return DataDirectorySettings.problem(java.nio.file.Path.of(dir));
    }
}
