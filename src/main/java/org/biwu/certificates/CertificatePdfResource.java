package org.biwu.certificates;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.biwu.api.DomainException;
import org.biwu.api.Language;

/**
 * A certificate to print: {@code GET /certificates/{number}.pdf} with the holder's token, an organizer's
 * of its competition or HR's who sees the holder's records (403 for anyone else, 404 for a number no
 * certificate has). A4, in Chinese, with the QR code of the public confirmation.
 */
@Path("/certificates/{number}.pdf")
@Authenticated
public class CertificatePdfResource {

    @Inject
    Certificates certificates;

    @Inject
    Language language;

    @GET
    @Produces("application/pdf")
    public Uni<Response> pdf(@PathParam("number") String number) {
        return certificates.pdf(number)
                .map(bytes -> bytes == null ? text(Response.Status.NOT_FOUND, language.messages().noSuch(language.messages().thing("Certificate"), number))
                        : Response.ok(bytes, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"").build())
                .onFailure(DomainException.class).recoverWithItem(e -> text(Response.Status.FORBIDDEN,
                        language.write(((DomainException) e).refusals().get(0)).message()));
    }

    private static Response text(Response.Status status, String message) {
        return Response.status(status).entity(message).type("text/plain; charset=UTF-8").build();
    }
}
