package org.biwu.judging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One entry of an event's audit trail as stored: a mark entered or corrected (its slot, judge, value
 * and the value before), a module locked or reopened (with the reason), an appeal's correction; and its
 * hash, which chains it to the entry before. Registration and judge come from {@link AuditGraphQLApi}.
 */
@Description("One entry of an event's audit trail: a mark entered or corrected, a module locked or reopened, an appeal's correction.")
public class AuditEntry {

    @NonNull
    @Id
    public final String id;
    @NonNull
    public final AuditAction action;
    @NonNull
    public final String round;
    @Description("Aspect code of a mark entry.")
    public final String aspect;
    @Description("Module code of a lock or reopening.")
    public final String module;
    public final Integer attempt;
    @Description("The mark's value after this entry, in points; null for a lock or reopening.")
    public final Double value;
    @Description("The mark's value before a correction, in points.")
    public final Double previousValue;
    @NonNull
    @Description("Login of who made the change.")
    public final String by;
    @NonNull
    public final OffsetDateTime at;
    @Description("Why (a reopen's reason, an appeal's decision).")
    public final String reason;
    @NonNull
    @Description("Hex SHA-256 over this entry and the previous entry's hash.")
    public final String hash;

    private final int sequence;
    private final Long registrationNumber;
    private final Long judgeNumber;

    AuditEntry(long id, int sequence, AuditAction action, Long registration, String round, String aspect, String module,
               Integer attempt, Long judge, BigDecimal value, BigDecimal previousValue, String by, OffsetDateTime at,
               String reason, String hash) {
        this.id = org.biwu.api.NodeId.of("AuditEntry", id);
        this.sequence = sequence;
        this.action = action;
        this.registrationNumber = registration;
        this.round = round;
        this.aspect = aspect;
        this.module = module;
        this.attempt = attempt;
        this.judgeNumber = judge;
        this.value = value == null ? null : value.doubleValue();
        this.previousValue = previousValue == null ? null : previousValue.doubleValue();
        this.by = by;
        this.at = at;
        this.reason = reason;
        this.hash = hash;
    }

    /** The entry's place in its event's chain, from 1 (its cursor). */
    @Ignore
    public int sequence() {
        return sequence;
    }

    @Ignore
    public Long registrationNumber() {
        return registrationNumber;
    }

    @Ignore
    public Long judgeNumber() {
        return judgeNumber;
    }
}
