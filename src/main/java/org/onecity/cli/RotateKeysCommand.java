package org.onecity.cli;

import java.util.concurrent.Callable;
import org.onecity.vault.KeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rotate-keys", mixinStandardHelpOptions = true,
        description = {"Rotate the data key of the personal-data encryption: new writes use the new key (other",
                "nodes switch within onecity.sharing.key-refresh), then rows under older keys are re-encrypted in",
                "batches claimed with FOR UPDATE SKIP LOCKED, while nodes keep serving."})
class RotateKeysCommand implements Callable<Integer> {

    @Mixin
    SpringOptions options;

    @Option(names = "--reseal-only", description = "Do not add a key; only re-encrypt rows not under the newest one.")
    boolean resealOnly;

    @Override
    public Integer call() {
        try (var ctx = BatchContext.start(options)) {
            KeyRotation rotation = ctx.getBean(KeyRotation.class);
            if (resealOnly) {
                System.out.println("Rows re-encrypted: " + rotation.resealStale());
            } else {
                var r = rotation.rotate();
                System.out.println("New data key " + r.keyId() + "; rows re-encrypted: " + r.rows());
            }
            return 0;
        }
    }
}
