package org.defencetracker.demo;

import java.time.LocalDate;
import java.util.List;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.IssueAct;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the first case through the same services editors use. Every fact cites the one article it comes from;
 * where the article gives no day the date is month-precision, where it gives no date at all, approximate.
 */
@Component
public class DemoData {

    static final String MES = "Ministry of Emergency Situations";
    private static final long LOCK = 0x4465_6d6f_4461_7461L;

    private final BodyService bodies;
    private final SourceService sources;
    private final ActService acts;
    private final StatementService statements;
    private final DemoIncidents demoIncidents;
    private final JdbcClient jdbc;

    DemoData(
            BodyService bodies,
            SourceService sources,
            ActService acts,
            StatementService statements,
            DemoIncidents demoIncidents,
            JdbcClient jdbc) {
        this.bodies = bodies;
        this.sources = sources;
        this.acts = acts;
        this.statements = statements;
        this.demoIncidents = demoIncidents;
        this.jdbc = jdbc;
    }

    /**
     * Loads the case unless the database already holds bodies; answers whether it loaded. Instances starting
     * together on one empty database take turns, so the case is loaded once.
     */
    @Transactional
    public boolean loadIntoEmptyDatabase() {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", LOCK)
                .query()
                .singleRow();
        if (bodies.count() > 0) {
            return false;
        }
        load();
        return true;
    }

    private void load() {
        long article = sources.create(new CreateSource(
                        "Eurasianet, republished by bne IntelliNews",
                        "Kazakhstan bolsters rapid response capabilities to potential security threats",
                        null,
                        FuzzyDate.month(2025, 9),
                        "Eurasianet article of September 2025, republished by bne IntelliNews under this title."))
                .id();
        List<Long> cited = List.of(article);

        BodyView government = body(
                BodyKind.GOVERNMENT,
                null,
                "Government of the Republic of Kazakhstan",
                "Правительство Республики Казахстан",
                "Қазақстан Республикасының Үкіметі",
                null);
        BodyView mes = body(
                BodyKind.MINISTRY,
                government.id(),
                MES,
                "Министерство по чрезвычайным ситуациям Республики Казахстан",
                "Қазақстан Республикасы Төтенше жағдайлар министрлігі",
                "MES");
        BodyView parliament = body(
                BodyKind.PARLIAMENT,
                null,
                "Parliament of the Republic of Kazakhstan",
                "Парламент Республики Казахстан",
                "Қазақстан Республикасының Парламенті",
                null);
        BodyView senate = body(
                BodyKind.PARLIAMENT_CHAMBER,
                parliament.id(),
                "Senate",
                "Сенат Парламента Республики Казахстан",
                "Қазақстан Республикасы Парламентінің Сенаты",
                null);
        body(
                BodyKind.PARLIAMENT_CHAMBER,
                parliament.id(),
                "Mazhilis",
                "Мажилис Парламента Республики Казахстан",
                "Қазақстан Республикасы Парламентінің Мәжілісі",
                null);
        BodyView committee = body(
                BodyKind.COMMITTEE,
                senate.id(),
                "Senate Committee on International Relations, Defence and Security",
                "Комитет по международным отношениям, обороне и безопасности Сената",
                "Сенаттың Халықаралық қатынастар, қорғаныс және қауіпсіздік комитеті",
                null);

        acts.issue(new IssueAct(
                ActKind.DECREE,
                null,
                null,
                null,
                "Government decree adding territorial defence to the duties of the Ministry of Emergency Situations",
                "Постановление Правительства о возложении на Министерство по чрезвычайным ситуациям задач "
                        + "территориальной обороны",
                "Төтенше жағдайлар министрлігіне аумақтық қорғаныс міндеттерін жүктеу туралы Үкімет қаулысы",
                government.id(),
                "The Government changed the mandate of the Ministry of Emergency Situations to include coordinating "
                        + "territorial defence, and listed five new duties. The source calls it a decree; it is a "
                        + "government resolution. Its official number is not given in the source.",
                "Правительство изменило мандат Министерства по чрезвычайным ситуациям, включив в него координацию "
                        + "территориальной обороны, и перечислило пять новых обязанностей. Источник называет документ "
                        + "указом; на деле это постановление Правительства. Официальный номер в источнике не приводится.",
                "Үкімет Төтенше жағдайлар министрлігінің өкілеттігін өзгертіп, оған аумақтық қорғанысты үйлестіруді "
                        + "қосты және бес жаңа міндетті белгіледі. Дереккөз құжатты жарлық деп атайды; шын мәнінде бұл "
                        + "Үкімет қаулысы. Ресми нөмірі дереккөзде көрсетілмеген.",
                List.of(new IssueAct.Stage(
                        StageKind.ADOPTED, FuzzyDate.day(2025, 9, 14), null, "Issued by the Government")),
                List.of(new IssueAct.Duties(
                        mes.id(),
                        List.of(
                                "Defend facilities under its authority according to territorial-defence plans",
                                "Warn citizens early about emerging security threats",
                                "Help evacuate civilians when needed",
                                "Keep civil-defence bodies constantly ready for territorial-defence tasks",
                                "Promote the activities of the military-patriotic education system"),
                        LocalDate.of(2025, 9, 14),
                        null)),
                cited));

        long law = acts.issue(new IssueAct(
                        ActKind.LAW,
                        null,
                        null,
                        null,
                        "Territorial Defence Act",
                        "Закон о территориальной обороне",
                        "Аумақтық қорғаныс туралы заң",
                        parliament.id(),
                        "Sets the legal basis of state policy on territorial defence. Territorial forces may include "
                                + "law-enforcement officers, special forces and volunteer formations.",
                        "Устанавливает правовые основы государственной политики в области территориальной обороны. "
                                + "В состав территориальных войск могут входить сотрудники правоохранительных органов, "
                                + "специальные подразделения и добровольческие формирования.",
                        "Аумақтық қорғаныс саласындағы мемлекеттік саясаттың құқықтық негіздерін белгілейді. "
                                + "Аумақтық әскерлердің құрамына құқық қорғау органдарының қызметкерлері, арнаулы "
                                + "бөлімшелер және ерікті құрамалар кіруі мүмкін.",
                        List.of(new IssueAct.Stage(
                                StageKind.APPROVED_SENATE,
                                FuzzyDate.month(2025, 6),
                                senate.id(),
                                "The source gives the month, not the day.")),
                        List.of(),
                        cited))
                .id();
        statements.record(new RecordStatement(
                FuzzyDate.month(2025, 6).approximately(),
                ActorType.OFFICIAL,
                null,
                committee.id(),
                "KZ",
                Stance.ASSERTS,
                null,
                "Described the law as setting the legal basis of state policy on territorial defence.",
                false,
                null,
                law,
                cited));
        statements.record(new RecordStatement(
                FuzzyDate.month(2025, 6).approximately(),
                ActorType.MEDIA,
                "Kazakhstani local media",
                null,
                "KZ",
                Stance.ASSERTS,
                null,
                "Reported that territorial-defence units can be deployed under martial law and in war-like "
                        + "conditions without a declared general mobilisation.",
                false,
                null,
                law,
                cited));

        demoIncidents.load(cited);
    }

    private BodyView body(
            BodyKind kind, Long parentId, String nameEn, String nameRu, String nameKk, String abbreviation) {
        return bodies.create(new CreateBody(kind, parentId, "KZ", nameEn, nameRu, nameKk, abbreviation));
    }
}
