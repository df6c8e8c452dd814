package kz.qorgau.imports.control;

import java.util.Arrays;

import kz.qorgau.platform.InvalidInput;

/**
 * Whether a file with rejected rows is applied. By default it is not, so that a school corrects the file and
 * sends it whole; {@code valid-rows} applies what is valid and reports the rest.
 */
public enum ImportMode {
    ALL_OR_NOTHING("all-or-nothing"),
    VALID_ROWS("valid-rows");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    /** @throws InvalidInput for a mode other than {@code all-or-nothing} and {@code valid-rows} */
    public static ImportMode of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return ALL_OR_NOTHING;
        }
        return Arrays.stream(values()).filter(m -> m.parameter.equals(parameter.strip())).findFirst()
                .orElseThrow(() -> new InvalidInput("import.mode.unknown", parameter));
    }

    public String parameter() {
        return parameter;
    }
}
