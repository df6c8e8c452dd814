package kz.qorgau.notifications.control;

import jakarta.validation.constraints.NotNull;

import kz.qorgau.notifications.entity.Delivery;

/** How a person wants one kind of notification from now on. */
public record PreferenceChange(@NotNull Delivery delivery) {
}
