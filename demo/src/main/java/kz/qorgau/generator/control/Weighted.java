package kz.qorgau.generator.control;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Items drawn with fixed relative weights, in a fixed order, so that a seed always draws the same ones. */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    Weighted<T> with(T item, double weight) {
        total += weight;
        items.add(item);
        cumulative.add(total);
        return this;
    }

    T draw(SplittableRandom random) {
        double point = random.nextDouble(total);
        for (int i = 0; i < items.size(); i++) {
            if (point < cumulative.get(i)) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
