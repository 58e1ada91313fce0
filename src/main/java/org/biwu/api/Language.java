package org.biwu.api;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language of the request, from its {@code Accept-Language} header: Chinese (zh-CN) when the
 * reader prefers any Chinese, English otherwise and when the header is absent (partner systems).
 * The one place where refusals and other texts are written in it, field names included in the
 * reader's words: {@code competitors[0].nationalId} reads 第1名选手 身份证号 or competitor 1, national id number.
 */
@RequestScoped
public class Language {

    /** The languages Biwu speaks, as BCP 47 tags. */
    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    /**
     * The arguments that name the record a mutation acts on: a refusal of the record as a whole
     * (the competition is closed, the judge has marks) reads without them ("报名已截止…", not "赛项：报名已截止…").
     */
    private static final Set<String> SUBJECTS = Set.of("id", "eventId", "competitionId", "judgeId");

    @Inject
    CurrentVertxRequest request;

    @Inject
    Messages english;

    @Inject
    @Localized(CHINESE)
    Messages chinese;

    private Messages chosen;

    /** The API's texts in the request's language. */
    public Messages messages() {
        if (chosen == null) {
            chosen = prefersChinese(header()) ? chinese : english;
        }
        return chosen;
    }

    /** The API's texts in every language Biwu speaks, Chinese first: to read what a person typed in either. */
    public List<Messages> every() {
        return List.of(chinese, english);
    }

    /** The texts in Chinese whatever the reader's language: for documents that are Chinese (a certificate's title). */
    public Messages chinese() {
        return chinese;
    }

    /** True when the request is answered in Chinese. */
    public boolean isChinese() {
        return messages() == chinese;
    }

    /** The request's language as a BCP 47 tag: zh-CN or en. */
    public String tag() {
        return isChinese() ? CHINESE : ENGLISH;
    }

    public String write(Text text) {
        return text.in(messages());
    }

    public UserError write(Refusal refusal) {
        return write(messages(), refusal);
    }

    public List<UserError> write(List<Refusal> refusals) {
        List<UserError> errors = new ArrayList<>(refusals.size());
        refusals.forEach(r -> errors.add(write(r)));
        return errors;
    }

    /** A refusal in the language of {@code m}: the field in the reader's words, then the problem. */
    static UserError write(Messages m, Refusal refusal) {
        String problem = refusal.problem().in(m);
        boolean whole = refusal.field() == null || refusal.field().size() == 1 && SUBJECTS.contains(refusal.field().get(0));
        String message = whole ? problem : m.fieldAndProblem(fieldName(m, refusal.field()), problem);
        return new UserError(refusal.field(), message, refusal.code(), problem);
    }

    /**
     * An input field in the reader's words: {@code ["competitors", "3", "members", "0", "name"]} is
     * 第4名选手 第1名队员 姓名 or competitor 4, team member 1, name. A field inside a list entry is
     * named by the list and the field together ({@code competitors.name}, a person's name) when
     * the messages know that pair.
     */
    public static String fieldName(Messages m, List<String> path) {
        List<String> parts = new ArrayList<>();
        String list = null;
        for (int i = 0; i < path.size(); i++) {
            String part = path.get(i);
            boolean index = !part.isEmpty() && part.chars().allMatch(Character::isDigit);
            if (index) {
                // the list's own name was not written: its entry stands for it
                parts.remove(parts.size() - 1);
                parts.add(m.listEntry(list == null ? "" : list, Integer.parseInt(part) + 1));
                continue;
            }
            String name = list == null ? "" : m.fieldOf(list + "." + part);
            parts.add(name.isEmpty() ? m.field(part) : name);
            list = part;
        }
        return String.join(m.fieldSeparator(), parts);
    }

    private String header() {
        RoutingContext context = request == null ? null : request.getCurrent();
        return context == null ? null : context.request().getHeader("Accept-Language");
    }

    /** Whether the reader puts a Chinese language range first among those they accept. */
    static boolean prefersChinese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-", 2)[0];
                if (language.equals("zh")) {
                    return true;
                }
                if (language.equals("en")) {
                    return false;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return false;
    }
}
