package org.biwu.judging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.biwu.api.Language;
import org.biwu.api.Refusal;
import org.biwu.api.UserErrorCode;
import org.biwu.db.JsonText;
import org.biwu.judging.JudgingInputs.SubmitMarksPayload;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The idempotency store of submitMarks ({@code mark_submission}): one row per (login, idempotency
 * key), claimed in the submission's own transaction, holding the answer the first request got as
 * JSON. A second request with the key waits on the row until the first commits, then gets that
 * answer; a key first used for another event gets a CONFLICT naming {@code idempotencyKey}.
 */
@ApplicationScoped
class SubmissionAnswers {

    @Inject
    ObjectMapper json;

    @Inject
    Language language;

    /**
     * Null when the key is new (or absent) and now taken by this transaction; else the first answer,
     * or a CONFLICT when the key was first used for another event.
     */
    Uni<SubmitMarksPayload> claim(Mutiny.Session s, String user, String key, long eventNumber) {
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return s.createNativeQuery("insert into mark_submission (username, idempotency_key, event_id) values (:u, :k, :e) "
                        + "on conflict do nothing")
                .setParameter("u", user).setParameter("k", key).setParameter("e", eventNumber).executeUpdate()
                .chain(inserted -> inserted == 1 ? Uni.createFrom().nullItem()
                        : s.createNativeQuery("select answer, event_id from mark_submission "
                                        + "where username = :u and idempotency_key = :k", Object[].class)
                        .setParameter("u", user).setParameter("k", key).getSingleResult()
                        .map(row -> ((Number) row[1]).longValue() == eventNumber ? read((String) row[0])
                                // the key names another event's submission: its answer says nothing about this one
                                : new SubmitMarksPayload(0, List.of(language.write(Refusal.of(UserErrorCode.CONFLICT,
                                        m -> m.keyOfAnotherEvent(), "idempotencyKey"))), null)));
    }

    private String write(SubmitMarksPayload answer) {
        return JsonText.write(json, answer);
    }

    private SubmitMarksPayload read(String text) {
        return JsonText.read(json, text, SubmitMarksPayload.class, "stored answer");
    }

    /** In the claiming transaction: keeps {@code answer} as the one every repeat of the request gets. */
    Uni<Void> remember(Mutiny.Session s, String user, String key, SubmitMarksPayload answer) {
        return s.createNativeQuery("update mark_submission set answer = :a where username = :u and idempotency_key = :k")
                .setParameter("a", write(answer)).setParameter("u", user).setParameter("k", key)
                .executeUpdate().replaceWithVoid();
    }
}
