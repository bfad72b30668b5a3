package org.onecity.messaging;

import java.util.List;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.IndexColumn;
import org.onecity.vault.SealedTable;
import org.onecity.vault.SealedTable.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares messaging's sealed columns to the sharing module, so key rotation re-encrypts them too. */
@Configuration(proxyBeanMethods = false)
public class MessagingSealing {

    public static final SealedTable SUBSCRIPTION = new SealedTable("messaging.subscription", "id",
            List.of(Column.sealed("email")));
    public static final SealedTable OUTBOX = new SealedTable("messaging.outbox", "id",
            List.of(Column.sealed("recipient")));
    public static final SealedTable CONVERSATION = new SealedTable("messaging.sms_conversation", "id",
            List.of(Column.indexed("phone", BlindIndex.PHONE, "phone_index")));
    public static final SealedTable SMS_MESSAGE = new SealedTable("messaging.sms_message", "id",
            List.of(Column.sealed("body")));

    /** The message log keeps the phone's blind index only (the conversation holds the sealed phone). */
    @Bean
    IndexColumn smsMessagePhoneIndex() {
        return new IndexColumn("messaging.sms_message", "phone_index", BlindIndex.PHONE);
    }

    @Bean
    SealedTable subscriptionTable() {
        return SUBSCRIPTION;
    }

    @Bean
    SealedTable outboxTable() {
        return OUTBOX;
    }

    @Bean
    SealedTable smsConversationTable() {
        return CONVERSATION;
    }

    @Bean
    SealedTable smsMessageTable() {
        return SMS_MESSAGE;
    }
}
