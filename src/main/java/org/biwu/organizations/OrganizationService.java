package org.biwu.organizations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.biwu.api.DomainException;
import org.biwu.api.Inputs;
import org.biwu.api.NodeId;
import org.biwu.api.PageInfo;
import org.biwu.api.Refusal;
import org.biwu.api.Text;
import org.biwu.api.UserErrorCode;
import org.biwu.db.Database;
import org.biwu.organizations.OrganizationInputs.CreateOrganizationInput;
import org.biwu.security.Access;
import org.biwu.security.Role;
import org.biwu.security.ScopedRole;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The organization tree: reading it (any signed-in caller: the names of unions, enterprises and
 * their units are not secret, and a worker picks theirs) and growing it. A root is created by a
 * platform administrator (realm role {@code admin}), who is granted ADMIN over it in the same
 * transaction; an organization below one is created by an ORGANIZER (or ADMIN) of the parent or
 * above. Organizations are not moved or deleted.
 */
@ApplicationScoped
public class OrganizationService {

    /** Longest organization name, in characters. */
    public static final int MAX_NAME = 200;

    /** Largest page of {@code organizations(first:)}. */
    public static final int MAX_PAGE = 500;

    @Inject
    Database db;

    @Inject
    Access access;

    /** The organization, or null when there is none. */
    public Uni<Organization> find(long number) {
        access.requireAuthenticated();
        return db.read(s -> s.find(OrganizationEntity.class, number)).map(o -> o == null ? null : new Organization(o));
    }

    /** The organization {@code id} names, or null when it names none; INVALID when it is not an organization's id. */
    public Uni<Organization> find(String id, Object... path) {
        return find(NodeId.parse("Organization", id, path));
    }

    /** The organizations of {@code numbers} that exist, by number. */
    public Uni<Map<Long, Organization>> byNumbers(Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return db.read(s -> s.createSelectionQuery("from OrganizationEntity where id in :ids", OrganizationEntity.class)
                .setParameter("ids", List.copyOf(numbers)).getResultList()).map(list -> {
                    Map<Long, Organization> out = new HashMap<>();
                    list.forEach(o -> out.put(o.id, new Organization(o)));
                    return out;
                });
    }

    /** The organization of each number of {@code numbers}, in their order: null for a null number or none of that number. */
    public Uni<List<Organization>> inOrder(List<Long> numbers) {
        Set<Long> wanted = numbers.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return byNumbers(wanted).map(found -> numbers.stream().map(n -> n == null ? null : found.get(n)).toList());
    }

    /** A page of organizations by name. */
    public record Page(List<Organization> organizations, PageInfo pageInfo, int totalCount) {
    }

    /** The roots ({@code parent} null) or the children of {@code parent}, by name, after the cursor (an organization id). */
    public Uni<Page> children(Long parent, Integer first, String after) {
        access.requireAuthenticated();
        int size = first == null ? 100 : first;
        if (size < 0 || size > MAX_PAGE) {
            throw DomainException.of(UserErrorCode.LIMIT_EXCEEDED, m -> m.between("0", String.valueOf(MAX_PAGE)), "first");
        }
        Long from = after == null ? null : NodeId.parse("Organization", after, "after");
        String siblings = parent == null ? "o.parent_id is null" : "o.parent_id = :parent";
        return db.read(s -> {
            Mutiny.SelectionQuery<OrganizationEntity> page = s.createNativeQuery("select o.* from organization o where " + siblings
                    + (from == null ? "" : " and (o.name, o.id) > (select a.name, a.id from organization a where a.id = :after)")
                    + " order by o.name, o.id limit :limit", OrganizationEntity.class).setParameter("limit", size + 1);
            Mutiny.SelectionQuery<Long> count = s.createNativeQuery("select count(*) from organization o where " + siblings, Long.class);
            if (parent != null) {
                page.setParameter("parent", parent);
                count.setParameter("parent", parent);
            }
            if (from != null) {
                page.setParameter("after", from);
            }
            return page.getResultList().chain(rows -> count.getSingleResult().map(total -> {
                List<Organization> list = rows.stream().limit(size).map(Organization::new).toList();
                return new Page(list, new PageInfo(rows.size() > size, from != null,
                        list.isEmpty() ? null : list.get(0).getId(), list.isEmpty() ? null : list.get(list.size() - 1).getId()),
                        ((Number) total).intValue());
            }));
        });
    }

    /** Every direct child of each organization of {@code parents}, by name. */
    public Uni<Map<Long, List<Organization>>> childrenOf(Collection<Long> parents) {
        return db.read(s -> s.createSelectionQuery("from OrganizationEntity where parentId in :p order by name, id", OrganizationEntity.class)
                .setParameter("p", List.copyOf(parents)).getResultList()).map(rows -> {
                    Map<Long, List<Organization>> out = new HashMap<>();
                    parents.forEach(p -> out.put(p, new ArrayList<>()));
                    rows.forEach(o -> out.get(o.parentId).add(new Organization(o)));
                    return out;
                });
    }

