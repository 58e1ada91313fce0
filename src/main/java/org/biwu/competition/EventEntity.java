package org.biwu.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnTransformer;

/**
 * An event as stored (table event): its facts, its marking scheme as JSON (read through
 * EventCatalog) and its revision, raised by every correction.
 */
@Entity
@Table(name = "event")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "competition_id")
    public Long competitionId;

    public String name;

    @Column(name = "occupation_code")
    public String occupationCode;

    @Enumerated(EnumType.STRING)
    public EventFormat format;

    @Column(name = "team_size")
    public int teamSize;

    @Column(name = "score_decimals")
    public int scoreDecimals;

    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_policy")
    public ConflictPolicy conflictPolicy;

    /** The marking scheme, a {@link Scheme} as JSON (jsonb in the database). */
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String scheme;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** Judges (not chief judges) know registrations only by their draw codes (V15). */
    @Column(name = "anonymous_judging")
    public boolean anonymousJudging;

    /** Scorekeepers' paper entries count once two of them typed the same value (V13). */
    @Column(name = "double_entry")
    public boolean doubleEntry;

    /** Grows by one with every correction of the event (see {@link EventCatalog}). */
    public int revision;
}
