package org.defencetracker.shared.web;

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

    private final MessageSource messages;

    NamedMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The words before and after the name, argument {@code {0}} of {@code key}; {@code others} are {1}, {2}… */
    public MessageAround around(String key, Object... others) {
        return MessageAround.of(messages, key, LocaleContextHolder.getLocale(), others);
    }
}
