package org.onecity.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code onecity} command line. Without a command (or with only Spring options such as
 * {@code --server.port=9090}) it serves.
 */
@Command(name = "onecity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "OneCity: one place where residents reach every agency.",
        subcommands = {ServeCommand.class, MigrateCommand.class, EscalateCommand.class, ImportCommand.class,
                ExportCommand.class, GenerateCommand.class, RotateKeysCommand.class, RotateMasterKeyCommand.class,
                RotateIndexKeyCommand.class, VerifyAuditCommand.class})
public final class OneCityCommandLine implements Runnable {

    /** Returned by {@link #run(String[])} when the web application keeps running. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    private static Class<?> application;

    /** Runs the command line for the given Spring Boot application class. */
    public static int run(Class<?> applicationClass, String... args) {
        application = applicationClass;
        CommandLine cli = new CommandLine(new OneCityCommandLine());
        cli.setUnmatchedOptionsArePositionalParams(true);
        int exit = cli.execute(withDefaultCommand(args));
        return ServeCommand.started() ? KEEP_RUNNING : exit;
    }

    static Class<?> application() {
        return application;
    }

    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0) {
            return new String[] {"serve"};
        }
        String first = args[0];
        boolean helpOrVersion = List.of("-h", "--help", "-V", "--version").contains(first);
        if (first.startsWith("-") && !helpOrVersion) {
            List<String> all = new ArrayList<>();
            all.add("serve");
            all.addAll(Arrays.asList(args));
            return all.toArray(String[]::new);
        }
        return args;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
