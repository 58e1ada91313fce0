package org.biwu.promotion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SkillLevelTest {

    @Test
    void theLadderHasTheEightLevelsOfThe2022NoticeLowestFirst() {
        assertThat(Arrays.stream(SkillLevel.values()).map(SkillLevel::label))
                .containsExactly("学徒工", "初级工", "中级工", "高级工", "技师", "高级技师", "特级技师", "首席技师");
    }

    @Test
    void aSeniorWorkersNextLevelIsTechnician() {
        assertThat(SkillLevel.SENIOR.next()).isEqualTo(SkillLevel.TECHNICIAN);
    }

    @Test
    void theChiefTechnicianHasNoHigherLevel() {
        assertThat(SkillLevel.CHIEF_TECHNICIAN.next()).isEqualTo(SkillLevel.CHIEF_TECHNICIAN);
    }

    @Test
    void stepsUpTheLadderStopAtTheTop() {
        assertThat(SkillLevel.INTERMEDIATE.plus(2)).isEqualTo(SkillLevel.TECHNICIAN);
        assertThat(SkillLevel.SENIOR_TECHNICIAN.plus(5)).isEqualTo(SkillLevel.CHIEF_TECHNICIAN);
        assertThat(SkillLevel.JUNIOR.plus(Integer.MAX_VALUE)).isEqualTo(SkillLevel.CHIEF_TECHNICIAN);
    }

    @Test
    void aLevelNeverGoesDown() {
        assertThatThrownBy(() -> SkillLevel.TECHNICIAN.plus(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only goes up");
    }
}
