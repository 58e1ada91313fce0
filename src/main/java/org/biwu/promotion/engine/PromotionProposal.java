package org.biwu.promotion.engine;

import java.util.List;

/**
 * What one policy proposes for one event: the outcomes, and notes explaining the cases that got
 * nothing (or less) although they came close. Both lists are in standings order (rank, then
 * registration), members in the order given, rules in policy order.
 */
public record PromotionProposal(List<PromotionOutcome> outcomes, List<PromotionNote> notes) {

    public PromotionProposal {
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
    }

    /** The outcomes of one person. */
    public List<PromotionOutcome> outcomesOf(long personId) {
        return outcomes.stream().filter(o -> o.personId() == personId).toList();
    }

    /** The notes about one registration, whole-entry notes included. */
    public List<PromotionNote> notesOf(long registrationId) {
        return notes.stream().filter(n -> n.registrationId() == registrationId).toList();
    }
}
