package org.biwu.organizations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.biwu.api.DomainException;
import org.biwu.api.Language;
import org.biwu.api.UserError;
import org.biwu.api.UserErrorCode;

/**
 * The organization import's two endpoints, with the GraphQL API's bearer token:
 * <ul>
 *   <li>{@code GET /imports/organizations/template.xlsx}: the template, its headers in the request's language;</li>
 *   <li>{@code POST /imports/organizations.xlsx?parentId=Organization:N} with the workbook as the body:
 *   200 {@code {"created": n, "problems": []}}; 422 {@code {"created": 0, "problems": [{"row", "column",
 *   "message"}]}} when any row is wrong (nothing stored); 403 for a caller who does not organize the
 *   organization, 400 for a body that is no workbook or names no organization; the refusals'
 *   {@code {"message", "code"}} in the request's language.</li>
 * </ul>
 */
@Path("/")
@Authenticated
public class OrganizationImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    OrganizationImport imports;

    @Inject
    Language language;

    @Inject
    ObjectMapper json;

    @GET
    @Path("imports/organizations/template.xlsx")
    @Produces(XLSX)
    public Uni<Response> template() {
        return Uni.createFrom().item(imports::template).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(bytes -> Response.ok(bytes, XLSX)
                        .header("Content-Disposition", "attachment; filename=\"organizations-template.xlsx\"").build());
    }

    @POST
    @Path("imports/organizations.xlsx")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Uni<Response> importTree(@QueryParam("parentId") String parentId, byte[] file) {
        return Uni.createFrom().deferred(() -> imports.importInto(parentId, file))
                .map(report -> answer(report.problems().isEmpty() ? 200 : 422, report))
                .onFailure(DomainException.class).recoverWithItem(e -> {
                    List<UserError> errors = language.write(((DomainException) e).refusals());
                    int status = errors.stream().anyMatch(u -> u.code() == UserErrorCode.FORBIDDEN) ? 403 : 400;
                    return answer(status, Map.of("problems", errors.stream()
                            .map(u -> Map.of("message", u.message(), "code", u.code().name())).toList()));
                });
    }

    private Response answer(int status, Object body) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(json.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
