package org.onecity.mydata;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.onecity.messaging.Mailer;
import org.onecity.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The email with the link to a registered person's own page, and until when it works, in their language. */
@Component
class LinkMail {

    /** The outbox kind of these mails. */
    static final String KIND = "person_my_data";

    private final MessageSource messages;

    LinkMail(MessageSource messages) {
        this.messages = messages;
    }

    Mailer.Mail to(String email, String reference, String language, String url, Instant expires, ZoneId zone) {
        Locale locale = Language.of(language).orElse(Language.ENGLISH).locale();
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(expires);
        return new Mailer.Mail(reference, KIND, email, language,
                messages.getMessage("mail.personMyData.subject", null, locale),
                messages.getMessage("mail.personMyData.body", new Object[]{url, until}, locale));
    }
}
