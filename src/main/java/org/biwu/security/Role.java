package org.biwu.security;

/**
 * The realm roles of the Keycloak realm {@code biwu} (src/main/keycloak/biwu-realm.json).
 * A token carries them in {@code realm_access.roles}; {@link #claim()} is the name used there.
 */
public enum Role {
    /** 组织者: sets up competitions, events, judges and registrations. */
    ORGANIZER("organizer"),
    /** 裁判长: leads an event's panel and signs off its marks. */
    CHIEF_JUDGE("chief-judge"),
    /** 裁判员: enters marks in the events assigned to them. */
    JUDGE("judge"),
    /** 记分员: enters marks from paper sheets on behalf of judges. */
    SCOREKEEPER("scorekeeper"),
    /** 人力资源: defines promotion policies and decides promotion outcomes. */
    HR("hr"),
    /** 选手: sees their own registrations, results and record. */
    COMPETITOR("competitor"),
    /** 观众: sees published standings. */
    VIEWER("viewer"),
    /** 合作系统: a partner system's service account, reads the API. */
    PARTNER("partner"),
    /** 平台管理员: runs the platform; creates root organizations (see {@link ScopedRole#ADMIN}). */
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The role's name in the token and in the realm file, e.g. {@code chief-judge}. */
    public String claim() {
        return claim;
    }
}
