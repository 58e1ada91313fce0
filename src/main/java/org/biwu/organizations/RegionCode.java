package org.biwu.organizations;

import java.util.Set;
import org.biwu.api.Text;

/**
 * An administrative division code (行政区划代码, GB/T 2260): six digits, two each for the
 * province, the prefecture and the county (370000 山东省, 370100 济南市, 370116 莱芜区). Checked
 * here: the form, and that the first two digits are a province-level division's; whether a
 * prefecture or county with the remaining digits exists is not checked (the standard's list
 * changes every year).
 */
public final class RegionCode {

    /** The province-level divisions' two-digit codes (GB/T 2260; 71 台湾, 81 香港, 82 澳门). */
    static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
            "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71",
            "81", "82");

    private RegionCode() {
    }

    /** What is wrong with {@code code} (stripped), or null when it has the standard's form. */
    public static Text problem(String code) {
        if (!code.matches("\\d{6}")) {
            return m -> m.regionCodeFormat();
        }
        String province = code.substring(0, 2);
        if (!PROVINCES.contains(province)) {
            return m -> m.regionCodeProvince(province);
        }
        return null;
    }
}
