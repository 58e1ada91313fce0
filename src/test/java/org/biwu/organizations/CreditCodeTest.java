package org.biwu.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The GB 32100 check on published credit codes, and the GB/T 2260 form check. */
class CreditCodeTest {

    /** Codes as the enterprises publish them (阿里巴巴（中国）有限公司, 华为技术有限公司, 小米科技有限责任公司 …). */
    @ParameterizedTest
    @ValueSource(strings = {"91330100799655058B", "914403001922038216", "91110108551385082Q", "91110000100005220B", "911100007109310534"})
    void publishedCodesPass(String code) {
        assertThat(CreditCode.problem(code)).isNull();
    }

    @Test
    void aMistypedCharacterOrTwoSwappedNeighboursAreCaught() {
        assertThat(CreditCode.problem("914403001922038226")).isNotNull();
        assertThat(CreditCode.problem("914403001922083216")).isNotNull();
        assertThat(CreditCode.checkCharacter("91330100799655058")).isEqualTo('B');
    }

    @Test
    void aShortCodeOrALetterTheStandardLeavesOutIsRefused() {
        assertThat(CreditCode.problem("9133010079965505")).isNotNull();
        assertThat(CreditCode.problem("91330100799655058I")).isNotNull();
        assertThat(CreditCode.problem("9133010079965505OB")).isNotNull();
    }

    @Test
    void regionCodesHaveSixDigitsAndAProvince() {
        assertThat(RegionCode.problem("370116")).isNull();
        assertThat(RegionCode.problem("810000")).isNull();
        assertThat(RegionCode.problem("37011")).isNotNull();
        assertThat(RegionCode.problem("990116")).isNotNull();
    }
}
