package org.onecity.open311;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading our XML answers with the JDK's own parser. */
final class Xml {

    private Xml() {
    }

    static Element root(String xml) {
        try {
            assert xml.startsWith("<?xml");
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    static int children(String xml, String name) {
        return root(xml).getElementsByTagName(name).getLength();
    }

    static List<String> texts(String xml, String name) {
        NodeList nodes = root(xml).getElementsByTagName(name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
