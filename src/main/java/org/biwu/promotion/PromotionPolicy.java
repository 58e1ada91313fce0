package org.biwu.promotion;

import java.util.List;
import org.biwu.api.Node;
import org.biwu.api.NodeId;
import org.biwu.competition.CompetitionLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A results-to-promotion policy: rules that turn final standings into proposed outcomes. */
@Description("A results-to-promotion policy (赛后技术等级晋升 / 竞赛成绩与等级认定挂钩): rules from final standings to outcomes.")
public class PromotionPolicy implements Node {

    private final String id;
    @NonNull
    public final String name;
    @Description("The document the policy comes from, e.g. 人社部 notice on 2017 national class-I contests.")
    public final String source;
    @NonNull
    @Description("Competition levels the policy applies to; empty means every level.")
    public final List<@NonNull CompetitionLevel> appliesTo;
    public final boolean oncePerYear;
    @NonNull
    public final List<@NonNull PromotionRule> rules;
    @Description("A ready-made policy shipped with the platform from a published document.")
    public final boolean template;
    @Description("Login of the organizer or HR officer who created the policy; null for the shipped templates.")
    public final String createdBy;
    private final long number;
    private final String storedSource;

    /**
     * @param source       the source in the reader's language (a template's is translated)
     * @param storedSource the source as stored
     */
    public PromotionPolicy(long number, String name, String source, String storedSource, List<CompetitionLevel> appliesTo,
                           boolean oncePerYear, List<PromotionRule> rules, boolean template, String createdBy) {
        this.number = number;
        this.id = NodeId.of("PromotionPolicy", number);
        this.name = name;
        this.source = source;
        this.storedSource = storedSource;
        this.appliesTo = List.copyOf(appliesTo);
        this.oncePerYear = oncePerYear;
        this.rules = List.copyOf(rules);
        this.template = template;
        this.createdBy = template ? null : createdBy;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Ignore
    public long number() {
        return number;
    }

    /** The source as stored: a template's in English, as PolicyTemplates has it. */
    @Ignore
    public String storedSource() {
        return storedSource;
    }
}
