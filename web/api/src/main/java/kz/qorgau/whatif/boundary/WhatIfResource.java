package kz.qorgau.whatif.boundary;

import java.net.URI;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.security.Caller;
import kz.qorgau.whatif.control.WhatIfRequest;
import kz.qorgau.whatif.control.WhatIfRunView;
import kz.qorgau.whatif.control.WhatIfRuns;

/** What a draft of thresholds would have raised in a region, run in the background before anyone activates it. */
@Path("thresholds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WhatIfResource {

    @EJB
    WhatIfRuns whatIf;

    @Inject
    Caller caller;

    @POST
    @Path("versions/{number}/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("number") int number, WhatIfRequest request) {
        WhatIfRunView run = whatIf.start(number, request, caller);
        return Response.accepted(run).location(URI.create("thresholds/what-if/" + run.id())).build();
    }

    @GET
    @Path("what-if/{id}")
    public WhatIfRunView read(@PathParam("id") long id) {
        return whatIf.read(id, caller);
    }
}
