package org.defencetracker.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defencetracker.shared.RecordRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds the pickers of every form: a text input whose {@code datalist} options read "Ministry of Defence · #4"
 * becomes a {@link RecordRef}. The number at the end names the record; failing that, a name that matches exactly
 * one of the {@link RecordChoices} offered. Text that names nothing is kept as typed, for the checks to refuse at
 * its field and the editor to correct.
 */
@Component
class RecordPickers implements WebMvcConfigurer, AnnotationFormatterFactory<PickedFrom> {

    private static final Pattern NUMBER = Pattern.compile("(?:^|\\s)#(\\d{1,18})\\s*$");

    private final ObjectProvider<RecordChoices> choices;

    RecordPickers(ObjectProvider<RecordChoices> choices) {
        this.choices = choices;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(this);
        registry.addConverter(new WholeText());
    }

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(RecordRef.class);
    }

    @Override
    public Formatter<RecordRef> getPrinter(PickedFrom annotation, Class<?> fieldType) {
        return formatter(annotation.value());
    }

    @Override
    public Formatter<RecordRef> getParser(PickedFrom annotation, Class<?> fieldType) {
        return formatter(annotation.value());
    }

    /** The formatter of one kind's pickers. */
    PickerFormatter formatter(String kind) {
        return new PickerFormatter(typed -> of(kind).named(typed));
    }

    /** The records of {@code kind} that pickers offer. */
    RecordChoices of(String kind) {
        return choices.orderedStream()
                .filter(c -> c.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no records offered as " + kind));
    }

    /** Reads and writes the text of one kind's pickers. */
    static final class PickerFormatter implements Formatter<RecordRef> {

        private final java.util.function.Function<String, Map<Long, String>> named;

        PickerFormatter(java.util.function.Function<String, Map<Long, String>> named) {
            this.named = named;
        }

        @Override
        public RecordRef parse(String text, Locale locale) {
            String typed = text.strip();
            Matcher number = NUMBER.matcher(typed);
            if (number.find()) {
                return new RecordRef(Long.parseLong(number.group(1)), typed);
            }
            if (typed.indexOf('\u0000') >= 0) {
                // No name holds a NUL, and the database would refuse the question: the checks refuse it at its field.
                return RecordRef.unknown(typed);
            }
            List<Map.Entry<Long, String>> matches =
                    List.copyOf(named.apply(typed).entrySet());
            if (matches.size() != 1) {
                return RecordRef.unknown(typed);
            }
            Map.Entry<Long, String> match = matches.get(0);
            return new RecordRef(match.getKey(), Picker.label(match.getValue(), match.getKey()));
        }

        @Override
        public String print(RecordRef ref, Locale locale) {
            return ref.label() == null ? "#" + ref.id() : ref.label();
        }
    }

    /**
     * One picker of a repeated group posted alone is read whole: a source's name often holds a comma, which would
     * otherwise split it into several.
     */
    private final class WholeText implements ConditionalGenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, RecordRef[].class));
        }

        @Override
        public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
            return targetType.hasAnnotation(PickedFrom.class);
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            String text = (String) source;
            if (text == null || text.isBlank()) {
                return new RecordRef[] {null};
            }
            PickedFrom kind = targetType.getAnnotation(PickedFrom.class);
            return new RecordRef[] {formatter(kind.value()).parse(text, Locale.ROOT)};
        }
    }
}
