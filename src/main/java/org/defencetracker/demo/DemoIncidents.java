package org.defencetracker.demo;

import java.util.List;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentTranslations;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.springframework.stereotype.Component;

/**
 * The first case's incidents and what was said about them, written through the services editors use, each citing
 * the article it comes from ({@link DemoData} writes the rest of the case first).
 */
@Component
class DemoIncidents {

    private final IncidentService incidents;
    private final StatementService statements;

    DemoIncidents(IncidentService incidents, StatementService statements) {
        this.incidents = incidents;
        this.statements = statements;
    }

    void load(List<Long> cited) {
        IncidentView incursions = incidents.record(new RecordIncident(
                IncidentKind.DRONE_INCURSION,
                "Series of drone incursions into Kazakhstan",
                FuzzyDate.year(2025).approximately(),
                "KZ",
                null,
                null,
                null,
                null,
                GeoPrecision.COUNTRY,
                null,
                "Several drones; the source gives no number",
                IncidentResponse.UNKNOWN,
                "Drones entered Kazakhstani territory several times in 2025; the source gives neither dates nor "
                        + "places. Kazakhstani defence officials confirmed that at least one of them was Russian.",
                cited,
                new IncidentTranslations(
                        "Серия вторжений беспилотников в Казахстан",
                        "Қазақстанға дрондардың бірнеше рет енуі",
                        "В 2025 году беспилотники несколько раз проникали на территорию Казахстана; источник не "
                                + "приводит ни дат, ни мест. Оборонное ведомство Казахстана подтвердило, что по меньшей "
                                + "мере один из них был российским.",
                        "2025 жылы дрондар Қазақстан аумағына бірнеше рет енді; дереккөзде күндері де, орындары да "
                                + "көрсетілмеген. Қазақстанның қорғаныс саласындағы лауазымды тұлғалары олардың кем "
                                + "дегенде біреуі ресейлік екенін растады.")));
        statements.record(new RecordStatement(
                FuzzyDate.year(2025).approximately(),
                ActorType.OFFICIAL,
                "Kazakhstani defence officials",
                null,
                "KZ",
                Stance.CONFIRMS,
                "RU",
                "Confirmed that at least one of the drones that entered Kazakhstan was Russian.",
                false,
                incursions.id(),
                null,
                cited));

        IncidentView transit = incidents.record(new RecordIncident(
                IncidentKind.AIRSPACE_VIOLATION,
                "Alleged passage of Ukrainian drones through Kazakhstan's airspace",
                FuzzyDate.month(2025, 6).approximately(),
                "KZ",
                null,
                null,
                null,
                null,
                GeoPrecision.UNKNOWN,
                null,
                null,
                IncidentResponse.UNKNOWN,
                "Russia accused Kazakhstan of letting Ukrainian drones cross its airspace to strike targets in "
                        + "Russia, around the Ukrainian attack of 1 June 2025 on Russian air bases in Siberia and "
                        + "the Far East. Kazakhstani officials denied it; no such passage has been confirmed.",
                cited,
                new IncidentTranslations(
                        "Предполагаемый пролёт украинских беспилотников через воздушное пространство Казахстана",
                        "Украин дрондарының Қазақстанның әуе кеңістігі арқылы ұшып өтуі туралы болжам",
                        "Россия обвинила Казахстан в том, что он пропустил через своё воздушное пространство "
                                + "украинские беспилотники для ударов по целям в России, — в связи с украинской атакой "
                                + "1 июня 2025 года на российские авиабазы в Сибири и на Дальнем Востоке. Официальные "
                                + "лица Казахстана это опровергли; такой пролёт не подтверждён.",
                        "Ресей Қазақстанды 2025 жылғы 1 маусымда Украина Сібір мен Қиыр Шығыстағы ресейлік әуе "
                                + "базаларына шабуыл жасаған кезде Ресейдегі нысандарға соққы беру үшін украин дрондарын "
                                + "өз әуе кеңістігі арқылы өткізді деп айыптады. Қазақстанның ресми өкілдері мұны жоққа "
                                + "шығарды; мұндай ұшу расталмаған.")));
        statements.record(new RecordStatement(
                FuzzyDate.month(2025, 6).approximately(),
                ActorType.OFFICIAL,
                "Russia",
                null,
                "RU",
                Stance.ASSERTS,
                "UA",
                "Accused Kazakhstan of letting Ukrainian drones cross its airspace to strike Russian targets.",
                false,
                transit.id(),
                null,
                cited));
        statements.record(new RecordStatement(
                FuzzyDate.month(2025, 6).approximately(),
                ActorType.MEDIA,
                "Russian Telegram channels",
                null,
                "RU",
                Stance.ASSERTS,
                "UA",
                "Speculated that Kazakhstan tacitly helped the Ukrainian drone attack of 1 June 2025 on Russian "
                        + "strategic-bomber bases.",
                false,
                transit.id(),
                null,
                cited));
        statements.record(new RecordStatement(
                FuzzyDate.month(2025, 6).approximately(),
                ActorType.OFFICIAL,
                "Kazakhstani officials",
                null,
                "KZ",
                Stance.DENIES,
                null,
                "Denied the allegations that Kazakhstan let Ukrainian drones through or helped the attack.",
                false,
                transit.id(),
                null,
                cited));
    }
}
