package org.onecity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.ServiceRequest;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The data-quality rules on a small hand-made portal export: every bad row reported with its line and reasons. */
class ImportQualityIT extends IntegrationBase {

    private static final String HEADER = "Created Date,Unique Key,Closed Date,Agency,Complaint Type,Descriptor,Status,"
            + "Resolution Description,Incident Address,Incident Zip,Latitude,Longitude,Open Data Channel Type,Extra Column";

    @Autowired
    Imports imports;

    @Autowired
    RequestQueries queries;

    @TempDir
    Path dir;

    @Test
    void badRowsAreRejectedOrRepairedWithLineAndReason() throws Exception {
        String source = "quality-" + System.nanoTime();
        Path file = write("first.csv", "\uFEFF" + String.join("\r\n", HEADER,
                "03/01/2011 02:27:57 PM,1001,03/14/2011 03:59:20 PM,DOT,Street Sign - Dangling,Street Cleaning - ASP,Closed,"
                        + "\"The Department of Transportation has completed the request,\nor corrected the condition.\","
                        + "186 25 STREET,11232,40.660811976282695,-73.99859430999363,ONLINE,x",
                "03/05/2011 10:00:00 AM,1002,03/01/2011 09:00:00 AM,DOT,Street Sign - Dangling,,Closed,Done,"
                        + "1 MAIN STREET,11201,40.6608,-73.9985,PHONE,x",
                "31/31/2011 10:00:00 XM,1003,,DOT,Street Sign - Dangling,,Open,,1 MAIN STREET,11201,,,PHONE,x",
                "03/05/2011 10:00:00 AM,1004,,XYZ,Street Sign - Dangling,,Open,,1 MAIN STREET,11201,,,PHONE,x",
                "03/05/2011 10:00:00 AM,1005,,DOT,Flying Saucer Landing,,Open,,1 MAIN STREET,11201,,,PHONE,x",
                "03/05/2011 10:00:00 AM,1001,,DOT,Street Sign - Dangling,,Open,,1 MAIN STREET,11201,,,PHONE,x",
                "03/05/2011 10:00:00 AM,1006,,DOT,Street Sign - Dangling,,In Progress,,2 MAIN STREET,11201,0,0,MOBILE,x",
                "03/05/2011 10:00:00 AM,1007,,DOT,Street Sign - Dangling,,Open,,,N/A,,,PHONE,x") + "\r\n");
        ImportSummary s = imports.run(new ImportRequest("nyc311-export", file, null, source), ImportProgress.NONE);

        assertThat(s.rowsRead()).isEqualTo(8);
        assertThat(s.imported() + s.updated() + s.unchanged() + s.rejected()).isEqualTo(s.rowsRead());
        assertThat(s.imported()).isEqualTo(3);
        assertThat(s.rejected()).isEqualTo(5);
        assertThat(s.repaired()).isEqualTo(2);
        Map<Long, ImportIssue> issues = issues(s.id());
        assertThat(issues.get(4L).reasons()).startsWith("closed before created").contains("03/01/2011 09:00:00 AM");
        assertThat(issues.get(4L).outcome()).isEqualTo("repaired");
        assertThat(issues.get(5L).reasons()).contains("unparseable created date '31/31/2011 10:00:00 XM'");
        assertThat(issues.get(6L).reasons()).contains("unknown agency 'XYZ'");
        assertThat(issues.get(7L).reasons()).contains("unknown complaint type 'Flying Saucer Landing' of DOT");
        assertThat(issues.get(8L)).extracting(ImportIssue::sourceKey, ImportIssue::outcome)
                .containsExactly("1001", "rejected");
        assertThat(issues.get(8L).reasons()).contains("duplicate key in file (first at line 2)");
        assertThat(issues.get(9L).reasons()).contains("coordinates outside the city (0, 0): dropped");
        assertThat(issues.get(10L).reasons()).contains("no location");
        assertThat(issues).hasSize(7);

        ServiceRequest first = queries.find(source.toUpperCase() + "-1001").orElseThrow();
        assertThat(first.serviceCode()).isEqualTo("dot-street-sign-dangling");
        assertThat(first.channel().wire()).isEqualTo("web");
        assertThat(first.attributes()).containsEntry("descriptor", "street-cleaning-asp");
        assertThat(first.resolution()).contains("request,\nor corrected");
        assertThat(first.districts().code("borough")).isNotNull();
        assertThat(first.outcome().wire()).isEqualTo("resolved");
        assertThat(first.requestedAt()).hasToString("2011-03-01T19:27:57Z");
        ServiceRequest backwards = queries.find(source.toUpperCase() + "-1002").orElseThrow();
        assertThat(backwards.closedAt()).isEqualTo(backwards.requestedAt());
        assertThat(backwards.status().wire()).isEqualTo("closed");
        ServiceRequest far = queries.find(source.toUpperCase() + "-1006").orElseThrow();
        assertThat(far.lat()).isNull();
        assertThat(far.status().wire()).isEqualTo("in_progress");
        assertThat(queries.history(far.number(), true)).extracting(h -> h.kind()).containsExactly("submitted", "status_changed");

        // a newer extract: 1006 closed now, the first one unchanged, and one new request
        Path newer = write("newer.csv", String.join("\n", HEADER,
                "03/01/2011 02:27:57 PM,1001,03/14/2011 03:59:20 PM,DOT,Street Sign - Dangling,Street Cleaning - ASP,Closed,"
                        + "\"The Department of Transportation has completed the request,\nor corrected the condition.\","
                        + "186 25 STREET,11232,40.660811976282695,-73.99859430999363,ONLINE,x",
                "03/05/2011 10:00:00 AM,1006,03/09/2011 10:00:00 AM,DOT,Street Sign - Dangling,,Closed,"
                        + "This is a duplicate of an earlier report.,2 MAIN STREET,11201,0,0,MOBILE,x",
                "03/06/2011 10:00:00 AM,1008,,DOT,Street Sign - Dangling,,Open,,3 MAIN STREET,11201,,,PHONE,x"));
        ImportSummary n = imports.run(new ImportRequest("nyc311-export", newer, null, source), ImportProgress.NONE);
        assertThat(List.of(n.rowsRead(), n.imported(), n.updated(), n.unchanged(), n.rejected()))
                .containsExactly(3L, 1L, 1L, 1L, 0L);
        far = queries.find(far.number()).orElseThrow();
        assertThat(far.status().wire()).isEqualTo("closed");
        assertThat(far.outcome().wire()).isEqualTo("duplicate");
        assertThat(far.closedAt()).hasToString("2011-03-09T15:00:00Z");
        assertThat(queries.history(far.number(), true)).extracting(h -> h.kind())
                .containsExactly("submitted", "status_changed", "status_changed");
    }

