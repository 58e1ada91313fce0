package org.biwu.results;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.biwu.api.DomainException;
import org.biwu.api.UserErrorCode;
import org.biwu.db.Database;
import org.biwu.organizations.Organization;
import org.biwu.security.Access;

/**
 * Counts the labor competitions of an organization's subtree in one year, with their units, worker
 * participations and commended units, in one SQL statement over the competitions' organizations
 * (by path), registrations and kept final awards.
 */
@ApplicationScoped
public class LaborStatisticsService {

    /** Years asked about: the first and last accepted. */
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2200;

    private static final String SQL = """
            with c as (
                select c.id from competition c join organization o on o.id = c.organization_id
                where c.kind = 'LABOR' and c.approval_status = 'APPROVED' and o.path like :path
                  and coalesce(c.starts_on, c.created_at::date) >= :from and coalesce(c.starts_on, c.created_at::date) < :to
            ), r as (
                select r.id, coalesce(r.participants, (select count(*) from registration_member m where m.registration_id = r.id)) as workers
                from registration r join event e on e.id = r.event_id
                where e.competition_id in (select id from c) and r.status <> 'WITHDRAWN'
            )
            select (select count(*) from c), (select count(*) from r), (select coalesce(sum(workers), 0) from r),
                   (select count(*) from final_award a join r on r.id = a.registration_id)""";

    @Inject
    Database db;

    @Inject
    Access access;

    /** The figures of {@code year} for {@code organization} and below; INVALID (naming year) outside 1949–2200. */
    public Uni<LaborStatistics> of(Organization organization, int year) {
        access.requireAuthenticated();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.between(String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)), "year");
        }
        return db.read(s -> s.createNativeQuery(SQL, Object[].class).setParameter("path", organization.path() + "%")
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getSingleResult()).map(row -> new LaborStatistics(year, count(row[0]), count(row[1]), count(row[2]), count(row[3])));
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
