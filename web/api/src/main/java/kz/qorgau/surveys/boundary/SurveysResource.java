package kz.qorgau.surveys.boundary;

import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;
import kz.qorgau.surveys.control.CampaignView;
import kz.qorgau.surveys.control.InstrumentView;
import kz.qorgau.surveys.control.NewCampaign;
import kz.qorgau.surveys.control.NewInstrument;
import kz.qorgau.surveys.control.SurveyService;

/** Survey instruments and the campaigns that run them at schools. */
@Path("surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveysResource {

    @EJB
    SurveyService surveys;

    @Inject
    Caller caller;

    @POST
    @Path("instruments")
    public Response createInstrument(NewInstrument request) {
        InstrumentView instrument = surveys.createInstrument(request, caller);
        return Response.created(URI.create("surveys/instruments/" + instrument.id())).entity(instrument).build();
    }

    /** Unpaged: bounded by nature, a handful of validated instruments created by administrators. */
    @GET
    @Path("instruments")
    public List<InstrumentView> instruments() {
        return surveys.instruments();
    }

    @POST
    @Path("campaigns")
    public Response openCampaign(NewCampaign request) {
        CampaignView campaign = surveys.openCampaign(request, caller);
        return Response.created(URI.create("surveys/campaigns/" + campaign.id())).entity(campaign).build();
    }

    @GET
    @Path("campaigns")
    public List<CampaignView> campaigns(@BeanParam @Valid PageParams page) {
        return surveys.campaigns(page.page(), page.size(), caller);
    }
}
