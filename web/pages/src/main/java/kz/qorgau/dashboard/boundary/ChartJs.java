package kz.qorgau.dashboard.boundary;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Chart.js configurations for {@code <p:chart value=...>}: PrimeFaces 15 dropped its chart model classes and takes
 * the configuration as JSON. Names of districts are typed by people and the JSON lands in a script, so {@code <}
 * is escaped.
 */
final class ChartJs {

    /** One series of a chart: its name in the legend, a value per label, its colour. */
    record Series(String label, List<? extends Number> values, String colour) {
    }

    private ChartJs() {
    }

    static String bar(List<String> labels, List<Series> series, boolean stacked) {
        return chart("bar", labels, series, stacked);
    }

    static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series, false);
    }

    private static String chart(String type, List<String> labels, List<Series> series, boolean stacked) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            s.values().forEach(v -> values.add(v.longValue()));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", values)
                    .add("backgroundColor", s.colour()).add("borderColor", s.colour()).add("tension", 0.2));
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", axis(stacked))))
                .build();
        return config.toString().replace("<", "\\u003c");
    }

    /** Counts of children and cases: whole numbers from zero. */
    private static JsonObjectBuilder axis(boolean stacked) {
        return Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
    }
}
