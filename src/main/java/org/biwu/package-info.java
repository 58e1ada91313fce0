/**
 * Biwu, a service for labor and vocational skill competitions. The packages, lowest first; a
 * package uses only those before it (the repository's {@code ARCHITECTURE.md} draws the same):
 * <ol>
 * <li>{@code scoring}, {@code promotion.engine}: the two pure engines (marks → standings, results →
 * promotion outcomes); no database, no framework. {@code config}: Biwu's typed settings.</li>
 * <li>{@code api}: errors as payloads, global ids, the user's language; {@code security}: who the
 * caller is and what they may do; {@code db}: sessions, transactions, locks.</li>
 * <li>{@code outbox}: standings changes recorded in the writer's transaction, sent at commit.</li>
 * <li>{@code history}, {@code people}, {@code competition}, {@code registration},
 * {@code judging}: the facts and the commands that change them, each using only those before it.</li>
 * <li>{@code live}: every round's standings in memory, kept current from the outbox's notifications.</li>
 * <li>{@code results}: who sees which standings, and the standings kept while results are frozen;
 * {@code promotion}: what results earn.</li>
 * <li>{@code api.node} (the {@code node(id)} query) and {@code api.ws} (GraphQL over WebSocket,
 * one shared execution per subscription), over everything.</li>
 * </ol>
 *
 * <h2>The way of a mark</h2>
 * It runs in one direction, from the judge's pad to every screen:
 * <ol>
 * <li><b>submitMarks</b> ({@link org.biwu.judging.MarkSubmissions}): in one transaction the
 * idempotency key is claimed, each mark is checked ({@code MarkValidation}), the valid ones are
 * stored with an audit row each, and the change is recorded in the outbox:
 * {@link org.biwu.outbox.StandingsOutbox#marksChanged} inserts one {@code standings_touch} row
 * per round whose standings change (a later round that carries it over too).</li>
 * <li><b>Commit trigger</b> ({@code V4__standings_version_at_commit.sql}): at COMMIT, and only
 * then, a deferred trigger raises each touched round's version, completes the stored answer with
 * it, and sends {@code NOTIFY biwu_standings} with an {@link org.biwu.outbox.StandingsChange}.
 * A rolled-back transaction leaves no trace and sends nothing. Registrations and corrections of
 * registrations and events take the same way.</li>
 * <li><b>Board</b> ({@link org.biwu.live.LiveStandings}): every replica listens; the board of
 * that round, if this replica holds one, re-reads the marks of the registrations named
 * ({@code BoardSource}), rescores them with {@link org.biwu.scoring.ScoringEngine} and publishes
 * a new {@link org.biwu.live.BoardView}. Changes arriving during a refresh merge into the next.</li>
 * <li><b>Results</b> ({@link org.biwu.results.ResultsService}): each view becomes a
 * {@link org.biwu.results.Leaderboard} as the subscriber may see it (live, frozen or hidden,
 * by the competition's results visibility and the subscriber's place).</li>
 * <li><b>Socket</b> ({@link org.biwu.api.ws.SharedOperations}): subscribers of the same
 * operation under the same identity share one execution; each leaderboard is encoded once and
 * written to all of them, at most one every {@code biwu.live.subscription-interval}, the newest
 * to a socket that is behind.</li>
 * </ol>
 * Nothing on the way calls back up it: the outbox knows no board, a board knows no subscriber.
 */
package org.biwu;
