package org.defencetracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;

class DumpAttemptsTest {

    private static final DumpAttempts ATTEMPTS = new DumpAttempts(bundle(), Locale.ENGLISH);

    /** The application's bundle, configured as the application configures it. */
    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    private static ImportProblem refusal(Runnable write) {
        try {
            ATTEMPTS.run("act 12", write);
        } catch (DumpAttempts.Refused ex) {
            return ex.problem();
        }
        throw new AssertionError("the write was not refused");
    }

    @Test
    void answersWhatAWriteGave() {
        assertThat(ATTEMPTS.attempt("act 12", () -> 42L)).isEqualTo(42L);
    }

    @Test
    void namesTheRecordWhoseWriteTheServicesRefusedWithTheirReason() {
        ImportProblem problem = refusal(() -> {
            throw new IllegalArgumentException("an act needs an English title");
        });

        assertThat(problem.record()).isEqualTo("act 12");
        assertThat(problem.field()).isNull();
        assertThat(problem.message()).isEqualTo("This record cannot be imported: an act needs an English title.");
    }

    @Test
    void keepsTheDatabasesOwnWordsOut() {
        ImportProblem problem = refusal(() -> {
            throw new DataIntegrityViolationException("duplicate key value violates unique constraint uq_act_number");
        });

        assertThat(problem.message())
                .startsWith("This record cannot be imported: the database refused it")
                .doesNotContain("uq_act_number");
    }

    @Test
    void passesARefusalOfAnInnerWriteOnUnchanged() {
        DumpAttempts.Refused inner = ATTEMPTS.refusal("body 3", "parent", "import.dump.parentCycle");

        assertThat(inner.problem().message()).isEqualTo("The bodies are each other's parents.");
        assertThatThrownBy(() -> ATTEMPTS.run("act 12", () -> {
                    throw inner;
                }))
                .isSameAs(inner);
    }
}
