package org.defencetracker.shared.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A message of the bundle around a name that no language translates, a user's own name: the words before the name
 * and after it, in the reader's language, so that a page can set the name apart ({@code translate="no"}) inside a
 * sentence whose word order each language decides ("Signed in as {0}", «Сіз {0} ретінде кірдіңіз»). Pages use it as
 * {@code @namedMessages.around('layout.signedInAs')} with the fragment {@code fragments/translated :: named}.
 */
@Component("namedMessages")
public class NamedMessages {

    /** Stands for the name while the message is composed: a character of Unicode's private use area. */
    private static final String NAME = "\uE000";

    private final MessageSource messages;

    NamedMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The words before and after the name, argument {@code {0}} of {@code key}; {@code others} are {1}, {2}… */
    public List<String> around(String key, Object... others) {
        Object[] args = new Object[others.length + 1];
        args[0] = NAME;
        System.arraycopy(others, 0, args, 1, others.length);
        String message = messages.getMessage(key, args, LocaleContextHolder.getLocale());
        int at = message.indexOf(NAME);
        if (at < 0) {
            throw new IllegalArgumentException(key + " does not name anyone");
        }
        return List.of(message.substring(0, at), message.substring(at + NAME.length()));
    }
}
