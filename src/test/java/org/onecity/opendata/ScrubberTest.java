package org.onecity.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrubberTest {

    @Test
    void removesEmailsAndPhoneNumbers() {
        assertThat(Scrubber.scrub("Call me at 212-639-9675 or (718) 555-0199, mail jane.doe+311@example.org."))
                .isEqualTo("Call me at [phone removed] or [phone removed], mail [email removed].");
        assertThat(Scrubber.scrub("cell 212.639.9675 / +1 212 639 9675 / 2126399675 / +44 20 7946 0958"))
                .isEqualTo("cell [phone removed] / [phone removed] / [phone removed] / [phone removed]");
    }

    @Test
    void keepsNumbersThatAreNotPhones() {
        String text = "Request 311-1000001 at 186 25 STREET, 11232, on 03/14/2011 03:59 PM; 40.6608, -73.9985; CD 105; "
                + "BBL 1019820050 noted, 3 AVENUE & 4 AVENUE, call 311.";
        assertThat(Scrubber.scrub(text)).isEqualTo(text.replace("1019820050", "[phone removed]"));
        assertThat(Scrubber.scrub(null)).isNull();
    }
}
