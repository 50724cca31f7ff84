package org.defencetracker.statement.web;

import java.util.Map;
import java.util.function.Supplier;
import org.defencetracker.shared.web.RecordChoices;
import org.defencetracker.statement.StatementChecks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incidents and the acts a statement's subject pickers offer by name. */
@Configuration(proxyBeanMethods = false)
class SubjectChoices {

    @Bean
    RecordChoices incidentChoices(StatementChecks checks) {
        return choices(RecordChoices.INCIDENTS, checks::incidents);
    }

    @Bean
    RecordChoices actChoices(StatementChecks checks) {
        return choices(RecordChoices.ACTS, checks::acts);
    }

    private static RecordChoices choices(String kind, Supplier<Map<Long, String>> offered) {
        return new RecordChoices() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Map<Long, String> choices() {
                return offered.get();
            }
        };
    }
}
