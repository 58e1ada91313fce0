package org.biwu.competition;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** 成绩公示: when a competition's results were published, by whom, and when the notice period (公示期) ends. */
@Description("成绩公示: when the results were published and until when they are open to appeal.")
public record Publication(
        @NonNull OffsetDateTime publishedAt,
        @NonNull @Description("The notice period (公示期) ends; appeals are accepted until then.") OffsetDateTime noticeEndsAt,
        @NonNull @Description("Login of the organizer who published.") String publishedBy) {

    /** Whether the notice period is still running at {@code now}. */
    public boolean openAt(OffsetDateTime now) {
        return now.isBefore(noticeEndsAt);
    }
}
