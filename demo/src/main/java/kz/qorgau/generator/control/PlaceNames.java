package kz.qorgau.generator.control;

import java.util.List;
import java.util.SplittableRandom;

import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.SchoolKind;

/** District and school names in Kazakh, Russian and English, and the streets of family addresses. */
final class PlaceNames {

    private static final List<LocalizedName> DISTRICTS = List.of(
            new LocalizedName("Абай ауданы", "Абайский район", "Abai district"),
            new LocalizedName("Алатау ауданы", "Алатауский район", "Alatau district"),
            new LocalizedName("Бәйтерек ауданы", "Байтерекский район", "Baiterek district"),
            new LocalizedName("Жамбыл ауданы", "Жамбылский район", "Zhambyl district"),
            new LocalizedName("Қарасай ауданы", "Карасайский район", "Karasai district"),
            new LocalizedName("Еңбекшіқазақ ауданы", "Енбекшиказахский район", "Enbekshikazakh district"),
            new LocalizedName("Целиноград ауданы", "Целиноградский район", "Tselinograd district"),
            new LocalizedName("Сарыарқа ауданы", "Сарыаркинский район", "Saryarka district"),
            new LocalizedName("Есіл ауданы", "Есильский район", "Esil district"),
            new LocalizedName("Медеу ауданы", "Медеуский район", "Medeu district"),
            new LocalizedName("Түрксіб ауданы", "Турксибский район", "Turksib district"),
            new LocalizedName("Наурызбай ауданы", "Наурызбайский район", "Nauryzbai district"),
            new LocalizedName("Әуезов ауданы", "Ауэзовский район", "Auezov district"),
            new LocalizedName("Алмалы ауданы", "Алмалинский район", "Almaly district"),
            new LocalizedName("Жетісу ауданы", "Жетысуский район", "Zhetysu district"),
            new LocalizedName("Талғар ауданы", "Талгарский район", "Talgar district"),
            new LocalizedName("Ұйғыр ауданы", "Уйгурский район", "Uigur district"),
            new LocalizedName("Іле ауданы", "Илийский район", "Ile district"),
            new LocalizedName("Райымбек ауданы", "Райымбекский район", "Raiymbek district"),
            new LocalizedName("Көксу ауданы", "Коксуский район", "Koksu district"));

    private static final List<String> STREETS = List.of("ул. Абая", "ул. Толе би", "ул. Сейфуллина",
            "ул. Жандосова", "мкр. Самал-2", "ул. Гагарина", "ул. Байтурсынова", "ул. Кабанбай батыра",
            "ул. Богенбай батыра", "ул. Момышулы", "ул. Желтоксан", "мкр. Аксай-4", "ул. Розыбакиева",
            "ул. Шевченко", "ул. Жамбыла", "мкр. Жетысу-3", "ул. Райымбека", "ул. Сатпаева");

    private PlaceNames() {
    }

    /** The district numbered {@code number} in its region; past the list, the names repeat with a number. */
    static LocalizedName district(int number) {
        LocalizedName name = DISTRICTS.get((number - 1) % DISTRICTS.size());
        int round = (number - 1) / DISTRICTS.size();
        if (round == 0) {
            return name;
        }
        String suffix = " " + (round + 1);
        return new LocalizedName(name.getKk() + suffix, name.getRu() + suffix, name.getEn() + suffix);
    }

    /** A school's name by its kind and its number in the region; schools vary between gymnasium, lyceum and plain. */
    static LocalizedName school(SchoolKind kind, int number, SplittableRandom random) {
        return switch (kind) {
            case KINDERGARTEN -> new LocalizedName("№ " + number + " балабақша", "Детский сад № " + number,
                    "Kindergarten No. " + number);
            case COLLEGE -> random.nextBoolean()
                    ? new LocalizedName("№ " + number + " политехникалық колледж", "Политехнический колледж № " + number,
                            "Polytechnic college No. " + number)
                    : new LocalizedName("№ " + number + " педагогикалық колледж", "Педагогический колледж № " + number,
                            "Pedagogical college No. " + number);
            case SCHOOL -> switch (random.nextInt(5)) {
                case 0 -> new LocalizedName("№ " + number + " мектеп-гимназия", "Школа-гимназия № " + number,
                        "School-gymnasium No. " + number);
                case 1 -> new LocalizedName("№ " + number + " мектеп-лицей", "Школа-лицей № " + number,
                        "School-lyceum No. " + number);
                default -> new LocalizedName("№ " + number + " жалпы білім беретін мектеп",
                        "Общеобразовательная школа № " + number, "Secondary school No. " + number);
            };
        };
    }

    static String address(String districtRu, SplittableRandom random) {
        return districtRu + ", " + STREETS.get(random.nextInt(STREETS.size())) + ", д. " + (1 + random.nextInt(180))
                + (random.nextInt(3) == 0 ? "" : ", кв. " + (1 + random.nextInt(120)));
    }

    static String policeUnit(String districtRu) {
        return "Отдел полиции, " + districtRu;
    }
}
