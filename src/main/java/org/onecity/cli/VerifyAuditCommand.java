package org.onecity.cli;

import java.util.concurrent.Callable;
import org.onecity.audit.Audit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "verify-audit", mixinStandardHelpOptions = true,
        description = {"Check the audit chain end to end: every entry's hash, the links between entries and the head.",
                "Exit code 0 when intact, 2 when an entry was altered, deleted or reordered."})
class VerifyAuditCommand implements Callable<Integer> {

    @Mixin
    SpringOptions options;

    @Override
    public Integer call() {
        try (var ctx = BatchContext.start(options)) {
            var v = ctx.getBean(Audit.class).verify();
            if (v.intact()) {
                System.out.println("Audit chain intact: " + v.entries() + " entries");
                return 0;
            }
            System.out.println("Audit chain BROKEN at entry " + v.firstBad() + ": " + v.problem());
            return 2;
        }
    }
}
