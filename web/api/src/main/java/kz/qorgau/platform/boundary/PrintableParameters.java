package kz.qorgau.platform.boundary;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.PrintableText;

/** A query or path parameter with a control character (U+0000 above all) is refused before any code reads it. */
@Provider
public class PrintableParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!PrintableText.isPrintable(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(v -> !PrintableText.isPrintable(v))) {
                throw new InvalidInput("param.control-character", parameter.getKey().replaceAll("\\p{Cntrl}", "?"));
            }
        }
    }
}
