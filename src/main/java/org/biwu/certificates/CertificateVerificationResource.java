package org.biwu.certificates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.biwu.config.BiwuConfig;

/**
 * The public confirmation of a certificate, what its QR code opens: {@code GET /certificates/{number}}
 * without a token answers JSON {number, valid, revoked, kind, title, holder (masked), competition, event,
 * issuer, issuedAt}; 404 for a number no certificate has (a made-up one fails its check character first).
 * A browser (which asks for HTML, as a phone scanning the code does) is sent on to the web front end's
 * verification page ({@code biwu.certificates.verification-page-url}), which reads the same JSON.
 */
@Path("/certificates/{number}")
@PermitAll
public class CertificateVerificationResource {

    @Inject
    Certificates certificates;

    @Inject
    ObjectMapper json;

    @Inject
    BiwuConfig.Certificates config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> confirm(@PathParam("number") String number) {
        return certificates.confirmation(number).map(c -> c == null ? Response.status(Response.Status.NOT_FOUND).build()
                : Response.ok(write(c), MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("number") String number) {
        return Response.seeOther(URI.create(config.verificationPageUrl().replaceAll("/+$", "") + "/"
                + URLEncoder.encode(number, StandardCharsets.UTF_8))).build();
    }

    private String write(Certificates.Confirmation c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a confirmation is plain data", e);
        }
    }
}
