package org.biwu.results;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.biwu.api.DomainException;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.CompetitionLevel;
import org.biwu.db.Database;
import org.biwu.organizations.Organization;
import org.biwu.security.Access;

/**
 * Counts the labor competitions of an organization's subtree in one year, with their units, worker
 * participations and commended units, in one SQL statement over the competitions' organizations
 * (by path), registrations and kept final awards, grouped there by level and month (at most one row
 * per level and month), summed here in total, by month and by level.
 */
@ApplicationScoped
public class LaborStatisticsService {

    /** Years asked about: the first and last accepted. */
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2200;

    /** One row per level and month: the competitions of that level started that month, their units, workers and commended units. */
    private static final String SQL = """
            with c as (
                select c.id, c.level, extract(month from coalesce(c.starts_on, c.created_at::date))::int as month
                from competition c join organization o on o.id = c.organization_id
                where c.kind = 'LABOR' and c.approval_status = 'APPROVED' and o.path like :path
                  and coalesce(c.starts_on, c.created_at::date) >= :from and coalesce(c.starts_on, c.created_at::date) < :to
            ), r as (
                select e.competition_id, r.event_id, r.id,
                       coalesce(r.participants, (select count(*) from registration_member m where m.registration_id = r.id)) as workers
                from registration r join event e on e.id = r.event_id
                where e.competition_id in (select id from c) and r.status <> 'WITHDRAWN'
            )
            select c.level, c.month, count(distinct c.id), count(r.id), coalesce(sum(r.workers), 0), count(a.registration_id)
            from c left join r on r.competition_id = c.id left join final_award a on a.event_id = r.event_id and a.registration_id = r.id
            group by c.level, c.month""";

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
                .getResultList()).map(rows -> {
                    Figures total = new Figures();
                    Map<Integer, Figures> byMonth = new TreeMap<>();
                    Map<CompetitionLevel, Figures> byLevel = new EnumMap<>(CompetitionLevel.class);
                    for (Object[] row : rows) {
                        CompetitionLevel level = CompetitionLevel.valueOf((String) row[0]);
                        for (Figures f : List.of(total, byMonth.computeIfAbsent(count(row[1]), m -> new Figures()),
                                byLevel.computeIfAbsent(level, l -> new Figures()))) {
                            f.add(count(row[2]), count(row[3]), count(row[4]), count(row[5]));
                        }
                    }
                    return new LaborStatistics(year, total.competitions, total.units, total.workers, total.commended,
                            byMonth.entrySet().stream().map(e -> new LaborStatistics.LaborMonthStatistics(e.getKey(), e.getValue().competitions,
                                    e.getValue().units, e.getValue().workers, e.getValue().commended)).toList(),
                            byLevel.entrySet().stream().map(e -> new LaborStatistics.LaborLevelStatistics(e.getKey(), e.getValue().competitions,
                                    e.getValue().units, e.getValue().workers, e.getValue().commended)).toList());
                });
    }

    /** Running sums of one group of competitions. */
    private static final class Figures {
        int competitions;
        int units;
        int workers;
        int commended;

        void add(int moreCompetitions, int moreUnits, int moreWorkers, int moreCommended) {
            competitions += moreCompetitions;
            units += moreUnits;
            workers += moreWorkers;
            commended += moreCommended;
        }
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
