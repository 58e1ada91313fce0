package org.biwu.promotion;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.biwu.api.DomainException;
import org.biwu.api.Language;
import org.biwu.api.UserErrorCode;
import org.biwu.db.Database;
import org.biwu.promotion.PromotionInputs.PromotionPolicyInput;
import org.biwu.promotion.engine.PolicyTemplates;
import org.biwu.security.Access;
import org.biwu.security.Role;
import org.biwu.security.ScopedRole;

/**
 * The promotion policies (晋升政策): the shipped templates, stored once at startup, and those HR
 * creates, each rule checked by the promotion engine (a refused rule is a user error naming
 * {@code rules[i]}). Anyone signed in reads them; HR (or an organizer) creates them.
 */
@ApplicationScoped
public class PromotionPolicies {

    @Inject
    Database db;

    @Inject
    Access access;

    @Inject
    Pool pool;

    @Inject
    Language language;

    @Inject
    PolicyMapping mapping;

    /** Policies are created by HR and organizers: a caller holding either role over some organization. */
    private Uni<Void> requireHr() {
        access.requireAny(Role.HR, Role.ORGANIZER, Role.ADMIN);
        return access.scope(ScopedRole.HR).chain(hr -> access.scope(ScopedRole.ORGANIZER).map(organizer -> {
            if (hr.isEmpty() && organizer.isEmpty()) {
                throw access.forbidden(ScopedRole.HR);
            }
            return null;
        }));
    }

    /** The templates of {@link PolicyTemplates} are in the database, once each (any replica may add them). */
    void seedTemplates(@Observes StartupEvent startup) {
        for (org.biwu.promotion.engine.PromotionPolicy template : PolicyTemplates.all()) {
            List<String> levels = template.appliesTo().stream().map(Enum::name).sorted().toList();
            pool.preparedQuery("insert into promotion_policy (name, source, applies_to, once_per_year, rules, template_key, created_by) "
                            + "values ($1, $2, $3, $4, $5, $6, 'biwu') on conflict (template_key) do nothing")
                    .execute(Tuple.of(template.name(), template.source(), mapping.write(levels), template.oncePerYear(),
                            mapping.write(template.rules().stream().map(PolicyMapping::apiRule).toList()), template.name()))
                    .await().indefinitely();
        }
    }


    /**
     * Every policy an evaluation may apply: the shipped templates first, then those created, oldest
     * first (not the commendation policy, which only the organizers' decisions grant).
     */
    public Uni<List<PromotionPolicy>> policies() {
        access.requireAuthenticated();
        return db.read(s -> s.createSelectionQuery("from PromotionPolicyEntity where templateKey is null or templateKey <> :commendation "
                        + "order by (case when templateKey is null then 1 else 0 end), id", PromotionPolicyEntity.class)
                .setParameter("commendation", Commendations.POLICY).getResultList()).map(list -> list.stream().map(e -> mapping.policy(e, language.messages())).toList());
    }

    public Uni<PromotionPolicy> policy(long number) {
        return db.read(s -> s.find(PromotionPolicyEntity.class, number)).map(e -> e == null ? null : mapping.policy(e, language.messages()));
    }

    public Uni<PromotionPolicy> create(PromotionPolicyInput in) {
        return requireHr().chain(() -> store(in));
    }

    private Uni<PromotionPolicy> store(PromotionPolicyInput in) {
        if (in.name().isBlank()) {
            throw DomainException.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), "name");
        }
        List<PromotionRule> rules = mapping.rules(in.rules());
        PromotionPolicyEntity e = new PromotionPolicyEntity();
        e.name = in.name().strip();
        e.source = in.source();
        e.appliesTo = mapping.write(in.appliesTo().stream().map(Enum::name).distinct().toList());
        e.oncePerYear = Boolean.TRUE.equals(in.oncePerYear());
        e.rules = mapping.write(rules);
        e.createdBy = access.username();
        e.createdAt = OffsetDateTime.now();
        return db.write(s -> s.persist(e)).map(v -> mapping.policy(e, language.messages()));
    }
}
