package org.biwu.promotion.engine;

/**
 * The national ladder of vocational skill levels (职业技能等级), lowest first.
 *
 * <p>人社部发〔2022〕14号 (the 2022 "new eight-level" system): 学徒工, 初级工 (五级), 中级工 (四级),
 * 高级工 (三级), 技师 (二级), 高级技师 (一级), 特级技师, 首席技师. The order of the constants is the
 * order of the ladder; {@link #compareTo} therefore says which level is higher.
 */
public enum SkillLevel {
    /** 学徒工. */
    APPRENTICE("学徒工"),
    /** 初级工 (五级). */
    JUNIOR("初级工"),
    /** 中级工 (四级). */
    INTERMEDIATE("中级工"),
    /** 高级工 (三级). */
    SENIOR("高级工"),
    /** 技师 (二级). */
    TECHNICIAN("技师"),
    /** 高级技师 (一级). */
    SENIOR_TECHNICIAN("高级技师"),
    /** 特级技师. */
    PRINCIPAL_TECHNICIAN("特级技师"),
    /** 首席技师, the top of the ladder. */
    CHIEF_TECHNICIAN("首席技师");

    private static final SkillLevel[] LADDER = values();

    private final String label;

    SkillLevel(String label) {
        this.label = label;
    }

    /** The Chinese name organizers, HR and workers read, e.g. 技师. */
    public String label() {
        return label;
    }

    /** The level one rung up; {@link #CHIEF_TECHNICIAN} stays where it is (the ladder has no ninth rung). */
    public SkillLevel next() {
        return plus(1);
    }

    /**
     * The level {@code steps} rungs up, capped at {@link #CHIEF_TECHNICIAN}.
     *
     * @throws IllegalArgumentException when steps is negative: competitions never lower a level
     */
    public SkillLevel plus(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps " + steps + " is negative: a skill level only goes up");
        }
        return LADDER[(int) Math.min((long) ordinal() + steps, LADDER.length - 1)];
    }

    /** Whether this level is above {@code other} on the ladder. */
    public boolean isAbove(SkillLevel other) {
        return compareTo(other) > 0;
    }
}
