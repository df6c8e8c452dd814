package kz.qorgau.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import kz.qorgau.security.Caller;

class TokenClaimsTest {

    private static String token(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void readsSchoolStaffJurisdictionAndRoles() {
        Caller caller = TokenClaims.callerOf(token("""
                {"preferred_username":"inspector1","realm_access":{"roles":["inspector"]},
                 "school_ids":[1001,1003],"district_id":7502}"""));

        assertThat(caller.username()).isEqualTo("inspector1");
        assertThat(caller.roles()).containsExactly("inspector");
        assertThat(caller.jurisdiction().schoolIds()).containsExactlyInAnyOrder(1001L, 1003L);
        assertThat(caller.jurisdiction().districtIds()).containsExactly(7502L);
        assertThat(caller.jurisdiction().national()).isFalse();
    }

    @Test
    void readsNationalJurisdiction() {
        Caller caller = TokenClaims.callerOf(token("""
                {"preferred_username":"ombudsman1","realm_access":{"roles":["ombudsman"]},"national":true}"""));

        assertThat(caller.jurisdiction().national()).isTrue();
        assertThat(caller.jurisdiction().coversSchool(1, 2, 3)).isTrue();
    }

    @Test
    void acceptsIdsWrittenAsStrings() {
        Caller caller = TokenClaims.callerOf(token("""
                {"preferred_username":"coordinator1","region_id":"75","school_ids":["1001","oops"]}"""));

        assertThat(caller.jurisdiction().regionIds()).containsExactly(75L);
        assertThat(caller.jurisdiction().schoolIds()).containsExactly(1001L);
    }

    @Test
    void aTokenWithoutJurisdictionSeesNothing() {
        Caller caller = TokenClaims.callerOf(token("{\"preferred_username\":\"nobody\"}"));

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.jurisdiction().coversSchool(1001, 7502, 75)).isFalse();
    }

    @Test
    void psychologistReadsNotesOnlyAtOwnSchools() {
        Caller caller = TokenClaims.callerOf(token("""
                {"preferred_username":"psychologist1","realm_access":{"roles":["psychologist"]},"school_ids":[1001]}"""));

        assertThat(caller.isPsychologistOf(1001)).isTrue();
        assertThat(caller.isPsychologistOf(1002)).isFalse();
    }
}
