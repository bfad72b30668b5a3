package org.onecity.cli;

import java.util.concurrent.Callable;
import org.onecity.vault.IndexKeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rotate-index-key", mixinStandardHelpOptions = true,
        description = {"Rotate the blind-index (HMAC) key of the exact lookups (email, phone, CURP) without",
                "downtime: adds the next index key (or resumes the rotation already running), waits two",
                "onecity.sharing.key-refresh periods while nodes switch to writing under it and looking up under",
                "both, re-indexes every sealed table in batches (FOR UPDATE SKIP LOCKED, resumable) and moves",
                "consent person keys, then makes the new key current and retires the old one."})
class RotateIndexKeyCommand implements Callable<Integer> {

    @Mixin
    SpringOptions options;

    @Option(names = "--status", description = "Only print where the rotation stands.")
    boolean statusOnly;

    @Override
    public Integer call() throws InterruptedException {
        try (var ctx = BatchContext.start(options)) {
            IndexKeyRotation rotation = ctx.getBean(IndexKeyRotation.class);
            if (statusOnly) {
                print(rotation.status());
                return 0;
            }
            var started = rotation.start();
            System.out.println("Next index key " + started.nextKeyId() + "; re-indexing from " + started.reindexFrom());
            var last = new String[1];
            var done = rotation.complete(s -> {
                String line = s.phase() + " " + s.tables().stream()
                        .mapToLong(IndexKeyRotation.TableProgress::rowsSeen).sum() + " rows";
                if (!line.equals(last[0])) {
                    System.err.println(line);
                    last[0] = line;
                }
            });
            print(done);
            return 0;
        }
    }

    private static void print(IndexKeyRotation.Status s) {
        System.out.println("Index key: current " + s.currentKeyId() + (s.nextKeyId() == null ? ""
                : ", next " + s.nextKeyId()) + ", retired " + s.retiredKeyIds() + "; phase " + s.phase());
        for (var t : s.tables()) {
            System.out.println("  " + t.table() + ": " + t.rowsSeen() + " rows seen, " + t.rowsChanged()
                    + " re-indexed, " + t.subjectsMoved() + " consent subjects moved" + (t.done() ? ", done" : ""));
        }
        System.out.println("Consent subjects under an old index key (no sealed row left to re-derive them): "
                + s.subjectsUnderOldKeys());
    }
}
