package org.onecity.open311.web;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Open311 document (maps, lists and scalars) as XML the way the spec's examples do:
 * a list becomes an element whose children are named after its items (services/service,
 * attributes/attribute, values/value …). Null values are left out.
 */
final class XmlWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final Map<String, String> ITEM_NAMES = Map.ofEntries(
            Map.entry("services", "service"), Map.entry("service_requests", "request"),
            Map.entry("errors", "error"), Map.entry("attributes", "attribute"), Map.entry("values", "value"),
            Map.entry("endpoints", "endpoint"), Map.entry("formats", "format"), Map.entry("notes", "note"),
            Map.entry("media_urls", "media_url"), Map.entry("service_requests_updates", "request_update"),
            Map.entry("child_service_request_ids", "service_request_id"), Map.entry("groups", "group"));

    private XmlWriter() {
    }

    static String write(String root, Object body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            element(xml, root, body);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write XML", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                element(xml, e.getKey().toString(), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = ITEM_NAMES.getOrDefault(name, "item");
            for (Object v : list) {
                element(xml, item, v);
            }
        } else {
            xml.writeCharacters(value.toString());
        }
        xml.writeEndElement();
    }
}
