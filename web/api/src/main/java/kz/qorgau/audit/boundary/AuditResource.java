package kz.qorgau.audit.boundary;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.audit.control.AuditLog;
import kz.qorgau.audit.control.AuditQuery;
import kz.qorgau.audit.control.AuditVerification;
import kz.qorgau.audit.control.AuditView;
import kz.qorgau.audit.control.ChainVerification;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.platform.boundary.QueryParams;
import kz.qorgau.security.Caller;

/** The audit trail, read-only, for ombudsmen and administrators within their jurisdiction, and its verification. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditLog log;

    @EJB
    AuditVerification verification;

    @Inject
    Caller caller;

    @GET
    public List<AuditView> search(@QueryParam("recordType") String recordType, @QueryParam("recordId") Long recordId,
                                  @QueryParam("username") String username, @QueryParam("action") String action,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @BeanParam @Valid PageParams page) {
        AuditQuery query = new AuditQuery(blankToNull(recordType), recordId, blankToNull(username),
                QueryParams.optionalEnum(AuditAction.class, "action", action),
                QueryParams.optionalDate("from", from), QueryParams.optionalDate("to", to));
        return log.search(query, page.page(), page.size(), caller);
    }

    /** Recomputes the audit trail's hash chain: intact or not, and where it first breaks. */
    @GET
    @Path("verification")
    public ChainVerification verification() {
        return verification.verify(caller);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
