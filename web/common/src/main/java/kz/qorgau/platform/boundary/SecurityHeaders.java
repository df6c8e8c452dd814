package kz.qorgau.platform.boundary;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser's defences on every response: no framing, no type sniffing, no referrer leaving with a child's record
 * id in its address, and a Content-Security-Policy. The filter's {@code policy} covers every response except the
 * pages rendered by PrimeFaces, which send their own policy with a fresh script nonce ({@code primefaces.CSP}).
 */
public class SecurityHeaders extends HttpFilter {

    private String policy;
    private boolean facesSendsPolicy;

    @Override
    public void init() {
        policy = getInitParameter("policy");
        facesSendsPolicy = Boolean.parseBoolean(getServletContext().getInitParameter("primefaces.CSP"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!(facesSendsPolicy && request.getRequestURI().endsWith(".xhtml"))) {
            response.setHeader("Content-Security-Policy", policy);
        }
        chain.doFilter(request, response);
    }
}
