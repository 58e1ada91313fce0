package org.biwu.people;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.biwu.api.DomainException;
import org.biwu.api.Refusal;
import org.biwu.api.UserErrorCode;
import org.biwu.db.Database;
import org.hibernate.reactive.mutiny.Mutiny;

/** Persons: found again by national id number or login, created when new. */
@ApplicationScoped
public class PersonService {

    @Inject
    NationalIds nationalIds;

    @Inject
    Database db;

    /**
     * What a registration says of a person.
     *
     * @param nationalId normalized national id number, or null
     */
    public record Facts(String name, String affiliation, String nationalId, SkillLevel skillLevel,
                        PersonCategory category, String username) {
    }

    /**
     * The person these facts name, in the caller's transaction: the one with the same national id
     * number, else the one with the same login, else a new person. Facts fill what the person
     * record lacks; a known skill level is never overwritten (promotions change it).
     *
     * @param path the input field of the person, for errors
     * @throws DomainException CONFLICT when the number and the login belong to two different persons
     */
    public Uni<PersonEntity> findOrCreate(Mutiny.Session s, Facts facts, Object... path) {
        String hash = facts.nationalId() == null ? null : nationalIds.hash(facts.nationalId());
        Uni<PersonEntity> byId = hash == null ? Uni.createFrom().nullItem()
                : s.createSelectionQuery("from PersonEntity where nationalIdHash = :h", PersonEntity.class)
                .setParameter("h", hash).getSingleResultOrNull();
        Uni<PersonEntity> byLogin = facts.username() == null ? Uni.createFrom().nullItem()
                : s.createSelectionQuery("from PersonEntity where username = :u", PersonEntity.class)
                .setParameter("u", facts.username()).getSingleResultOrNull();
        return byId.chain(a -> byLogin.chain(b -> {
            if (a != null && b != null && !a.id.equals(b.id)) {
                throw DomainException.of(UserErrorCode.CONFLICT, m -> m.loginOfAnotherPerson(facts.username()), path);
            }
            PersonEntity p = a != null ? a : b;
            boolean known = p != null;
            if (!known) {
                p = new PersonEntity();
                p.name = facts.name().strip();
            }
            if (p.affiliation == null || facts.affiliation() != null) {
                p.affiliation = facts.affiliation() != null ? facts.affiliation() : p.affiliation;
            }
            if (p.skillLevel == null) {
                p.skillLevel = facts.skillLevel();
            }
            if (facts.category() != null) {
                p.category = facts.category();
            }
            if (p.username == null) {
                p.username = facts.username();
            }
            if (hash != null && p.nationalIdHash == null) {
                p.nationalIdHash = hash;
                p.nationalIdEncrypted = nationalIds.encrypt(facts.nationalId());
                p.nationalIdMasked = NationalIds.mask(facts.nationalId());
            }
            PersonEntity person = p;
            return known ? Uni.createFrom().item(person) : s.persist(person).replaceWith(person);
        }));
    }

    /**
     * What a registration's correction says of one of its persons.
     *
     * @param nationalId       normalized national id number, or null (unchanged)
     * @param username         login, or null (unchanged)
     * @param levelBefore      the skill level the registration recorded before the correction
     * @param level            the skill level it records now
     * @param categoryBefore   the category it recorded before
     * @param category         the category it records now
     */
    public record Correction(String name, String nationalId, String username, SkillLevel levelBefore, SkillLevel level,
                             PersonCategory categoryBefore, PersonCategory category) {
    }

    /**
     * Corrects a registered person in the caller's transaction: the name (a spelling corrected in
     * every competition), a login (unless another person's), a national id number the person had none
     * of (never another one: that is another person), and the current skill level and category when
     * they were the ones the registration recorded (a promotion since is kept).
     *
     * @param path the input field of the person, for errors
     * @throws DomainException CONFLICT naming the field when the number or the login is another person's, or the number differs
     */
    public Uni<PersonEntity> correct(Mutiny.Session s, long number, Correction c, Object... path) {
        return s.find(PersonEntity.class, number).chain(p -> {
            String hash = c.nationalId() == null ? null : nationalIds.hash(c.nationalId());
            if (hash != null && p.nationalIdHash != null && !p.nationalIdHash.equals(hash)) {
                throw DomainException.of(UserErrorCode.CONFLICT, m -> m.nationalIdFixed(), Refusal.append(path, "nationalId"));
            }
            Uni<Void> checks = Uni.createFrom().voidItem();
            if (hash != null && p.nationalIdHash == null) {
                checks = checks.chain(() -> otherWith(s, "nationalIdHash", hash, p.id)).invoke(other -> {
                    if (other) {
                        throw DomainException.of(UserErrorCode.CONFLICT, m -> m.nationalIdOfAnother(), Refusal.append(path, "nationalId"));
                    }
                }).replaceWithVoid();
            }
            if (c.username() != null && !c.username().equals(p.username)) {
                checks = checks.chain(() -> otherWith(s, "username", c.username(), p.id)).invoke(other -> {
                    if (other) {
                        throw DomainException.of(UserErrorCode.CONFLICT, m -> m.loginTaken(c.username()),
                                Refusal.append(path, "username"));
                    }
                }).replaceWithVoid();
            }
            return checks.map(v -> {
                p.name = c.name().strip();
                if (hash != null && p.nationalIdHash == null) {
                    p.nationalIdHash = hash;
                    p.nationalIdEncrypted = nationalIds.encrypt(c.nationalId());
                    p.nationalIdMasked = NationalIds.mask(c.nationalId());
                }
                if (c.username() != null) {
                    p.username = c.username();
                }
                if (c.level() != null && p.skillLevel == c.levelBefore()) {
                    p.skillLevel = c.level();
                }
                if (c.category() != null && p.category == c.categoryBefore()) {
                    p.category = c.category();
                }
                return p;
            });
        });
    }

    private static Uni<Boolean> otherWith(Mutiny.Session s, String field, String value, long except) {
        return s.createSelectionQuery("select count(*) from PersonEntity where " + field + " = :v and id <> :id", Long.class)
                .setParameter("v", value).setParameter("id", except).getSingleResult().map(n -> n > 0);
    }

    /** Persons by number, in the caller's session. */
    public Uni<Map<Long, PersonEntity>> byNumbers(Mutiny.Session s, java.util.Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return s.createSelectionQuery("from PersonEntity where id in :ids", PersonEntity.class)
                .setParameter("ids", List.copyOf(numbers)).getResultList()
                .map(list -> list.stream().collect(Collectors.toMap(p -> p.id, Function.identity())));
    }

    /** Persons by number, in a session of their own. */
    public Uni<Map<Long, PersonEntity>> byNumbers(java.util.Collection<Long> numbers) {
        return db.read(s -> byNumbers(s, numbers));
    }

    /** The person whose account is {@code username}, or null. */
    public Uni<Person> ofUsername(String username) {
        return db.read(s -> s.createSelectionQuery("from PersonEntity where username = :u", PersonEntity.class)
                .setParameter("u", username).getSingleResultOrNull()).map(p -> p == null ? null : new Person(p));
    }
}
