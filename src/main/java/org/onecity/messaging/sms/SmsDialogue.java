package org.onecity.messaging.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceSearch;
import org.onecity.catalog.ServiceType;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMS conversation: a request number gets its status; any other text starts filing — pick a
 * service from a short numbered list, answer its required questions, send the address — and the
 * reply says the new request's number. "STOP"/"CANCEL" (or "ALTO") starts over.
 */
@Service
public class SmsDialogue {

    private static final Pattern NUMBER = Pattern.compile("(?i)\\b(?:311-)?(\\d{7,9})\\b");
    private static final Duration STALE = Duration.ofHours(2);

    private final ConversationStore store;
    private final ServiceSearch search;
    private final Catalog catalog;
    private final RequestIntake intake;
    private final RequestQueries queries;
    private final MessageSource messages;
    private final Clock clock;
    private final org.onecity.requests.AddressLocations addresses;
    private final org.onecity.messaging.NotificationLinks links;

    SmsDialogue(ConversationStore store, ServiceSearch search, Catalog catalog, RequestIntake intake,
                RequestQueries queries, MessageSource messages, Clock clock,
                org.onecity.requests.AddressLocations addresses, org.onecity.messaging.NotificationLinks links) {
        this.addresses = addresses;
        this.links = links;
        this.store = store;
        this.search = search;
        this.catalog = catalog;
        this.intake = intake;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    /** Handles one incoming text and answers it (the reply is logged; the caller sends it). */
    @Transactional
    public String receive(String phone, String body) {
        Instant now = clock.instant();
        String text = body == null ? "" : body.strip();
        store.log(phone, "in", text, now);
        Conversation c = store.lock(phone, now);
        if (!"idle".equals(c.state()) && store.lastActivity(phone).map(t -> t.plus(STALE).isBefore(now)).orElse(false)) {
            c = Conversation.idle(phone, c.language());
        }
        Reply r = handle(c, text);
        store.save(r.next(), now);
        store.log(phone, "out", r.text(), now);
        return r.text();
    }

    private record Reply(Conversation next, String text) {
    }

    private Reply handle(Conversation c, String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("STOP") || upper.equals("CANCEL") || upper.equals("ALTO") || upper.equals("CANCELAR")) {
            return new Reply(Conversation.idle(c.phone(), c.language()), say(c.language(), "sms.cancelled"));
        }
        Matcher m = NUMBER.matcher(text);
        if (("idle".equals(c.state()) || !text.matches("\\d{1,2}")) && m.find() && !"locating".equals(c.state())) {
            return new Reply(c, status(c.language(), "311-" + m.group(1)));
        }
        return switch (c.state()) {
            case "choosing" -> choose(c, text);
            case "answering" -> answer(c, text);
            case "locating" -> file(c, text);
            default -> start(c, text);
        };
    }

    private Reply start(Conversation c, String text) {
        String lang = Language.ENGLISH.code();
        List<ServiceType> found = search.find(text, Language.ENGLISH, 5);
        List<ServiceType> spanish = search.find(text, Language.SPANISH, 5);
        if (!spanish.isEmpty() && (found.isEmpty() || looksSpanish(text))) {
            found = spanish;
            lang = Language.SPANISH.code();
        }
        if (found.isEmpty()) {
            return new Reply(Conversation.idle(c.phone(), lang), say(lang, "sms.noMatch"));
        }
        var next = new Conversation(c.phone(), "choosing", text, found.stream().map(ServiceType::code).toList(),
                null, 0, Map.of(), lang);
        return new Reply(next, menu(next));
    }

    private String menu(Conversation c) {
        Language l = Language.of(c.language()).orElse(Language.ENGLISH);
        StringBuilder sb = new StringBuilder(say(c.language(), "sms.pick"));
        for (int i = 0; i < c.candidates().size(); i++) {
            String name = catalog.service(c.candidates().get(i)).map(s -> s.name().in(l)).orElse(c.candidates().get(i));
            sb.append('\n').append(i + 1).append(' ').append(name);
        }
        return sb.toString();
    }

