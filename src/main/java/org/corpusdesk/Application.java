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
        CorpusDeskCli.Launch launch = CorpusDeskCli.launch(args);
        if (launch == CorpusDeskCli.Launch.COMMAND) {
            System.exit(CorpusDeskCli.run(args));
        } else if (launch == CorpusDeskCli.Launch.UNKNOWN) {
            System.exit(CorpusDeskCli.unknown(args, new java.io.PrintWriter(System.err, true)));
        }
        SpringApplication.run(Application.class, LaunchArguments.forServer(args));
    }
}
