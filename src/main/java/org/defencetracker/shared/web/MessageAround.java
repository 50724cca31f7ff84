package org.defencetracker.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A message of one argument as the words before and after it, so that the page can put the argument in an element
 * of its own (a user's name that nothing translates, a name declared in another language) while the words stay those
 * of the reader's bundle.
 */
public record MessageAround(String before, String after) {

    /** What no message holds: where the argument stands. */
    private static final String ARGUMENT = "\u0000";

    /** The message {@code key} around its argument {@code {0}}; {@code others} are its arguments {1}, {2}… */
    public static MessageAround of(MessageSource messages, String key, Locale locale, Object... others) {
        Object[] args = new Object[others.length + 1];
        args[0] = ARGUMENT;
        System.arraycopy(others, 0, args, 1, others.length);
        String whole = messages.getMessage(key, args, locale);
        int at = whole.indexOf(ARGUMENT);
        if (at < 0) {
            throw new IllegalStateException("the message " + key + " does not show its argument");
        }
        return new MessageAround(whole.substring(0, at), whole.substring(at + ARGUMENT.length()));
    }
}
