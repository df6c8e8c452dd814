package kz.qorgau.referrals.control;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A service's name in each language of the application. */
public record ServiceNames(
        @NotBlank(message = "{service.name.required}") @Size(max = 300, message = "{field.too-long}") String kk,
        @NotBlank(message = "{service.name.required}") @Size(max = 300, message = "{field.too-long}") String ru,
        @NotBlank(message = "{service.name.required}") @Size(max = 300, message = "{field.too-long}") String en)
        implements Serializable {
}
