package org.biwu.results;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.biwu.api.DomainException;
import org.biwu.api.UserErrorCode;
import org.biwu.competition.Competition;
import org.biwu.competition.CompetitionKind;
import org.biwu.competition.CompetitionService;
import org.biwu.competition.CompetitionStatus;
import org.biwu.competition.Event;
import org.biwu.judging.PanelService;
import org.biwu.live.BoardView;
import org.biwu.live.LiveStandings;
import org.biwu.registration.Registration;
import org.biwu.scoring.StandingsEntry;
import org.biwu.security.Access;

/**
 * Leaderboards and who sees what of them. The judging panel of the event (any place on it) and
 * organizers always see the live standings; everyone else sees what the competition's
 * {@code resultsVisibility} allows until it is PUBLISHED: LIVE everything, FROZEN the standings
 * kept when it was frozen, HIDDEN the entries without totals, ranks, module scores or awards.
 */
@ApplicationScoped
public class ResultsService {

    /** What a caller sees of a competition's standings. */
    enum Sight {
        LIVE,
        FROZEN,
        HIDDEN
    }

    @Inject
    Access access;

    @Inject
    LiveStandings live;

    @Inject
    ResultsVisibilityService visibilities;

    @Inject
    CompetitionService competitions;

    @Inject
    PanelService panels;

    /** Competitions' status and visibility, for subscriptions; dropped when any replica changes one. */
    private final Map<Long, Uni<Competition>> competitionStates = new ConcurrentHashMap<>();

    @PostConstruct
    void observeCompetitions() {
        live.onCompetitionChange(competitionStates::remove);
    }

    private Uni<Competition> competition(long number) {
        return competitionStates.computeIfAbsent(number, n -> competitions.find(n).memoize().indefinitely());
    }

    /** The round's leaderboard as the caller may see it; the last round when {@code round} is null. */
    public Uni<Leaderboard> leaderboard(Event event, String round) {
        String code = roundCode(event, round);
        return insider(event).chain(insider -> competitions.find(event.competitionNumber())
                .chain(c -> view(event, code, sight(insider, c))));
    }

    /**
     * 流动红旗 of a labor competition's round, from its leaderboard as the caller may see it: the entries
     * ranked and complete with the highest round total (several when equal); none for a skill competition.
     */
    public Uni<List<Registration>> bannerHolders(Event event, String round) {
        return competition(event.competitionNumber()).chain(c -> c == null || c.kind != CompetitionKind.LABOR
                ? Uni.createFrom().item(List.<Registration>of())
                : leaderboard(event, round).map(ResultsService::bannerHolders));
    }

    static List<Registration> bannerHolders(Leaderboard board) {
        List<LeaderboardEntry> candidates = board.entries().stream()
                .filter(e -> e.rank() != null && e.complete() && e.roundTotal() != null).toList();
        return candidates.stream().map(LeaderboardEntry::roundTotal).max(Double::compare)
                .map(best -> candidates.stream().filter(e -> e.roundTotal().equals(best)).map(LeaderboardEntry::registration).toList())
                .orElse(List.of());
    }

    /** The round's leaderboard as the caller may see it now, then every new version of it. */
    public Multi<Leaderboard> changes(Event event, String round) {
        String code = roundCode(event, round);
        return insider(event).onItem().transformToMulti(insider -> {
            AtomicBoolean first = new AtomicBoolean(true);
            return live.changes(event, code).onItem().transformToUniAndConcatenate(board -> competition(event.competitionNumber())
                    .chain(c -> {
                        Sight sight = sight(insider, c);
                        boolean now = first.getAndSet(false);
                        if (sight != Sight.FROZEN) {
                            return Uni.createFrom().item(present(board, sight));
                        }
                        // outsiders' frozen standings do not change: delivered once, on subscribing
                        return now ? frozen(event, code, board) : Uni.createFrom().nullItem();
                    }));
        });
    }

