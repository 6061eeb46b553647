package org.corpusdesk;

import org.corpusdesk.cli.CorpusDeskCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * With no command: serves the web UI. With a command (import, sql, …): runs it and exits with its code.
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        DataDirectorySettings.loopbackOnly();
        CorpusDeskCli.Launch launch = CorpusDeskCli.launch(args);
        if (launch == CorpusDeskCli.Launch.COMMAND) {
            System.exit(CorpusDeskCli.run(args));
        } else if (launch == CorpusDeskCli.Launch.UNKNOWN) {
            System.exit(CorpusDeskCli.unknown(args, new java.io.PrintWriter(System.err, true)));
        }
        String[] server = LaunchArguments.forServer(args);
        String problem = LaunchArguments.dataFolderProblem(server);
        if (problem != null) {
            System.err.println("error: " + problem);
            System.exit(1);
        }
        SpringApplication.run(Application.class, server);
    }
}
