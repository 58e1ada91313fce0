package org.biwu.registration;

import io.smallrye.mutiny.Uni;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * 抽签号: the draw codes of an event's registrations, drawn at random (not from the bib, the registration's
 * number or the order of registering) and unique in the event: numbers of at least three digits, one
 * digit more than the count of registrations needs, so that a code is a small part of those possible.
 */
public final class DrawCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DrawCodes() {
    }

    /** A code not in {@code taken} (which it joins), for an event of about {@code registrations} registrations. */
    static String draw(Set<String> taken, int registrations) {
        int width = Math.max(3, String.valueOf(Math.max(registrations, taken.size() + 1)).length() + 1);
        int bound = (int) Math.pow(10, width);
        String code;
        do {
            code = String.format("%0" + width + "d", RANDOM.nextInt(bound));
        } while (!taken.add(code));
        return code;
    }

    /** In {@code s}'s transaction: every registration of the event without a code gets one. */
    public static Uni<Void> drawAll(Mutiny.Session s, long eventNumber) {
        return s.createSelectionQuery("from RegistrationEntity where eventId = :e order by id", RegistrationEntity.class)
                .setParameter("e", eventNumber).getResultList().invoke((List<RegistrationEntity> regs) -> {
                    Set<String> taken = new HashSet<>();
                    regs.stream().map(r -> r.drawCode).filter(java.util.Objects::nonNull).forEach(taken::add);
                    regs.stream().filter(r -> r.drawCode == null).forEach(r -> r.drawCode = draw(taken, regs.size()));
                }).call(s::flush).replaceWithVoid();
    }

    /** In {@code s}'s transaction: the codes already drawn in the event. */
    static Uni<Set<String>> taken(Mutiny.Session s, long eventNumber) {
        return s.createSelectionQuery("select r.drawCode from RegistrationEntity r where r.eventId = :e and r.drawCode is not null",
                String.class).setParameter("e", eventNumber).getResultList().map(HashSet::new);
    }
}
