package org.biwu.promotion.engine;

/**
 * Who a competitor is for the purposes of a policy: several published rules reward employees
 * (职工选手) only, e.g. 人社部's 2017 notice on national class-I contests.
 */
public enum PersonCategory {
    /** 职工: in employment. */
    EMPLOYEE("职工"),
    /** 学生: a student of a school or vocational college. */
    STUDENT("学生"),
    /** 其他: anyone else. */
    OTHER("其他");

    private final String label;

    PersonCategory(String label) {
        this.label = label;
    }

    /** The Chinese name, e.g. 职工. */
    public String label() {
        return label;
    }
}
