package kz.qorgau.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON REST API: the whole of its web module, whose context root is {@code /api} (ear/pom.xml). */
@ApplicationPath("")
public class QorgauApi extends Application {
}
