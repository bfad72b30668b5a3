package org.onecity.messaging.sms;

import java.util.List;
import java.util.Map;

/** Where a resident is in filing by text: idle, choosing a service, answering its questions, or giving a location. */
record Conversation(String phone, String state, String question, List<String> candidates, String serviceCode,
                    int attributeAt, Map<String, List<String>> answers, String language) {

    static Conversation idle(String phone, String language) {
        return new Conversation(phone, "idle", null, List.of(), null, 0, Map.of(), language);
    }
}
