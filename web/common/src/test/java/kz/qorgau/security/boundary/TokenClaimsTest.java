package kz.qorgau.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.qorgau.security.Caller;

/** The claims as the OIDC mechanism hands them over: JSON numbers as Long, arrays as lists, objects as maps. */
class TokenClaimsTest {

    @Test
    void readsSchoolStaffJurisdictionAndRoles() {
        Caller caller = TokenClaims.callerOf(Map.of("preferred_username", "inspector1",
                "realm_access", Map.of("roles", List.of("inspector")),
                "school_ids", List.of(1001L, 1003L), "district_id", 7502L));

        assertThat(caller.username()).isEqualTo("inspector1");
        assertThat(caller.roles()).containsExactly("inspector");
        assertThat(caller.jurisdiction().schoolIds()).containsExactlyInAnyOrder(1001L, 1003L);
        assertThat(caller.jurisdiction().districtIds()).containsExactly(7502L);
        assertThat(caller.jurisdiction().national()).isFalse();
    }

    @Test
    void readsNationalJurisdiction() {
        Caller caller = TokenClaims.callerOf(Map.of("preferred_username", "ombudsman1",
                "realm_access", Map.of("roles", List.of("ombudsman")), "national", true));

        assertThat(caller.jurisdiction().national()).isTrue();
        assertThat(caller.jurisdiction().coversSchool(1, 2, 3)).isTrue();
    }

    @Test
    void acceptsIdsWrittenAsStrings() {
        Caller caller = TokenClaims.callerOf(Map.of("preferred_username", "coordinator1", "region_id", "75",
                "school_ids", List.of("1001", "oops")));

        assertThat(caller.jurisdiction().regionIds()).containsExactly(75L);
        assertThat(caller.jurisdiction().schoolIds()).containsExactly(1001L);
    }

    @Test
    void fractionalOrMalformedIdsNameNoPlace() {
        Caller caller = TokenClaims.callerOf(Map.of("preferred_username", "someone", "region_id", 75.5,
                "school_ids", List.of("1001 OR 1=1", Map.of("id", 1002L)), "national", "yes"));

        assertThat(caller.jurisdiction().regionIds()).isEmpty();
        assertThat(caller.jurisdiction().schoolIds()).isEmpty();
        assertThat(caller.jurisdiction().national()).isFalse();
    }

    @Test
    void aTokenWithoutJurisdictionSeesNothing() {
        Caller caller = TokenClaims.callerOf(Map.of("preferred_username", "nobody"));

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.jurisdiction().coversSchool(1001, 7502, 75)).isFalse();
    }

    @Test
    void psychologistReadsNotesOnlyAtOwnSchools() {
        Caller caller = TokenClaims.callerOf(Map.of("preferred_username", "psychologist1",
                "realm_access", Map.of("roles", List.of("psychologist")), "school_ids", List.of(1001L)));

        assertThat(caller.isPsychologistOf(1001)).isTrue();
        assertThat(caller.isPsychologistOf(1002)).isFalse();
    }

    @Test
    void namesThePersonByTheNameClaim() {
        assertThat(TokenClaims.displayNameOf(Map.of("name", " Әйгерім  Сұлтанова ", "given_name", "Ә",
                "family_name", "С"))).contains("Әйгерім Сұлтанова");
    }

    @Test
    void namesThePersonByGivenAndFamilyNamesWhenTheTokenHasNoName() {
        assertThat(TokenClaims.displayNameOf(Map.of("given_name", "Дана", "family_name", "Нұрланова")))
                .contains("Дана Нұрланова");
        assertThat(TokenClaims.displayNameOf(Map.of("family_name", "Беков"))).contains("Беков");
    }

    @Test
    void aTokenWithoutNamesNamesNobody() {
        assertThat(TokenClaims.displayNameOf(Map.of("preferred_username", "nobody", "name", "  ", "given_name", 7L)))
                .isEmpty();
    }

    @Test
    void anOverlongNameIsCutToWhatIsKept() {
        assertThat(TokenClaims.displayNameOf(Map.of("name", "Ә".repeat(400)))).hasValueSatisfying(
                name -> assertThat(name).hasSize(300));
    }

    @Test
    void mailGoesOnlyToAnAddressTheIdentityProviderVerified() {
        assertThat(TokenClaims.emailOf(Map.of("email", " psychologist1@demo.qorgau.kz ", "email_verified", true)))
                .hasValue("psychologist1@demo.qorgau.kz");
        assertThat(TokenClaims.emailOf(Map.of("email", "psychologist1@demo.qorgau.kz", "email_verified", false)))
                .isEmpty();
        assertThat(TokenClaims.emailOf(Map.of("email", "psychologist1@demo.qorgau.kz"))).isEmpty();
        assertThat(TokenClaims.emailOf(Map.of("email", "not an address", "email_verified", true))).isEmpty();
        assertThat(TokenClaims.emailOf(Map.of("email", "a@" + "b".repeat(400), "email_verified", true))).isEmpty();
    }
}
