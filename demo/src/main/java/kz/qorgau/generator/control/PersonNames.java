package kz.qorgau.generator.control;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names as Kazakh school registers hold them, in Cyrillic: surnames that take the feminine -а, first names by sex,
 * and patronymics from the father's name (Kazakh -ұлы / -қызы, Russian -ович / -овна).
 */
final class PersonNames {

    /** The origin of a family, which decides how its names are formed. */
    enum Origin {
        KAZAKH, RUSSIAN, OTHER
    }

    /** National shares at the 2021 census: Kazakhs 70 %, Russians 15.5 %, the rest Uzbeks, Uyghurs, Tatars, ... */
    static final Weighted<Origin> ORIGINS = new Weighted<Origin>()
            .with(Origin.KAZAKH, 70).with(Origin.RUSSIAN, 16).with(Origin.OTHER, 14);

    /** A father's first name and the stems his children's patronymics are made of. */
    record Father(String name, String sonOf, String daughterOf) {
    }

    private static final List<String> KAZAKH_SURNAMES = List.of("Ахметов", "Оспанов", "Сейтқалиев", "Нұрланов",
            "Жұмабаев", "Серікбаев", "Тоқтаров", "Әбдірахманов", "Бекмұхамбетов", "Қасымов", "Мұқанов", "Есенов",
            "Омаров", "Сәрсенбаев", "Иманов", "Кенжебаев", "Байжанов", "Төлеуов", "Құрманов", "Смағұлов", "Тұрсынов",
            "Ермеков", "Досанов", "Нұрпейісов", "Шәкенов", "Бейсенов", "Сұлтанов", "Молдабеков", "Рахымов", "Әлімжанов");
    private static final List<String> RUSSIAN_SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов",
            "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев",
            "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев");
    private static final List<String> OTHER_SURNAMES = List.of("Юсупов", "Каримов", "Хасанов", "Абдуллаев",
            "Гарипов", "Мирзаев", "Садыков", "Исмаилов", "Тохтахунов", "Хамидов", "Насыров", "Валиев");

    private static final List<String> KAZAKH_BOYS = List.of("Нұрлан", "Айбек", "Ерлан", "Данияр", "Арман", "Тимур",
            "Әлихан", "Нұрсұлтан", "Ернар", "Асқар", "Бауыржан", "Дәурен", "Мирас", "Нұрислам", "Санжар", "Темірлан",
            "Әділет", "Бекзат", "Ислам", "Алдияр", "Ерасыл", "Рамазан", "Айдос", "Жандос", "Медет", "Олжас");
    private static final List<String> KAZAKH_GIRLS = List.of("Айгерім", "Аружан", "Әсем", "Дана", "Жансая", "Мадина",
            "Аяулым", "Ақбота", "Гүлназ", "Динара", "Жұлдыз", "Камила", "Назерке", "Сабина", "Томирис", "Іңкәр",
            "Айзере", "Әйгерім", "Балнұр", "Дильназ", "Мөлдір", "Нұрай", "Перизат", "Салтанат", "Ұлжан", "Ақерке");
    private static final List<String> RUSSIAN_BOYS = List.of("Александр", "Дмитрий", "Максим", "Артём", "Иван",
            "Михаил", "Никита", "Кирилл", "Андрей", "Егор", "Даниил", "Илья", "Сергей", "Алексей", "Владислав");
    private static final List<String> RUSSIAN_GIRLS = List.of("Анастасия", "Мария", "Дарья", "Анна", "Екатерина",
            "Виктория", "Полина", "Елизавета", "Алина", "Софья", "Ксения", "Валерия", "Ольга", "Юлия", "Вероника");
    private static final List<String> OTHER_BOYS = List.of("Рустам", "Азиз", "Шахзод", "Ильдар", "Руслан", "Дилшод",
            "Камил", "Тимур", "Арслан", "Эльдар");
    private static final List<String> OTHER_GIRLS = List.of("Диляра", "Гульнара", "Лейла", "Зарина", "Малика",
            "Севара", "Альбина", "Эльвира", "Камила", "Амина");

    private static final List<Father> KAZAKH_FATHERS = List.of("Серік", "Нұрлан", "Ерлан", "Бауыржан", "Қайрат",
            "Асқар", "Дәурен", "Ержан", "Мұрат", "Талғат", "Жомарт", "Ғалым", "Болат", "Марат", "Абай", "Ерболат")
            .stream().map(n -> new Father(n, n + "ұлы", n + "қызы")).toList();
    private static final List<Father> RUSSIAN_FATHERS = List.of(
            new Father("Сергей", "Сергеевич", "Сергеевна"), new Father("Александр", "Александрович", "Александровна"),
            new Father("Андрей", "Андреевич", "Андреевна"), new Father("Дмитрий", "Дмитриевич", "Дмитриевна"),
            new Father("Иван", "Иванович", "Ивановна"), new Father("Михаил", "Михайлович", "Михайловна"),
            new Father("Алексей", "Алексеевич", "Алексеевна"), new Father("Владимир", "Владимирович", "Владимировна"),
            new Father("Николай", "Николаевич", "Николаевна"), new Father("Евгений", "Евгеньевич", "Евгеньевна"));
    private static final List<Father> OTHER_FATHERS = List.of("Рустам", "Ильдар", "Руслан", "Камил", "Азиз", "Фарид",
            "Рашид", "Ринат").stream().map(n -> new Father(n, n + "ович", n + "овна")).toList();

    private static final List<String> KAZAKH_MOTHERS = List.of("Гүлнара", "Айгүл", "Сәуле", "Жанар", "Динара",
            "Ләззат", "Гүлмира", "Назгүл", "Ботагөз", "Әлия", "Меруерт", "Айнұр", "Шынар", "Райхан");
    private static final List<String> RUSSIAN_MOTHERS = List.of("Елена", "Ольга", "Татьяна", "Наталья", "Ирина",
            "Светлана", "Юлия", "Анна", "Марина", "Екатерина");
    private static final List<String> OTHER_MOTHERS = List.of("Гульнара", "Диляра", "Зульфия", "Эльмира", "Лейла",
            "Наиля", "Роза", "Фарида");

    private PersonNames() {
    }

    static int surnameCount(Origin origin) {
        return surnames(origin).size();
    }

    static String surname(Origin origin, int index, boolean female) {
        String male = surnames(origin).get(index);
        return female ? male + "а" : male;
    }

    static String firstName(Origin origin, boolean female, SplittableRandom random) {
        List<String> names = switch (origin) {
            case KAZAKH -> female ? KAZAKH_GIRLS : KAZAKH_BOYS;
            case RUSSIAN -> female ? RUSSIAN_GIRLS : RUSSIAN_BOYS;
            case OTHER -> female ? OTHER_GIRLS : OTHER_BOYS;
        };
        return names.get(random.nextInt(names.size()));
    }

    static int fatherCount(Origin origin) {
        return fathers(origin).size();
    }

    static Father father(Origin origin, int index) {
        return fathers(origin).get(index);
    }

    static String motherName(Origin origin, SplittableRandom random) {
        List<String> names = switch (origin) {
            case KAZAKH -> KAZAKH_MOTHERS;
            case RUSSIAN -> RUSSIAN_MOTHERS;
            case OTHER -> OTHER_MOTHERS;
        };
        return names.get(random.nextInt(names.size()));
    }

    private static List<String> surnames(Origin origin) {
        return switch (origin) {
            case KAZAKH -> KAZAKH_SURNAMES;
            case RUSSIAN -> RUSSIAN_SURNAMES;
            case OTHER -> OTHER_SURNAMES;
        };
    }

    private static List<Father> fathers(Origin origin) {
        return switch (origin) {
            case KAZAKH -> KAZAKH_FATHERS;
            case RUSSIAN -> RUSSIAN_FATHERS;
            case OTHER -> OTHER_FATHERS;
        };
    }
}
