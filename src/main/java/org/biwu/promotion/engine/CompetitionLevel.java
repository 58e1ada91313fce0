package org.biwu.promotion.engine;

/**
 * Who sanctions a competition (竞赛级别); promotion policies depend on it (glossary). Same constant
 * names as the contract's {@code CompetitionLevel}.
 */
public enum CompetitionLevel {
    /** 国际. */
    INTERNATIONAL("国际"),
    /** 国家级一类. */
    NATIONAL_CLASS_I("国家级一类"),
    /** 国家级二类. */
    NATIONAL_CLASS_II("国家级二类"),
    /** 省级一类. */
    PROVINCIAL_CLASS_I("省级一类"),
    /** 省级二类. */
    PROVINCIAL_CLASS_II("省级二类"),
    /** 市级一类. */
    MUNICIPAL_CLASS_I("市级一类"),
    /** 市级二类. */
    MUNICIPAL_CLASS_II("市级二类"),
    /** 区级. */
    DISTRICT("区级"),
    /** 行业. */
    INDUSTRY("行业"),
    /** 企业. */
    ENTERPRISE("企业"),
    /** 院校. */
    SCHOOL("院校");

    private final String label;

    CompetitionLevel(String label) {
        this.label = label;
    }

    /** The Chinese name, e.g. 省级一类. */
    public String label() {
        return label;
    }
}
