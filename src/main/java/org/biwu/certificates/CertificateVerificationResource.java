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

/**
 * The public confirmation of a certificate, what its QR code opens: {@code GET /certificates/{number}}
 * without a token answers JSON {number, valid, revoked, kind, title, holder (masked), competition, event,
 * issuer, issuedAt}; 404 for a number no certificate has (a made-up one fails its check character first).
 */
@Path("/certificates/{number}")
@PermitAll
public class CertificateVerificationResource {

    @Inject
    Certificates certificates;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> confirm(@PathParam("number") String number) {
        return certificates.confirmation(number).map(c -> c == null ? Response.status(Response.Status.NOT_FOUND).build()
                : Response.ok(write(c), MediaType.APPLICATION_JSON).build());
    }

    private String write(Certificates.Confirmation c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a confirmation is plain data", e);
        }
    }
}
