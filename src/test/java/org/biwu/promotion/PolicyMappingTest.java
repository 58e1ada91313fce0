package org.biwu.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.biwu.competition.EventFormat;
import org.biwu.people.SkillLevel;
import org.junit.jupiter.api.Test;

/** The API's enums and the promotion engine's twins have the same constants, so mapping by name never fails at run time. */
class PolicyMappingTest {

    @Test
    void everyTwinHasTheSameConstantsInTheSameOrder() {
        assertThat(PolicyMapping.TWINS).isNotEmpty();
        for (List<Class<? extends Enum<?>>> pair : PolicyMapping.TWINS) {
            assertThat(names(pair.get(1))).as("%s and %s", pair.get(0).getName(), pair.get(1).getName())
                    .containsExactlyElementsOf(names(pair.get(0)));
        }
    }

    @Test
    void mapsATwinByNameAndRefusesTypesThatAreNotTwins() {
        assertThat(PolicyMapping.as(org.biwu.promotion.engine.SkillLevel.class, SkillLevel.TECHNICIAN))
                .isEqualTo(org.biwu.promotion.engine.SkillLevel.TECHNICIAN);
        assertThat(PolicyMapping.as(SkillLevel.class, null)).isNull();
        assertThatThrownBy(() -> PolicyMapping.as(org.biwu.promotion.engine.SkillLevel.class, EventFormat.TEAM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not twins");
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
