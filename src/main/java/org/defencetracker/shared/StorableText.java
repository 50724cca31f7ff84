package org.defencetracker.shared;

import java.beans.PropertyDescriptor;
import java.util.Collection;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Refuses, at its field, text that the record cannot keep: NUL (which PostgreSQL cannot store at all) and the other
 * control characters, tab and line breaks apart. Every text property of an input is checked, rows of its lists
 * included, so that a form, a JSON body and an imported row are refused alike, and a new field cannot forget it.
 */
@Component
public class StorableText implements Validator {

    /** The message key of the refusal. */
    public static final String CODE = "Text.unstorable";

    private static final int DEPTH = 4;

    /** Whether the text can be kept as it is. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean supports(Class<?> type) {
        return !BeanUtils.isSimpleProperty(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        check(target, "", errors, 0);
    }

    private static void check(Object bean, String prefix, Errors errors, int depth) {
        if (bean == null || depth > DEPTH || BeanUtils.isSimpleProperty(bean.getClass())) {
            return;
        }
        BeanWrapperImpl wrapper = new BeanWrapperImpl(bean);
        for (PropertyDescriptor property : wrapper.getPropertyDescriptors()) {
            if (property.getReadMethod() == null || "class".equals(property.getName())) {
                continue;
            }
            Object value = wrapper.getPropertyValue(property.getName());
            String field = prefix + property.getName();
            if (value instanceof String text) {
                refuse(text, field, errors);
            } else if (value instanceof RecordRef ref) {
                // Only a related record's id is kept; text that named none is refused at its picker.
                if (!ref.known()) {
                    refuse(ref.label(), field, errors);
                }
            } else if (value instanceof Collection<?> items) {
                int index = 0;
                for (Object item : items) {
                    String element = field + "[" + index++ + "]";
                    if (item instanceof String text) {
                        refuse(text, element, errors);
                    } else {
                        check(item, element + ".", errors, depth + 1);
                    }
                }
            } else if (value != null && value.getClass().getPackageName().startsWith("org.defencetracker")) {
                check(value, field + ".", errors, depth + 1);
            }
        }
    }

    private static void refuse(String text, String field, Errors errors) {
        if (!storable(text) && errors.getFieldErrorCount(field) == 0) {
            errors.rejectValue(field, CODE);
        }
    }
}
