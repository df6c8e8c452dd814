package kz.qorgau.dashboard.control;

/** How many of a district's schools have nobody designated for each staff role the rules assign cases to. */
public record CoverageGap(long districtId, String district, long schools, long withoutInspector,
                          long withoutPsychologist, long withoutSocialPedagogue) {
}
