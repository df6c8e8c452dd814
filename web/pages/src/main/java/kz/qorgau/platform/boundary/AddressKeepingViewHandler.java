package kz.qorgau.platform.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

/**
 * A form posts back to its page's address with the view parameters it was opened with ({@code ?id=}), so that a
 * refused save, which shows the form again without a redirect, still names its record: a refresh, a bookmark or a
 * shared link then shows that record rather than "id 0 not found". Only the parameters the request carried are kept,
 * as the person sent them; links and redirects are built by the wrapped handler and are left as they are.
 */
public class AddressKeepingViewHandler extends ViewHandlerWrapper {

    public AddressKeepingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId()) || url.contains("?")) {
            return url;
        }
        Map<String, String> sent = context.getExternalContext().getRequestParameterMap();
        StringBuilder query = new StringBuilder();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = sent.get(parameter.getName());
            if (value != null) {
                query.append(query.isEmpty() ? '?' : '&').append(encoded(parameter.getName())).append('=')
                        .append(encoded(value));
            }
        }
        return url + query;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
