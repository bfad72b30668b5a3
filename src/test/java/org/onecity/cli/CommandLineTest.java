package org.onecity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.onecity.OneCityApplication;

class CommandLineTest {

    @Test
    void withoutACommandItServes() {
        assertThat(OneCityCommandLine.withDefaultCommand(new String[0])).containsExactly("serve");
        assertThat(OneCityCommandLine.withDefaultCommand(new String[] {"--server.port=9090"}))
                .containsExactly("serve", "--server.port=9090");
        assertThat(OneCityCommandLine.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
        assertThat(OneCityCommandLine.withDefaultCommand(new String[] {"migrate", "--onecity.demo=false"}))
                .containsExactly("migrate", "--onecity.demo=false");
    }

    @Test
    void helpListsTheCommands() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            assertThat(OneCityCommandLine.run(OneCityApplication.class, "--help")).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString()).contains("serve", "migrate", "escalate", "Usage: onecity");
    }
}