    private Reply choose(Conversation c, String text) {
        int n = index(text);
        if (n < 1 || n > c.candidates().size()) {
            return new Reply(c, menu(c));
        }
        var next = new Conversation(c.phone(), "answering", c.question(), c.candidates(), c.candidates().get(n - 1),
                0, Map.of(), c.language());
        return ask(next);
    }

    /** Asks the next required question, or for the location when none is left. */
    private Reply ask(Conversation c) {
        List<ServiceAttribute> questions = questions(c.serviceCode());
        if (c.attributeAt() >= questions.size()) {
            var next = new Conversation(c.phone(), "locating", c.question(), c.candidates(), c.serviceCode(),
                    c.attributeAt(), c.answers(), c.language());
            return new Reply(next, say(c.language(), "sms.location"));
        }
        ServiceAttribute a = questions.get(c.attributeAt());
        Language l = Language.of(c.language()).orElse(Language.ENGLISH);
        StringBuilder sb = new StringBuilder(a.description().in(l));
        for (int i = 0; i < a.values().size(); i++) {
            sb.append('\n').append(i + 1).append(' ').append(a.values().get(i).name().in(l));
        }
        return new Reply(c, sb.toString());
    }

    private Reply answer(Conversation c, String text) {
        ServiceAttribute a = questions(c.serviceCode()).get(c.attributeAt());
        String value = text;
        if (a.datatype().isList()) {
            int n = index(text);
            if (n < 1 || n > a.values().size()) {
                return ask(c);
            }
            value = a.values().get(n - 1).key();
        }
        Map<String, List<String>> answers = new LinkedHashMap<>(c.answers());
        answers.put(a.code(), List.of(value));
        return ask(new Conversation(c.phone(), "answering", c.question(), c.candidates(), c.serviceCode(),
                c.attributeAt() + 1, answers, c.language()));
    }

    private Reply file(Conversation c, String address) {
        try {
            var point = addresses.locate(address);
            var submitted = intake.submit(new SubmitRequest(c.serviceCode(), Channel.SMS, c.question(),
                    point.map(p -> p.lat()).orElse(null), point.map(p -> p.lon()).orElse(null), address, null, null, c.answers(), new Requester(null, null, null, c.phone(), null, null), List.of(),
                    List.of(), c.language(), "sms:" + c.phone(), null, null));
            return new Reply(Conversation.idle(c.phone(), c.language()),
                    say(c.language(), "sms.filed", submitted.request().number()) + "\n"
                            + say(c.language(), "sms.privateLink", links.feedbackUrl(submitted.request().number())));
        } catch (RequestRejected e) {
            Conversation restart = new Conversation(c.phone(), "answering", c.question(), c.candidates(),
                    c.serviceCode(), 0, Map.of(), c.language());
            return new Reply(restart, say(c.language(), "sms.invalid") + "\n" + ask(restart).text());
        }
    }

    private String status(String lang, String number) {
        return queries.find(number).map(r -> {
            Language l = Language.of(lang).orElse(Language.ENGLISH);
            String service = catalog.service(r.serviceCode()).map(s -> s.name().in(l)).orElse(r.serviceCode());
            String word = messages.getMessage("status." + r.status().wire(), null, r.status().wire(), l.locale());
            return say(lang, "sms.status", r.number(), service, word)
                    + (r.statusNotes() == null ? "" : "\n" + r.statusNotes());
        }).orElseGet(() -> say(lang, "sms.unknownNumber", number));
    }

    private List<ServiceAttribute> questions(String serviceCode) {
        List<ServiceAttribute> out = new ArrayList<>();
        catalog.service(serviceCode).ifPresent(s -> s.attributes().stream()
                .filter(a -> a.variable() && a.required())
                .sorted(java.util.Comparator.comparingInt(ServiceAttribute::order)).forEach(out::add));
        return out;
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean looksSpanish(String text) {
        return text.matches("(?iu).*\\b(hay|el|la|los|las|en|mi|calle|ruido|basura|ratas?)\\b.*|.*[ñáéíóú¿¡].*");
    }

    private String say(String lang, String key, Object... args) {
        return messages.getMessage(key, args, Language.of(lang).orElse(Language.ENGLISH).locale());
    }
}
