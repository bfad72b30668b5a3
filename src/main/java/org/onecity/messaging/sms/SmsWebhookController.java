package org.onecity.messaging.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.onecity.platform.DemoMode;
import org.onecity.shared.PlainText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbound SMS webhook, in the shape common gateways post ({@code From}, {@code Body} as a form),
 * authenticated by a shared secret ({@code secret} parameter or {@code X-OneCity-Sms-Secret} header;
 * {@code onecity.sms.secret}, "demo-sms-secret" in demo mode). The reply goes out through the
 * gateway and is also returned as TwiML-style XML.
 */
@RestController
class SmsWebhookController {

    private final SmsDialogue dialogue;
    private final SmsGateway gateway;
    private final String secret;

    SmsWebhookController(SmsDialogue dialogue, SmsGateway gateway, DemoMode demo,
                         @Value("${onecity.sms.secret:}") String secret) {
        this.dialogue = dialogue;
        this.gateway = gateway;
        this.secret = !secret.isBlank() ? secret : demo.enabled() ? "demo-sms-secret" : "";
    }

    @PostMapping(value = "/sms/inbound", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> inbound(@RequestParam(name = "From", required = false) String from,
                                   @RequestParam(name = "Body", required = false) String body,
                                   @RequestParam(name = "secret", required = false) String givenParam,
                                   @RequestHeader(name = "X-OneCity-Sms-Secret", required = false) String givenHeader) {
        String given = givenHeader != null ? givenHeader : givenParam;
        if (secret.isEmpty() || given == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(403).body("<Response/>");
        }
        String phone = PlainText.trimToNull(from);
        if (phone == null || !phone.matches("^\\+?[0-9]{5,20}$") || body == null || body.length() > 1600
                || PlainText.containsControlCharacters(body)) {
            return ResponseEntity.badRequest().body("<Response/>");
        }
        String reply = dialogue.receive(phone, body);
        gateway.send(phone, reply);
        return ResponseEntity.ok("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>" + xml(reply)
                + "</Message></Response>");
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
