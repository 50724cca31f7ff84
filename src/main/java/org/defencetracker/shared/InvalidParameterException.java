package org.defencetracker.shared;

/** A request parameter that cannot be used as given; pages answer 400 and name it. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String value;

    public InvalidParameterException(String parameter, String value, String reason) {
        super(reason);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return getMessage();
    }
}
