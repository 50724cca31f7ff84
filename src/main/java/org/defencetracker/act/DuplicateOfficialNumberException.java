package org.defencetracker.act;

/** Another act of the same kind and issuing body already carries this official number. */
public class DuplicateOfficialNumberException extends RuntimeException {

    public DuplicateOfficialNumberException(ActKind kind, String number) {
        super("A " + kind.name().toLowerCase(java.util.Locale.ROOT) + " of this body already has number " + number);
    }
}
