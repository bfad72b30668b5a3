package org.onecity.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the web-channel tests (portal, staff screens, email, SMS, browsers): the whole app with a
 * real in-process SMTP server (GreenMail) it sends to, and a filing limit high enough for a suite.
 * One application context for all of them.
 */
@TestPropertySource(properties = {"onecity.portal.filings-per-hour=100000", "spring.mail.host=localhost",
        "onecity.public-url=http://onecity.test"})
public abstract class ChannelsBase extends IntegrationBase {

    protected static final GreenMail MAIL = startMail();

    private static GreenMail startMail() {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    /** The mails received so far for {@code email} (waiting up to 2 s for the first mail of the run). */
    protected static List<MimeMessage> mailTo(String email) throws Exception {
        MAIL.waitForIncomingEmail(2000, 1);
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
