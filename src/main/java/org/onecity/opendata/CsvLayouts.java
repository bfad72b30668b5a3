package org.onecity.opendata;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/** The two CSV layouts: NYC Open Data's 41 columns, and the Open311 request fields. */
final class CsvLayouts {

    static final List<String> NYC = List.of("Unique Key", "Created Date", "Closed Date", "Agency", "Agency Name",
            "Complaint Type", "Descriptor", "Location Type", "Incident Zip", "Incident Address", "Street Name",
            "Cross Street 1", "Cross Street 2", "Intersection Street 1", "Intersection Street 2", "Address Type", "City",
            "Landmark", "Facility Type", "Status", "Due Date", "Resolution Description",
            "Resolution Action Updated Date", "Community Board", "BBL", "Borough", "X Coordinate (State Plane)",
            "Y Coordinate (State Plane)", "Open Data Channel Type", "Park Facility Name", "Park Borough",
            "Vehicle Type", "Taxi Company Borough", "Taxi Pick Up Location", "Bridge Highway Name",
            "Bridge Highway Direction", "Road Ramp", "Bridge Highway Segment", "Latitude", "Longitude", "Location");

    static final List<String> OPEN311 = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "closed_datetime", "address", "address_id", "zipcode", "lat",
            "long", "descriptor", "resolution");

    private static final Map<String, String> NYC_STATUS = Map.of("submitted", "Open", "acknowledged", "Pending",
            "assigned", "Assigned", "in_progress", "In Progress", "action_scheduled", "Action Scheduled",
            "closed", "Closed", "reopened", "Reopened");
    private static final Map<String, String> NYC_CHANNEL = Map.of("phone", "PHONE", "web", "ONLINE", "api", "MOBILE");

    private final DateTimeFormatter us;

    CsvLayouts(ZoneId zone) {
        this.us = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US).withZone(zone);
    }

    void nyc(CSVPrinter out, Published p) throws IOException {
        String[] v = new String[NYC.size()];
        Arrays.fill(v, "");
        v[0] = p.number();
        v[1] = us(p.requestedAt());
        v[2] = us(p.closedAt());
        v[3] = p.agencyCode();
        v[4] = p.agencyName();
        v[5] = p.serviceName();
        v[6] = nz(p.descriptor());
        v[8] = nz(p.zipcode());
        v[9] = nz(p.address());
        v[16] = "";
        v[19] = NYC_STATUS.getOrDefault(p.status(), p.status());
        v[20] = us(p.expectedAt());
        v[21] = nz(p.resolution());
        v[22] = us(p.updatedAt());
        v[23] = communityBoard(p);
        v[24] = nz(p.addressId());
        v[25] = p.nycBoroughName() == null ? "Unspecified" : p.nycBoroughName().toUpperCase(Locale.ROOT);
        v[28] = NYC_CHANNEL.getOrDefault(p.channel(), "OTHER");
        if (p.lat() != null) {
            v[38] = p.lat().toString();
            v[39] = p.lon().toString();
            v[40] = "(" + p.lat() + ", " + p.lon() + ")";
        }
        out.printRecord((Object[]) v);
    }

    static void open311(CSVPrinter out, Published p) throws IOException {
        out.printRecord(p.number(), p.status().equals("closed") ? "closed" : "open", nz(p.statusNotes()),
                p.serviceName(), p.serviceCode(), nz(p.description()), p.agencyName(), "", iso(p.requestedAt()),
                iso(p.updatedAt()), iso(p.expectedAt()), iso(p.closedAt()), nz(p.address()), nz(p.addressId()),
                nz(p.zipcode()), p.lat() == null ? "" : p.lat().toString(), p.lon() == null ? "" : p.lon().toString(),
                nz(p.descriptor()), nz(p.resolution()));
    }

    private String us(Instant i) {
        return i == null ? "" : us.format(i);
    }

    static String iso(Instant i) {
        return i == null ? "" : i.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** "05 MANHATTAN" from community district code 105, as the portal writes it. */
    private static String communityBoard(Published p) {
        String cd = p.nycCommunityDistrict();
        if (cd == null || p.nycBoroughName() == null || cd.length() != 3) {
            return "";
        }
        return cd.substring(1) + " " + p.nycBoroughName().toUpperCase(Locale.ROOT);
    }
}
