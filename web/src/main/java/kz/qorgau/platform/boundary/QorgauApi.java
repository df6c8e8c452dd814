package kz.qorgau.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON REST API, under {@code /api}. Every resource needs a bearer token (web.xml). */
@ApplicationPath("api")
public class QorgauApi extends Application {
}
