package kz.qorgau.students.entity;

import java.util.Objects;

/** Surname, given name and patronymic (the last is optional, as it is in Kazakh names). */
public record PersonName(String lastName, String firstName, String middleName) {

    public PersonName {
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
    }

    public String full() {
        return middleName == null || middleName.isBlank()
                ? lastName + " " + firstName
                : lastName + " " + firstName + " " + middleName;
    }
}