    /**
     * Creates an organization after checking everything about it, field by field; refused whole
     * (FORBIDDEN, NOT_FOUND, INVALID, DUPLICATE) or stored with, for a root, its creator's ADMIN grant.
     */
    public Uni<Organization> create(CreateOrganizationInput in) {
        access.requireAuthenticated();
        String name = in.name().strip();
        String code = normalizedCode(in.code());
        String region = normalizedRegion(in.regionCode());
        List<Refusal> errors = problems(name, code, region);
        Uni<Long> parent;
        if (in.parentId() == null) {
            if (!access.has(Role.ADMIN)) {
                throw DomainException.of(UserErrorCode.FORBIDDEN, m -> m.onlyAdminCreatesRoots(), "parentId");
            }
            parent = Uni.createFrom().nullItem();
        } else {
            long number = NodeId.parse("Organization", in.parentId(), "parentId");
            parent = access.require(ScopedRole.ORGANIZER, number, "parentId").replaceWith(number);
        }
        String creator = access.login();
        return parent.chain(parentNumber -> db.write(s -> (parentNumber == null ? Uni.createFrom().voidItem()
                : s.find(OrganizationEntity.class, parentNumber).invoke(p -> {
                    if (p == null) {
                        throw DomainException.notFound(m -> m.thing("Organization"), in.parentId(), "parentId");
                    }
                }).replaceWithVoid())
                .chain(() -> taken(s, parentNumber, name, code, errors))
                .chain(() -> {
                    if (!errors.isEmpty()) {
                        throw new DomainException(errors);
                    }
                    return insert(s, parentNumber, name, in.kind(), code, region, creator);
                }).call(o -> {
                    if (parentNumber != null) {
                        return Uni.createFrom().voidItem();
                    }
                    RoleGrantEntity g = new RoleGrantEntity();
                    g.username = creator;
                    g.role = ScopedRole.ADMIN;
                    g.organizationId = o.id;
                    g.grantedBy = creator;
                    g.grantedAt = o.createdAt;
                    return s.persist(g);
                }).map(Organization::new)));
    }

    /** What is wrong with an organization's name, credit code and region code (already normalized), each under {@code at} and its field. */
    static List<Refusal> problems(String name, String code, String region, Object... at) {
        List<Refusal> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.mustNotBeBlank(), Refusal.append(at, "name")));
        } else if (name.length() > MAX_NAME) {
            errors.add(Refusal.of(UserErrorCode.INVALID, m -> m.tooLong(MAX_NAME), Refusal.append(at, "name")));
        }
        Text codeProblem = code == null ? null : CreditCode.problem(code);
        if (codeProblem != null) {
            errors.add(Refusal.of(UserErrorCode.INVALID, codeProblem, Refusal.append(at, "code")));
        }
        Text regionProblem = region == null ? null : RegionCode.problem(region);
        if (regionProblem != null) {
            errors.add(Refusal.of(UserErrorCode.INVALID, regionProblem, Refusal.append(at, "regionCode")));
        }
        return errors;
    }

    /** Stores an organization checked already, in the caller's transaction; its path is read back from the database. */
    static Uni<OrganizationEntity> insert(Mutiny.Session s, Long parent, String name, OrganizationKind kind, String code, String region,
                                          String creator) {
        OrganizationEntity o = new OrganizationEntity();
        o.name = name;
        o.kind = kind;
        o.code = code;
        o.regionCode = region;
        o.parentId = parent;
        o.createdBy = creator;
        o.createdAt = OffsetDateTime.now();
        // the path is the trigger's: read it back (the column is never written by the service)
        return s.persist(o).call(s::flush)
                .chain(() -> s.createNativeQuery("select path from organization where id = :id", String.class).setParameter("id", o.id)
                        .getSingleResult())
                .map(path -> {
                    o.path = path;
                    return o;
                });
    }

    /** Adds to {@code errors} a sibling of the same name and another organization with the same code. */
    static Uni<Void> taken(Mutiny.Session s, Long parent, String name, String code, List<Refusal> errors) {
        return nameTaken(s, parent, name, errors).chain(() -> codeTaken(s, code, errors));
    }

    /** Adds to {@code errors} (field name) an organization named {@code name} under {@code parent} (among the roots when null). */
    static Uni<Void> nameTaken(Mutiny.Session s, Long parent, String name, List<Refusal> errors) {
        Mutiny.SelectionQuery<Long> sameName = s.createSelectionQuery("select count(*) from OrganizationEntity where name = :n and "
                + (parent == null ? "parentId is null" : "parentId = :p"), Long.class).setParameter("n", name);
        if (parent != null) {
            sameName.setParameter("p", parent);
        }
        return sameName.getSingleResult().invoke(n -> {
            if (n > 0) {
                errors.add(Refusal.of(UserErrorCode.DUPLICATE, m -> m.siblingNameTaken(name), "name"));
            }
        }).replaceWithVoid();
    }

    /** Adds to {@code errors} (field code) an organization with the credit code {@code code}; nothing for a null code. */
    static Uni<Void> codeTaken(Mutiny.Session s, String code, List<Refusal> errors) {
        if (code == null) {
            return Uni.createFrom().voidItem();
        }
        return s.createSelectionQuery("select count(*) from OrganizationEntity where code = :c", Long.class)
                .setParameter("c", code).getSingleResult().invoke(n -> {
                    if (n > 0) {
                        errors.add(Refusal.of(UserErrorCode.DUPLICATE, m -> m.creditCodeTaken(code), "code"));
                    }
                }).replaceWithVoid();
    }

    /** A region code as stored: stripped; null when blank. */
    static String normalizedRegion(String region) {
        String given = Inputs.blankToNull(region);
        return given == null ? null : given.strip();
    }

    /** A credit code as stored: without spaces, upper case; null when blank. */
    static String normalizedCode(String code) {
        String given = Inputs.blankToNull(code);
        return given == null ? null : given.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
