package org.biwu.promotion.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Test data: an event's final standings, built place by place. Place p starts as rank p, APPROVED,
 * completed, every module passed, no award; each member an employee at 中级工. Registration of place
 * p: 1000 + p; person of place p: 10 p + member index (0 for an individual).
 */
final class Field {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建国", "志强", "海燕", "红梅", "德华"};

    private final EventFacts event;
    private final List<Place> places = new ArrayList<>();

    private Field(EventFacts event, int size) {
        this.event = event;
        for (int p = 1; p <= size; p++) {
            places.add(new Place(p, event.teamSize()));
        }
    }

    /** {@code size} individual competitors in an event of {@code event}. */
    static Field of(EventFacts event, int size) {
        return new Field(event, size);
    }

    EventFacts event() {
        return event;
    }

    List<FinalStanding> standings() {
        return places.stream().map(Place::standing).toList();
    }

    Result evaluate(PromotionPolicy policy) {
        return new Result(PromotionEngine.evaluate(policy, event, standings()));
    }

    Field rank(int place, Integer rank) {
        place(place).rank = rank;
        return this;
    }

    /** Places {@code from}..{@code to} get ranks as listed, e.g. ranks(4, 5, 4, 4) for a tie. */
    Field ranks(int from, Integer... ranks) {
        for (int i = 0; i < ranks.length; i++) {
            rank(from + i, ranks[i]);
        }
        return this;
    }

    Field award(int place, String award) {
        place(place).award = award;
        return this;
    }

    Field awards(int from, int to, String award) {
        for (int p = from; p <= to; p++) {
            award(p, award);
        }
        return this;
    }

    Field status(int place, RegistrationStatus status) {
        place(place).status = status;
        return this;
    }

    Field incomplete(int place) {
        place(place).completed = false;
        return this;
    }

    Field failedAModule(int place) {
        place(place).passed = false;
        return this;
    }

    /** Every member of the place's entry is at {@code level} (null: none recorded). */
    Field level(int place, SkillLevel level) {
        place(place).members.forEach(m -> m.level = level);
        return this;
    }

    Field levels(int from, int to, SkillLevel level) {
        for (int p = from; p <= to; p++) {
            level(p, level);
        }
        return this;
    }

    Field memberLevel(int place, int member, SkillLevel level) {
        place(place).members.get(member).level = level;
        return this;
    }

    Field category(int place, PersonCategory category) {
        place(place).members.forEach(m -> m.category = category);
        return this;
    }

    Field memberCategory(int place, int member, PersonCategory category) {
        place(place).members.get(member).category = category;
        return this;
    }

    /** Every member of the place's entry already gained a level through a competition in {@code year}. */
    Field promotedIn(int place, int year) {
        place(place).members.forEach(m -> m.years.add(year));
        return this;
    }

    static long registration(int place) {
        return 1000 + place;
    }

    static long person(int place) {
        return person(place, 0);
    }

    static long person(int place, int member) {
        return 10L * place + member;
    }

    String name(int place) {
        return place(place).members.get(0).name;
    }

    private Place place(int place) {
        return places.get(place - 1);
    }

    private static final class Place {
        final int place;
        Integer rank;
        String award;
        boolean completed = true;
        boolean passed = true;
        RegistrationStatus status = RegistrationStatus.APPROVED;
        final List<Member> members = new ArrayList<>();

        Place(int place, int teamSize) {
            this.place = place;
            this.rank = place;
            for (int m = 0; m < teamSize; m++) {
                members.add(new Member(person(place, m)));
            }
        }

        FinalStanding standing() {
            return new FinalStanding(registration(place), rank, award, completed, status, passed,
                    members.stream().map(Member::competitor).toList());
        }
    }

    private static final class Member {
        final long id;
        final String name;
        PersonCategory category = PersonCategory.EMPLOYEE;
        SkillLevel level = SkillLevel.INTERMEDIATE;
        final Set<Integer> years = new HashSet<>();

        Member(long id) {
            this.id = id;
            int i = (int) id;
            this.name = SURNAMES.charAt((i * 7) % SURNAMES.length()) + GIVEN[i % GIVEN.length];
        }

        Competitor competitor() {
            return new Competitor(id, name, category, level, years);
        }
    }

    /** Reading a proposal place by place. */
    record Result(PromotionProposal proposal) {

        List<PromotionOutcome> outcomes(int place) {
            return proposal.outcomes().stream().filter(o -> o.registrationId() == registration(place)).toList();
        }

        /** The skill level proposed to the place's (first) member, or null. */
        SkillLevel level(int place) {
            return level(place, 0);
        }

        SkillLevel level(int place, int member) {
            List<SkillLevel> levels = proposal.outcomesOf(person(place, member)).stream()
                    .filter(o -> o.kind() == OutcomeKind.SKILL_LEVEL).map(PromotionOutcome::toLevel).toList();
            if (levels.size() > 1) {
                throw new AssertionError("more than one skill level for place " + place + ": " + levels);
            }
            return levels.isEmpty() ? null : levels.get(0);
        }

        /** Titles and nominations proposed to the place's (first) member. */
        List<String> titles(int place) {
            return titles(place, 0);
        }

        List<String> titles(int place, int member) {
            return proposal.outcomesOf(person(place, member)).stream().map(PromotionOutcome::title)
                    .filter(Objects::nonNull).toList();
        }

        List<PromotionNote> notes(int place) {
            return proposal.notesOf(registration(place));
        }

        /** Places 1..size (by registration) that got any outcome. */
        List<Integer> placesWithOutcomes() {
            return proposal.outcomes().stream().map(o -> (int) (o.registrationId() - 1000)).distinct().sorted().toList();
        }

        /** Places that were proposed a skill level. */
        List<Integer> placesWithLevel() {
            return proposal.outcomes().stream().filter(o -> o.kind() == OutcomeKind.SKILL_LEVEL)
                    .map(o -> (int) (o.registrationId() - 1000)).distinct().sorted().toList();
        }

        /** Places that were given {@code title}. */
        List<Integer> placesWithTitle(String title) {
            return proposal.outcomes().stream().filter(o -> title.equals(o.title()))
                    .map(o -> (int) (o.registrationId() - 1000)).distinct().sorted().toList();
        }
    }
}
