package org.biwu.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every message of the API has its Chinese text: a message added in English only fails here. */
class ChineseMessagesTest {

    @Test
    void everyMessageIsWrittenInChineseToo() throws NoSuchMethodException {
        List<String> missing = new java.util.ArrayList<>();
        for (Method english : Messages.class.getDeclaredMethods()) {
            Method chinese = ChineseMessages.class.getDeclaredMethod(english.getName(), english.getParameterTypes());
            if (chinese.getAnnotation(io.quarkus.qute.i18n.Message.class) == null) {
                missing.add(english.getName());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(ChineseMessages.class.getDeclaredMethods()).hasSameSizeAs(Messages.class.getDeclaredMethods());
    }

    @Test
    void theChineseTextsAreChineseNotEnglishCopied() {
        List<String> english = new java.util.ArrayList<>();
        for (Method chinese : ChineseMessages.class.getDeclaredMethods()) {
            String text = chinese.getAnnotation(io.quarkus.qute.i18n.Message.class).value();
            // what the reader sees: the text without the template's tags and values ({#case 'id'}, {name} …)
            String seen = text.replaceAll("\\{[^}]*}", "");
            if (seen.matches("(?s).*[A-Za-z]{3,}.*")) {
                english.add(chinese.getName() + ": " + seen);
            }
        }
        assertThat(english).isEmpty();
    }

    @Test
    void theReaderWhoPutsAnyChineseFirstIsAnsweredInChinese() {
        assertThat(Arrays.asList("zh-CN", "zh", "zh-TW,en;q=0.5", "zh-CN,zh;q=0.9,en;q=0.8", "en;q=0.3,zh-CN;q=0.9"))
                .allMatch(Language::prefersChinese);
        assertThat(Arrays.asList(null, "", "en", "en-US,zh-CN;q=0.5", "fr,en;q=0.5", "de", "not a language header"))
                .noneMatch(Language::prefersChinese);
    }
}
