package org.defencetracker.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.defencetracker.account.ApiTokens;

/** A new API token as its owner asks for it: a name to know it by, read-only or writing, and how long it lasts. */
public class TokenForm {

    /** The lifetimes offered, in days; none is "until revoked". */
    static final int[] LIFETIMES = {30, 90, 365};

    @NotBlank
    @Size(max = ApiTokens.MAX_NAME_LENGTH)
    private String name;

    private boolean canWrite;

    private Integer days = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCanWrite() {
        return canWrite;
    }

    public void setCanWrite(boolean canWrite) {
        this.canWrite = canWrite;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
