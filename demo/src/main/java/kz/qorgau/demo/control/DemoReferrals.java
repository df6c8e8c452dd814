package kz.qorgau.demo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.referrals.entity.ConsentManner;
import kz.qorgau.referrals.entity.GuardianConsent;
import kz.qorgau.referrals.entity.Referral;
import kz.qorgau.referrals.entity.ReferralStatus;
import kz.qorgau.referrals.entity.ServiceKind;
import kz.qorgau.referrals.entity.ServiceProvider;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.students.entity.Student;

/**
 * The demo region's catalogue of services, and the guardians' consents and referrals of two demo children: one
 * referral accepted by the mental-health centre, one still waiting past its due date, so that the case page and the
 * regional summary show both (docs/PRODUCT.md section 10). Built from entities: the API would refuse a referral sent
 * in the past. Internal ({@code @PermitAll}): called only by the demo loader at start-up.
 */
@Stateless
@PermitAll
public class DemoReferrals {

    @PersistenceContext
    EntityManager em;

    public void load(Region region, Student aigerim, Student daniyar, LocalDate today) {
        Instant added = at(today.minusDays(60));
        ServiceProvider centre = service(region, ServiceKind.MENTAL_HEALTH_CENTRE, new LocalizedName(
                "Алматы қалалық психикалық денсаулық орталығы", "Городской центр психического здоровья Алматы",
                "Almaty city mental health centre"), added);
        ServiceProvider protection = service(region, ServiceKind.SOCIAL_PROTECTION, new LocalizedName(
                "Бостандық ауданының әлеуметтік қорғау бөлімі", "Отдел социальной защиты Бостандыкского района",
                "Bostandyk district social protection office"), added);
        service(region, ServiceKind.POLYCLINIC, new LocalizedName("№ 5 қалалық балалар емханасы",
                "Городская детская поликлиника № 5", "City children's polyclinic No. 5"), added);
        service(region, ServiceKind.MINORS_COMMISSION, new LocalizedName(
                "Кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия",
                "Комиссия по делам несовершеннолетних и защите их прав",
                "Commission on minors' affairs and the protection of their rights"), added);
        service(region, ServiceKind.SHELTER, new LocalizedName("«Шаңырақ» балалар баспанасы",
                "Детский приют «Шанырак»", "Shanyrak children's shelter"), added);
        service(region, ServiceKind.NGO, new LocalizedName("«Сенім» қоғамдық қоры", "Общественный фонд «Сенім»",
                "Senim public foundation"), added);

        GuardianConsent motherOfAigerim = consent(aigerim, "Сейтқали Гүлнар Маратқызы", today.minusDays(2),
                ConsentManner.VERBAL_WITH_WITNESS, "Нұрланова Дана, әлеуметтік педагог");
        caseOf(aigerim).ifPresent(c -> {
            Referral toCentre = Referral.withConsent(c, centre, "Суицидальные мысли после травли в чате.",
                    today.plusDays(5), motherOfAigerim, "psychologist1", at(today.minusDays(2)));
            em.persist(toCentre);
            toCentre.changeStatus(ReferralStatus.ACCEPTED, null, "psychologist1", at(today.minusDays(1)));
        });

        GuardianConsent fatherOfDaniyar = consent(daniyar, "Оспанов Ерлан Болатұлы", today.minusDays(20),
                ConsentManner.SIGNED_FORM, null);
        caseOf(daniyar).ifPresent(c -> em.persist(Referral.withConsent(c, protection,
                "Повторные драки, семья просит помощи.", today.minusDays(3), fatherOfDaniyar, "psychologist1",
                at(today.minusDays(17)))));
        em.flush();
    }

    private ServiceProvider service(Region region, ServiceKind kind, LocalizedName name, Instant added) {
        ServiceProvider service = new ServiceProvider(region, kind, name, "coordinator1", added);
        em.persist(service);
        return service;
    }

    private GuardianConsent consent(Student child, String guardian, LocalDate givenOn, ConsentManner how,
                                    String witness) {
        GuardianConsent consent = new GuardianConsent(child, guardian, givenOn, how, witness, false, "psychologist1",
                at(givenOn));
        em.persist(consent);
        return consent;
    }

    /** The child's case, which the rules opened from the demo's signals. */
    private Optional<EarlyWarningCase> caseOf(Student child) {
        return em.createQuery("select c from EarlyWarningCase c where c.student = :child", EarlyWarningCase.class)
                .setParameter("child", child)
                .getResultList().stream().findFirst();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(11, 0).atZone(Kazakhstan.TIME_ZONE).toInstant();
    }
}
