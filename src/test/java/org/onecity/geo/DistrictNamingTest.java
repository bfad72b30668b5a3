package org.onecity.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistrictNamingTest {

    @Test
    void nycCommunityDistrictsAndJointInterestAreas() {
        assertThat(DistrictNaming.nycCommunityDistrict("105")).isEqualTo("Manhattan CD 5");
        assertThat(DistrictNaming.nycCommunityDistrict("318")).isEqualTo("Brooklyn CD 18");
        assertThat(DistrictNaming.nycCommunityDistrict("164")).isEqualTo("Manhattan JIA 64");
        assertThat(DistrictNaming.nycCommunityDistrict("595")).isEqualTo("Staten Island JIA 95");
        assertThat(DistrictNaming.nycCommunityDistrict("226")).isEqualTo("Bronx JIA 26");
    }

    @Test
    void codesThatAreNotCommunityDistrictsKeepTheirCode() {
        assertThat(DistrictNaming.nycCommunityDistrict("905")).isEqualTo("905");
        assertThat(DistrictNaming.nycCommunityDistrict("1a5")).isEqualTo("1a5");
        assertThat(DistrictNaming.nycCommunityDistrict("1050")).isEqualTo("1050");
    }
}
