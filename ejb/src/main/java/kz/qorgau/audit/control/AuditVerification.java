package kz.qorgau.audit.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import kz.qorgau.security.Caller;

/** Verifying the audit chain on request: everything committed so far is sealed first, then the chain recomputed. */
@Stateless
public class AuditVerification {

    @EJB
    AuditSealer sealer;

    @EJB
    AuditChain chain;

    @EJB
    AuditTrail audit;

    @RolesAllowed({OMBUDSMAN, ADMIN})
    public ChainVerification verify(Caller caller) {
        sealer.sealCommitted();
        ChainVerification verification = chain.verify();
        audit.recordList(caller, "audit-verification", (int) Math.min(Integer.MAX_VALUE, verification.checked()));
        return verification;
    }
}