    @Test
    void aMappingFileCanSendUnknownTypesToACatchAllService() throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/imports/mappings/nyc311-export.yaml").readAllBytes(),
                StandardCharsets.UTF_8).replace("unmapped: reject", "unmapped: dsny-other-enforcement")
                .replace("name: nyc311-export", "name: catch-all-test");
        Path mapping = write("catch-all.yaml", yaml);
        Path file = write("one.csv", HEADER + "\n03/05/2011 10:00:00 AM,77,,DSNY,Flying Saucer Landing,,Open,,"
                + "1 MAIN STREET,11201,,,PHONE,x\n");
        String source = "catchall-" + System.nanoTime();
        ImportSummary s = imports.run(new ImportRequest(mapping.toString(), file, null, source), ImportProgress.NONE);
        assertThat(s.imported()).isEqualTo(1);
        assertThat(issues(s.id()).get(2L).reasons()).contains("filed under dsny-other-enforcement");
        assertThat(queries.find(source.toUpperCase() + "-77").orElseThrow().serviceCode()).isEqualTo("dsny-other-enforcement");
    }

    private Map<Long, ImportIssue> issues(long run) {
        List<ImportIssue> all = new ArrayList<>();
        imports.issues(run, all::add);
        return all.stream().collect(Collectors.toMap(ImportIssue::line, i -> i));
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
