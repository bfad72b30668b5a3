package org.onecity.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.requests.Sentence.AgencyCode;
import org.onecity.requests.Sentence.AgencyName;
import org.onecity.requests.Sentence.Arg;
import org.onecity.requests.Sentence.ChannelName;
import org.onecity.requests.Sentence.Clause;
import org.onecity.requests.Sentence.English;
import org.onecity.requests.Sentence.EscalationTitle;
import org.onecity.requests.Sentence.ServiceCode;
import org.onecity.requests.Sentence.StatusName;
import org.onecity.requests.Sentence.Text;
import tools.jackson.core.type.TypeReference;

/**
 * A sentence's arguments as stored in requests.history.text_args: a JSON array of one-key objects,
 * {"text": "311-7"}, {"channel": "web"}, {"agency": "DSNY"}, {"escalation": 2, "title": "…"},
 * {"sentence": "history.reasonRule", "args": […]} … (the migration that keyed old rows writes the same).
 */
final class SentenceJson {

    private static final TypeReference<List<Map<String, Object>>> ARGS = new TypeReference<>() { };
    private static final List<String> KINDS = List.of("escalation", "sentence", "text", "english", "channel", "status",
            "agency", "agency_named", "service");

    private SentenceJson() {
    }

    static String args(Sentence s) {
        return s == null ? "[]" : RequestRows.json(write(s.args()));
    }

    static Sentence read(String key, String argsJson) {
        return key == null ? null : new Sentence(key, read(RequestRows.JSON.readValue(argsJson, ARGS)));
    }

    private static List<Map<String, Object>> write(List<Arg> args) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Arg a : args) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (a instanceof Text t) {
                m.put("text", t.value());
            } else if (a instanceof English e) {
                m.put("english", e.value());
            } else if (a instanceof ChannelName c) {
                m.put("channel", c.wire());
            } else if (a instanceof StatusName s) {
                m.put("status", s.wire());
            } else if (a instanceof AgencyCode c) {
                m.put("agency", c.code());
            } else if (a instanceof AgencyName n) {
                m.put("agency_named", n.english());
            } else if (a instanceof ServiceCode c) {
                m.put("service", c.code());
            } else if (a instanceof EscalationTitle t) {
                m.put("escalation", t.level());
                m.put("title", t.english());
            } else if (a instanceof Clause c) {
                m.put("sentence", c.sentence().key());
                m.put("args", write(c.sentence().args()));
            }
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Arg> read(List<Map<String, Object>> args) {
        List<Arg> out = new ArrayList<>();
        for (Map<String, Object> m : args) {
            // jsonb orders an object's keys by length: find the kind by name, not by position
            String kind = KINDS.stream().filter(m::containsKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown sentence argument " + m));
            String value = String.valueOf(m.get(kind));
            out.add(switch (kind) {
                case "text" -> new Text(value);
                case "english" -> new English(value);
                case "channel" -> new ChannelName(value);
                case "status" -> new StatusName(value);
                case "agency" -> new AgencyCode(value);
                case "agency_named" -> new AgencyName(value);
                case "service" -> new ServiceCode(value);
                case "escalation" -> new EscalationTitle(((Number) m.get(kind)).intValue(), String.valueOf(m.get("title")));
                case "sentence" -> new Clause(new Sentence(value, read((List<Map<String, Object>>) m.get("args"))));
                default -> throw new IllegalStateException(kind);
            });
        }
        return out;
    }
}
