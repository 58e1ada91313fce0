package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyTemplatesTest {

    @Test
    void everyTemplateNamesItsSourceAndTheCompetitionLevelsItIsFor() {
        assertThat(PolicyTemplates.all()).allSatisfy(policy -> {
            assertThat(policy.source()).isNotBlank();
            assertThat(policy.appliesTo()).isNotEmpty();
            assertThat(policy.rules()).isNotEmpty();
        });
    }

    @Test
    void everyTemplateHasItsOwnName() {
        assertThat(PolicyTemplates.all()).extracting(PromotionPolicy::name).doesNotHaveDuplicates().hasSize(12);
    }
}
