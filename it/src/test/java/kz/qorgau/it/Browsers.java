package kz.qorgau.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser of a page test, in one place: a {@link Browser} field marked {@link Open} holds, for each test, a
 * browser as freshly opened (skipped where Chromium is not installed); a {@link Browser} field the test fills itself
 * is closed after it. One Chromium per language serves the whole run, {@link Browser#reset() reset} between tests:
 * starting it anew for each test took 6 to 10 s. A class declares {@code @ExtendWith(Browsers.class)} and
 * {@code @Browsers.Open("kk") Browser browser;}.
 */
class Browsers implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace BROWSERS = ExtensionContext.Namespace.create(Browsers.class);

    /** Given to each test, in the language the browser sends as Accept-Language. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Open {
        String value() default "en-US";
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        for (Field field : browserFields(test)) {
            Open open = field.getAnnotation(Open.class);
            if (open != null) {
                field.set(test, freshBrowser(context, open.value()));
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        for (Field field : browserFields(test)) {
            Browser browser = (Browser) field.get(test);
            field.set(test, null);
            if (browser != null && !field.isAnnotationPresent(Open.class)) {
                browser.close();
            }
        }
    }

    /** The run's browser of the language, reset; a new one if the last has died. Quit when the run ends. */
    private static Browser freshBrowser(ExtensionContext context, String language) {
        Browser.assumeInstalled();
        ExtensionContext.Store store = context.getRoot().getStore(BROWSERS);
        Browser browser = store.getOrComputeIfAbsent(language, Browser::open, Browser.class);
        try {
            browser.reset();
            return browser;
        } catch (RuntimeException dead) {
            store.remove(language, Browser.class);
            try {
                browser.close();
            } catch (RuntimeException alreadyGone) {
                // Quitting a browser whose driver has gone fails; the new one is what matters.
            }
            Browser fresh = Browser.open(language);
            store.put(language, fresh);
            return fresh;
        }
    }

    private static List<Field> browserFields(Object test) {
        List<Field> fields = new ArrayList<>();
        for (Field field : test.getClass().getDeclaredFields()) {
            if (field.getType() == Browser.class) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }
}
