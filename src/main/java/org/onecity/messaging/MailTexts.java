package org.onecity.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.onecity.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The emails' words, from the site's messages in the requester's language (English where a text is missing). */
@Component
class MailTexts {

    record Text(String subject, String body) {
    }

    private final MessageSource messages;

    MailTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A status in the requester's language, with the public note staff wrote (as they wrote it). */
    String status(String wire, String note, String language) {
        Locale locale = Language.of(language).orElse(Language.ENGLISH).locale();
        String name = messages.getMessage("status." + wire, null, wire, locale);
        return note == null ? name : name + " — " + note;
    }

    Text render(String kind, String language, String number, String serviceName, String extra, Instant due,
                ZoneId zone, String trackUrl, String manageUrl, String feedbackUrl, String myDataUrl) {
        Locale locale = Language.of(language).orElse(Language.ENGLISH).locale();
        String dueText = due == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(due);
        String subject = messages.getMessage("mail." + kind + ".subject", new Object[]{number, serviceName}, locale);
        String body = messages.getMessage("mail." + kind + ".body",
                new Object[]{number, serviceName, extra == null ? "" : extra, dueText}, locale)
                + "\n\n" + messages.getMessage("mail.track", new Object[]{trackUrl}, locale)
                + ("closed".equals(kind) ? "\n" + messages.getMessage("mail.survey", new Object[]{feedbackUrl}, locale) : "")
                + "\n\n" + messages.getMessage("mail.manage", new Object[]{manageUrl}, locale)
                + ("confirmation".equals(kind) ? "\n" + messages.getMessage("mail.myData", new Object[]{myDataUrl}, locale)
                : "");
        return new Text(subject, signed(body, language));
    }

    /** The body with the city's signature, as every mail ends. */
    String signed(String body, String language) {
        Locale locale = Language.of(language).orElse(Language.ENGLISH).locale();
        return body + "\n-- \n" + messages.getMessage("mail.signature", null, locale);
    }
}
