package org.onecity.cli;

import java.util.concurrent.Callable;
import org.onecity.sla.Escalations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "escalate", mixinStandardHelpOptions = true,
        description = {"Run one escalation pass: every overdue request goes up its agency's chain as far as is due.",
                "Safe to run while OneCity nodes serve: work is claimed with FOR UPDATE SKIP LOCKED."})
class EscalateCommand implements Callable<Integer> {

    @Mixin
    SpringOptions options;

    @Override
    public Integer call() {
        try (var ctx = BatchContext.start(options)) {
            int n = ctx.getBean(Escalations.class).escalateOverdue();
            System.out.println("Escalations made: " + n);
            return 0;
        }
    }
}
