package kz.qorgau.breakglass.control;

import java.time.Instant;

import kz.qorgau.breakglass.entity.BreakGlassGrant;

public record BreakGlassView(long id, long studentId, String username, String reason, Instant grantedAt,
                             Instant expiresAt) {

    static BreakGlassView of(BreakGlassGrant g) {
        return new BreakGlassView(g.getId(), g.getStudent().getId(), g.getUsername(), g.getReason(), g.getGrantedAt(),
                g.getExpiresAt());
    }
}