    private String roundCode(Event event, String round) {
        return event.round(round).orElseThrow(() -> DomainException.of(UserErrorCode.NOT_FOUND,
                m -> m.noRound(round), "round")).code();
    }

    /** True for the competition's organizers and the event's panel. */
    private Uni<Boolean> insider(Event event) {
        return competitions.organizes(event.competitionNumber()).chain(organizer -> organizer ? Uni.createFrom().item(true)
                : panels.callersPlaces(event.number()).map(places -> !places.isEmpty()));
    }

    private static Sight sight(boolean insider, Competition c) {
        if (insider || c.status.compareTo(CompetitionStatus.PUBLISHED) >= 0) {
            return Sight.LIVE;
        }
        return switch (c.resultsVisibility) {
            case LIVE -> Sight.LIVE;
            case FROZEN -> Sight.FROZEN;
            case HIDDEN -> Sight.HIDDEN;
        };
    }

    private Uni<Leaderboard> view(Event event, String round, Sight sight) {
        return live.view(event, round).chain(board -> sight != Sight.FROZEN ? Uni.createFrom().item(present(board, sight))
                : frozen(event, round, board));
    }

    /** The standings kept when results were frozen (hidden ones if none were kept). */
    private Uni<Leaderboard> frozen(Event event, String round, BoardView board) {
        return visibilities.frozen(event.number(), round).map(frozen -> frozen == null
                ? present(board, Sight.HIDDEN) : present(board, frozen));
    }

    /** Bibs in number order when numeric (2 before 10), else alphabetically. */
    static final java.util.Comparator<LeaderboardEntry> BY_BIB = java.util.Comparator
            .comparing((LeaderboardEntry e) -> e.registration().bib.matches("\\d{1,9}") ? Integer.parseInt(e.registration().bib) : Integer.MAX_VALUE)
            .thenComparing(e -> e.registration().bib);

    private static Leaderboard present(BoardView board, Sight sight) {
        List<LeaderboardEntry> entries = new ArrayList<>(board.standings().entries().size());
        for (StandingsEntry e : board.standings().entries()) {
            Registration registration = board.registrations().get(e.registrationId());
            if (sight == Sight.HIDDEN) {
                entries.add(new LeaderboardEntry(null, registration, null, null, e.score().modules().stream()
                        .map(m -> new ModuleScore(m.module(), null, null, List.of())).toList(), e.score().complete(), false, null,
                        false, List.of()));
            } else {
                entries.add(new LeaderboardEntry(e.rank(), registration, number(e.total()), number(e.score().roundTotal()),
                        e.score().modules().stream().map(ResultsService::module).toList(),
                        e.score().complete(), e.advanced(), e.award(), e.vetoed(), e.vetoReasons()));
            }
        }
        if (sight == Sight.HIDDEN) {
            entries.sort(BY_BIB);
        }
        return new Leaderboard(board.event(), board.round(), board.version(), false, entries);
    }

    private static Leaderboard present(BoardView board, FrozenStandings frozen) {
        List<LeaderboardEntry> entries = frozen.entries().stream()
                .filter(e -> board.registrations().containsKey(e.registration()))
                .map(e -> new LeaderboardEntry(e.rank(), board.registrations().get(e.registration()), number(e.total()),
                        number(e.roundTotal()), e.modules().stream().map(m -> new ModuleScore(m.module(), number(m.score()),
                        m.passed(), List.of())).toList(), e.complete(), e.advanced(), e.award(),
                        !e.vetoReasons().isEmpty(), e.vetoReasons())).toList();
        return new Leaderboard(board.event(), board.round(), frozen.version(), true, entries);
    }

    private static ModuleScore module(org.biwu.scoring.ModuleScore m) {
        return new ModuleScore(m.module(), number(m.score()), m.passed(), m.aspects().stream()
                .map(a -> new AspectScore(a.aspect(), number(a.score()), a.complete(), a.attempts().stream()
                        .map(t -> new AttemptScore(t.attempt(), number(t.score()), t.marksIn(), t.marksExpected())).toList()))
                .toList());
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
